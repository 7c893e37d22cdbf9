import express, { type Request, type RequestHandler, type Router } from "express";
import { resolveIdeAssets } from "./assets";
import { IDE_CSP, IDE_PAGE, IDE_START_SCRIPT } from "./page";

/** Serves the IDE's script and style files under `/ide/`. */
export function ideAssetsRouter(): Router {
  const router = express.Router();
  for (const asset of resolveIdeAssets()) {
    router.get(`/${asset.route}`, (_req, res) => {
      res.sendFile(asset.file, { maxAge: "1h" });
    });
  }
  router.get("/start.js", (_req, res) => {
    res.type("application/javascript").set("Cache-Control", "public, max-age=3600").send(IDE_START_SCRIPT);
  });
  return router;
}

/** A browser asking for a page gets the IDE; a GraphQL request (even a GET with `?query=`) does not. */
function wantsIde(req: Request): boolean {
  return (
    req.accepts(["application/json", "application/graphql-response+json", "text/html"]) === "text/html" && req.query.query === undefined
  );
}

export const sendIdePage: RequestHandler = (_req, res) => {
  res.type("html").set("Content-Security-Policy", IDE_CSP).set("Cache-Control", "no-cache").send(IDE_PAGE);
};

/** Sends the IDE page to browsers; everything else goes on to the GraphQL handler. */
export const idePageForBrowsers: RequestHandler = (req, res, next) => {
  if (wantsIde(req)) sendIdePage(req, res, next);
  else next();
};
