/**
 * `npm run bench -- console`: the console's first page. The JavaScript the browser must load
 * before the page works (the entry and its preloaded chunks, gzipped), and the time from
 * navigation until the sign-in page answers a click, in Debian's Chromium with a cold cache.
 * Targets: under 400 kB gzipped (fails the bench), interactive under 2 s (reported with the load).
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { loadavg, cpus, tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import express from "express";
import { chromium } from "playwright-core";
import { consoleRouter } from "../../gateway/src/console/console-router";

const CONSOLE_DIR = path.join(__dirname, "..", "..", "clients", "console");
const DIST = path.join(CONSOLE_DIR, "dist");
const TARGET_GZIP_KB = 400;
const TARGET_INTERACTIVE_MS = 2000;
const ROUNDS = 7;

function initialJavaScript(): { files: string[]; gzipBytes: number; rawBytes: number } {
  const html = readFileSync(path.join(DIST, "index.html"), "utf8");
  const files = [...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="([^"]+\.js)"/g)].map((m) => m[1] ?? "");
  const bodies = files.map((file) => readFileSync(path.join(DIST, file.replace(/^\/console\//, ""))));
  return {
    files,
    rawBytes: bodies.reduce((n, b) => n + b.length, 0),
    gzipBytes: bodies.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0),
  };
}

async function main() {
  execFileSync("npx", ["vite", "build"], { cwd: CONSOLE_DIR, stdio: "ignore" });
  if (!existsSync(path.join(DIST, "index.html"))) throw new Error("the console did not build");
  const js = initialJavaScript();

  const app = express();
  app.use(
    "/console",
    consoleRouter({
      dir: DIST,
      localSignIn: {
        users: [{ key: "centre-officer", name: "王晓燕", department: "CENTER", roles: ["CENTRE_OFFICER"] }],
        issue: async () => undefined,
      },
    }),
  );
  const server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/console/`;

  const samples: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const userDataDir = await mkdtemp(path.join(tmpdir(), "hub-console-bench-"));
    const context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: "/usr/bin/chromium",
      headless: true,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
    const page = await context.newPage();
    const started = Date.now();
    await page.goto(url, { waitUntil: "commit" });
    await page.getByRole("button", { name: "以王晓燕登录" }).waitFor({ state: "visible" });
    samples.push(Date.now() - started);
    await context.close();
    await rm(userDataDir, { recursive: true, force: true });
  }
  server.close();
  samples.sort((a, b) => a - b);
  const median = samples[Math.floor(samples.length / 2)] ?? NaN;
  const gzipKb = js.gzipBytes / 1024;
  console.table({
    "initial JS (gzip)": { value: `${gzipKb.toFixed(1)} kB`, target: `< ${TARGET_GZIP_KB} kB`, files: js.files.length },
    "initial JS (raw)": { value: `${(js.rawBytes / 1024).toFixed(1)} kB`, target: "", files: js.files.length },
    "time to interactive (median)": { value: `${median} ms`, target: `< ${TARGET_INTERACTIVE_MS} ms`, files: "" },
    "time to interactive (worst)": { value: `${samples.at(-1)} ms`, target: "", files: "" },
  });
  // Time to interactive is CPU-bound: on a machine whose run queue is far longer than its cores it
  // measures the contention, so it is reported with the load, and only the size fails the bench.
  const load = (loadavg()[0] ?? 0) / cpus().length;
  console.log(
    `interactive target ${median < TARGET_INTERACTIVE_MS ? "met" : "NOT met"} (load ${load.toFixed(1)} per core while measuring)`,
  );
  if (gzipKb >= TARGET_GZIP_KB) {
    console.error(`the console's initial JavaScript is over ${TARGET_GZIP_KB} kB gzipped`);
    process.exit(1);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
