import http from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import { createServiceMetrics } from "./metrics";
import { mountMetrics, type MetricsAccess } from "./metrics-endpoint";

async function serve(access: MetricsAccess) {
  const app = express();
  const metrics = createServiceMetrics("probe");
  const endpoint = mountMetrics(app, metrics.registry, access);
  app.use((_req, res) => void res.status(404).end());
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const ownPort = await endpoint.listen();
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/metrics`,
    ownUrl: ownPort === null ? null : `http://127.0.0.1:${ownPort}/metrics`,
    async stop() {
      await endpoint.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

const TOKEN = "scraper-token-0123456789";

describe("who may read /metrics", () => {
  it("serves loopback peers by default, and no one else without the token", async () => {
    const open = await serve({});
    const closed = await serve({ allow: [], token: TOKEN });
    try {
      expect((await fetch(open.url)).status).toBe(200);
      expect((await fetch(closed.url)).status).toBe(403);
      expect((await fetch(closed.url, { headers: { authorization: "Bearer wrong-token-0123456789" } })).status).toBe(403);
      const allowed = await fetch(closed.url, { headers: { authorization: `Bearer ${TOKEN}` } });
      expect(allowed.status).toBe(200);
      expect(await allowed.text()).toContain('service="probe"');
    } finally {
      await open.stop();
      await closed.stop();
    }
  });

  it("moves to a port of its own when one is configured, and leaves the service's port without it", async () => {
    const separate = await serve({ port: 0, host: "127.0.0.1", token: TOKEN });
    try {
      expect((await fetch(separate.url, { headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(404);
      expect(separate.ownUrl).not.toBeNull();
      const own = String(separate.ownUrl);
      expect((await fetch(own)).status).toBe(403);
      expect((await fetch(own, { headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(200);
    } finally {
      await separate.stop();
    }
  });
});
