import path from "node:path";
import express, { type RequestHandler, type Router } from "express";

/**
 * Same origin only, and nothing loaded from anywhere else. `inlineStyles` admits <style>
 * elements (Ant Design's CSS-in-JS writes them); scripts stay bundled files.
 */
function contentSecurityPolicy(inlineStyles: boolean): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    inlineStyles ? "style-src 'self' 'unsafe-inline'" : "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join("; ");
}

/** The headers every page the gateway serves carries. */
export function pageHeaders(options: { inlineStyles: boolean; referrerPolicy: "same-origin" | "no-referrer" }): RequestHandler {
  const policy = contentSecurityPolicy(options.inlineStyles);
  return (_req, res, next) => {
    res.set("Content-Security-Policy", policy);
    res.set("X-Content-Type-Options", "nosniff");
    res.set("Referrer-Policy", options.referrerPolicy);
    next();
  };
}

/** A built single-page app: its files, and its index.html for every path it routes in the browser. */
export function servePageFiles(router: Router, dir: string): void {
  router.use(express.static(dir, { index: false, maxAge: "1h", immutable: false }));
  router.get(/.*/, (_req, res) => {
    res.set("Cache-Control", "no-cache").sendFile(path.join(dir, "index.html"));
  });
}
