import type { RequestHandler } from "express";

export interface CorsOptions {
  /** Exact origins (`scheme://host[:port]`) whose pages may call the gateway; none by default. */
  origins: readonly string[];
}

/** What a page may send: the SDK's headers (`SDK_REQUEST_HEADERS`) and Apollo's CSRF-prevention header. */
export const CORS_ALLOWED_HEADERS = ["content-type", "authorization", "x-request-id", "apollo-require-preflight"] as const;
export const CORS_ALLOWED_METHODS = ["GET", "POST"] as const;
/** What a page may read besides the CORS-safelisted response headers. */
export const CORS_EXPOSED_HEADERS = ["x-request-id", "x-correlation-id", "retry-after"] as const;
/** How long a browser may reuse a preflight answer, in seconds. */
export const CORS_MAX_AGE_SECONDS = 600;

function requestedHeaders(value: string | undefined): string[] {
  return (value ?? "")
    .split(",")
    .map((header) => header.trim().toLowerCase())
    .filter((header) => header !== "");
}

/**
 * Cross-origin access for the configured origins only, with credentials. A preflight from an
 * allowed origin asking for allowed methods and headers is answered 204; any other preflight
 * 403 without CORS headers, so the browser refuses the call. Actual requests from an origin not
 * allowed get no CORS headers (the browser withholds the answer) and still meet Apollo Server's
 * CSRF prevention, which stays on for everything.
 */
export function cors(options: CorsOptions): RequestHandler {
  const allowed = new Set(options.origins);
  const allowedHeaders = new Set<string>(CORS_ALLOWED_HEADERS);
  const allowedMethods = new Set<string>(CORS_ALLOWED_METHODS);
  return (req, res, next) => {
    const origin = req.headers.origin;
    const preflight = req.method === "OPTIONS" && typeof req.headers["access-control-request-method"] === "string";
    if (origin === undefined) {
      next();
      return;
    }
    res.vary("Origin");
    const permitted = allowed.has(origin);
    if (preflight) {
      const method = String(req.headers["access-control-request-method"]).toUpperCase();
      const headers = requestedHeaders(req.headers["access-control-request-headers"]);
      if (!permitted || !allowedMethods.has(method) || headers.some((header) => !allowedHeaders.has(header))) {
        res.status(403).set("Cache-Control", "no-store").end();
        return;
      }
      res
        .status(204)
        .set({
          "Access-Control-Allow-Origin": origin,
          "Access-Control-Allow-Credentials": "true",
          "Access-Control-Allow-Methods": CORS_ALLOWED_METHODS.join(", "),
          "Access-Control-Allow-Headers": CORS_ALLOWED_HEADERS.join(", "),
          "Access-Control-Max-Age": String(CORS_MAX_AGE_SECONDS),
        })
        .end();
      return;
    }
    if (permitted) {
      res.set({
        "Access-Control-Allow-Origin": origin,
        "Access-Control-Allow-Credentials": "true",
        "Access-Control-Expose-Headers": CORS_EXPOSED_HEADERS.join(", "),
      });
    }
    next();
  };
}
