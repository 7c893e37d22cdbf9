import path from "node:path";
import express, { type Router } from "express";
import type { ConsoleOptions } from "./options";

/**
 * Same origin only: the console loads nothing from anywhere else, and Ant Design's CSS-in-JS
 * writes <style> elements, hence 'unsafe-inline' for styles alone.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join("; ");

/** Serves the console at /console/: its config, the local sign-in (local mode only) and the built files. */
export function consoleRouter(options: ConsoleOptions): Router {
  const router = express.Router();
  router.use((_req, res, next) => {
    res.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    res.set("X-Content-Type-Options", "nosniff");
    res.set("Referrer-Policy", "same-origin");
    next();
  });
  router.get("/config.json", (_req, res) => {
    res
      .set("Cache-Control", "no-store")
      .json(options.localSignIn ? { mode: "local" } : options.oidc ? { mode: "oidc", oidc: options.oidc } : { mode: "none" });
  });
  const localSignIn = options.localSignIn;
  if (localSignIn) {
    router.get("/local-sign-in/users", (_req, res) => {
      res.set("Cache-Control", "no-store").json({ users: localSignIn.users });
    });
    router.post("/local-sign-in/token", express.json({ limit: 1024 }), async (req, res) => {
      const key: unknown = (req.body as { userKey?: unknown } | undefined)?.userKey;
      const issued = typeof key === "string" ? await localSignIn.issue(key) : undefined;
      if (!issued) {
        res.status(404).json({ error: { zh: "没有这个演示用户", en: "No such demo user" } });
        return;
      }
      res.set("Cache-Control", "no-store").json(issued);
    });
  }
  router.use(express.static(options.dir, { index: false, maxAge: "1h", immutable: false }));
  // The console routes in the browser: every other path under /console/ is its page.
  router.get(/.*/, (_req, res) => {
    res.set("Cache-Control", "no-cache").sendFile(path.join(options.dir, "index.html"));
  });
  return router;
}
