import express, { type Router } from "express";
import { pageHeaders, servePageFiles } from "../pages/static-page";

/** The 解纷码 public page (clients/intake), built to static files. */
export interface IntakeOptions {
  /** Its build output (clients/intake/dist). */
  dir: string;
}

/** Serves the 解纷码 public page at /intake/ (and /intake/status, /intake/poster): no sign-in, nothing but its built files. */
export function intakeRouter(options: IntakeOptions): Router {
  const router = express.Router();
  // The tracking code may sit in the status page's address: it is never sent on as a referrer.
  router.use(pageHeaders({ inlineStyles: false, referrerPolicy: "no-referrer" }));
  servePageFiles(router, options.dir);
  return router;
}
