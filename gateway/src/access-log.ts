import { isBackgroundActor } from "@hub/contract";
import type { RequestHandler } from "express";
import { requestState } from "./request-state";

const PROBES = new Set(["/health", "/ready"]);

/** One log line per request, written when the response is done (or the caller went away). */
export function accessLog(): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    // Captured now: routers mounted further on rewrite req.path.
    const path = req.path;
    res.once("close", () => {
      const { log, outcome, actor } = requestState(res);
      const durationMs = Math.round(Number(process.hrtime.bigint() - started) / 1e4) / 100;
      const line = {
        method: req.method,
        path,
        status: res.statusCode,
        operationName: outcome.operationName,
        errors: outcome.errorCount,
        durationMs,
        ...(res.writableFinished ? {} : { aborted: true }),
      };
      // Probes come every few seconds, and a 503 from /ready is an answer, not a failure; the hub's
      // own workers poll the feeds every second, so their routine reads are not news either.
      const routine = isBackgroundActor(actor) && res.statusCode < 400 && outcome.errorCount === 0;
      if (PROBES.has(path) || routine) log.debug(line, "request");
      else if (res.statusCode >= 500) log.error(line, "request");
      else log.info(line, "request");
    });
    next();
  };
}
