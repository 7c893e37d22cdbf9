-- Partners read webhook_delivery.last_error: keep only the coded reasons the sender now writes,
-- never a network message ("fetch failed", "connect ECONNREFUSED 127.0.0.1:5432") that tells
-- which internal ports answer.
UPDATE webhook_delivery
   SET last_error = CASE
     WHEN last_error ~ '^HTTP [1-5][0-9]{2}$' THEN 'HTTP_' || substr(last_error, 6, 1) || 'xx'
     WHEN last_error LIKE 'no answer within %' THEN 'TIMEOUT'
     WHEN last_error = 'subscription deleted' THEN 'SUBSCRIPTION_DELETED'
     ELSE 'UNREACHABLE'
   END
 WHERE last_error IS NOT NULL
   AND last_error NOT IN ('NOT_A_URL', 'SCHEME', 'HTTPS_REQUIRED', 'CREDENTIALS', 'UNRESOLVABLE', 'REFUSED_ADDRESS',
                          'UNREACHABLE', 'TIMEOUT', 'HTTP_1xx', 'HTTP_3xx', 'HTTP_4xx', 'HTTP_5xx', 'SUBSCRIPTION_DELETED');
