import { timingSafeEqual } from "node:crypto";
import http from "node:http";
import express, { type Express, type Request, type RequestHandler } from "express";
import type { Registry } from "prom-client";

/** Who may read /metrics: see docs/operations.md. */
export interface MetricsAccess {
  /** Serve /metrics on this port (on `host`) instead of the service's own. */
  port?: number | undefined;
  host?: string | undefined;
  /** A scraper presenting `Authorization: Bearer <token>` may read it from anywhere. */
  token?: string | undefined;
  /** TCP peers that may read it on the service's own port without the token (default loopback only). */
  allow?: readonly string[] | undefined;
}

export const LOOPBACK = ["127.0.0.1", "::1", "::ffff:127.0.0.1"];

function sameToken(header: string | undefined, token: string): boolean {
  const presented = Buffer.from(header?.startsWith("Bearer ") ? header.slice(7) : "");
  const expected = Buffer.from(token);
  return presented.length === expected.length && timingSafeEqual(presented, expected);
}

function allowed(req: Request, access: MetricsAccess, separatePort: boolean): boolean {
  if (access.token !== undefined && sameToken(req.headers.authorization, access.token)) return true;
  // On its own port the network the port is bound to is the guard, unless a token is required.
  if (separatePort) return access.token === undefined;
  // The TCP peer, never X-Forwarded-For: a caller could write that header.
  return (access.allow ?? LOOPBACK).includes(req.socket.remoteAddress ?? "");
}

function handler(registry: Registry, access: MetricsAccess, separatePort: boolean): RequestHandler {
  return (req, res, next) => {
    if (!allowed(req, access, separatePort)) {
      res.status(403).set("Cache-Control", "no-store").json({ error: "metrics are not served to this caller" });
      return;
    }
    registry
      .metrics()
      .then((text) => res.set("Content-Type", registry.contentType).set("Cache-Control", "no-store").send(text))
      .catch(next);
  };
}

export interface MetricsEndpoint {
  /** Starts the separate metrics listener, when one is configured; resolves with its port. */
  listen(): Promise<number | null>;
  close(): Promise<void>;
}

/** Mounts GET /metrics on `app`, or on a listener of its own when `access.port` is set. */
export function mountMetrics(app: Express, registry: Registry, access: MetricsAccess = {}): MetricsEndpoint {
  if (access.port === undefined) {
    app.get("/metrics", handler(registry, access, false));
    return { listen: async () => null, close: async () => undefined };
  }
  const port = access.port;
  const own = express();
  own.disable("x-powered-by");
  own.get("/metrics", handler(registry, access, true));
  const server = http.createServer(own);
  return {
    listen: () =>
      new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(port, access.host ?? "127.0.0.1", () => {
          const address = server.address();
          resolve(typeof address === "object" && address ? address.port : port);
        });
      }),
    close: () =>
      new Promise<void>((resolve) => {
        if (!server.listening) return resolve();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** The metrics settings of a validated environment (telemetry-env.ts). */
export function metricsAccessOf(env: {
  HUB_METRICS_PORT?: number | undefined;
  HUB_METRICS_HOST?: string | undefined;
  HUB_METRICS_TOKEN?: string | undefined;
  HUB_METRICS_ALLOW?: readonly string[] | undefined;
}): MetricsAccess {
  return { port: env.HUB_METRICS_PORT, host: env.HUB_METRICS_HOST, token: env.HUB_METRICS_TOKEN, allow: env.HUB_METRICS_ALLOW };
}
