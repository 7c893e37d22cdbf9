import express, { type Router } from "express";
import { pageHeaders, servePageFiles } from "../pages/static-page";
import type { ConsoleOptions } from "./options";

/** Serves the console at /console/: its config, the local sign-in (local mode only) and the built files. */
export function consoleRouter(options: ConsoleOptions): Router {
  const router = express.Router();
  // Ant Design's CSS-in-JS writes <style> elements.
  router.use(pageHeaders({ inlineStyles: true, referrerPolicy: "same-origin" }));
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
  // The console routes in the browser: every other path under /console/ is its page.
  servePageFiles(router, options.dir);
  return router;
}
