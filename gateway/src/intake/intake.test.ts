import { mkdtempSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import express from "express";
import { intakeRouter } from "./intake-router";

const dir = mkdtempSync(path.join(tmpdir(), "hub-intake-"));
writeFileSync(path.join(dir, "index.html"), "<!doctype html><title>解纷码</title>");

async function serve(): Promise<{ url: string; close: () => void }> {
  const app = express();
  app.use("/intake", intakeRouter({ dir }));
  const server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/intake`, close: () => server.close() };
}

describe("the 解纷码 page at /intake/", () => {
  it("serves its page for the form, the status page and the poster, allowing no other origin and no inline code", async () => {
    const site = await serve();
    try {
      for (const page of ["/", "/status?code=7K3M-Q9TX-2B8R-WN4D-H6PC", "/poster?centre=x"]) {
        const response = await fetch(`${site.url}${page}`);
        expect(response.status).toBe(200);
        expect(await response.text()).toContain("<title>解纷码</title>");
        const policy = response.headers.get("content-security-policy") ?? "";
        expect(policy).toContain("default-src 'self'");
        expect(policy).toContain("connect-src 'self'");
        expect(policy).not.toContain("unsafe-inline");
        // A tracking code in the status page's address is never sent on as a referrer.
        expect(response.headers.get("referrer-policy")).toBe("no-referrer");
      }
    } finally {
      site.close();
    }
  });
});
