import path from "node:path";
import express, { type Router } from "express";

/** Same origin only, and no inline script or style: the page is plain bundled files. */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join("; ");

/** The 解纷码 public page (clients/intake), built to static files. */
export interface IntakeOptions {
  /** Its build output (clients/intake/dist). */
  dir: string;
}

/** Serves the 解纷码 public page at /intake/: no sign-in, nothing but its built files. */
export function intakeRouter(options: IntakeOptions): Router {
  const router = express.Router();
  router.use((_req, res, next) => {
    res.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    res.set("X-Content-Type-Options", "nosniff");
    // The tracking code may sit in the status page's address: it is never sent on as a referrer.
    res.set("Referrer-Policy", "no-referrer");
    next();
  });
  router.use(express.static(options.dir, { index: false, maxAge: "1h", immutable: false }));
  // The page routes in the browser (/intake/, /intake/status, /intake/poster): each is its index.html.
  router.get(/.*/, (_req, res) => {
    res.set("Cache-Control", "no-cache").sendFile(path.join(options.dir, "index.html"));
  });
  return router;
}
