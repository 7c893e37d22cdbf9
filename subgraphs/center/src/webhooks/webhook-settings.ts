/** How the webhook worker behaves; from the centre's env (CENTER_WEBHOOK_*). */
export interface WebhookSettings {
  pollMs: number;
  timeoutMs: number;
  concurrency: number;
  maxAttempts: number;
  backoffBaseMs: number;
  backoffMaxMs: number;
}
