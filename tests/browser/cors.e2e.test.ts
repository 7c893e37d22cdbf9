// A front end served from another origin calls the gateway from a real browser (Debian's
// Chromium): a page of an origin in the gateway's CORS allowlist reads through it with its
// bearer token and credentials; the same page from an origin not listed is refused by the browser,
// on the gateway's answer to the preflight.
import { rm } from "node:fs/promises";
import http from "node:http";
import type { BrowserContext, CDPSession, Page } from "playwright-core";
import { centreSupervisor } from "../support/actors";
import { freePort } from "../support/free-port";
import { startHub, type RunningHub } from "../support/hub-harness";
import { launchChromium } from "./console-harness";

jest.setTimeout(120_000);

/** The partner's page: the clerk pastes a token, types a division code and asks. */
function frontEnd(gatewayUrl: string): string {
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>合作单位前端</title></head>
<body>
  <label for="token">访问令牌</label><textarea id="token"></textarea>
  <label for="code">区划代码</label><input id="code">
  <button id="ask" type="button">查询区划</button>
  <p id="answer" role="status" aria-label="查询结果"></p>
  <script>
    document.getElementById("ask").addEventListener("click", async () => {
      const answer = document.getElementById("answer");
      try {
        const response = await fetch(${JSON.stringify(gatewayUrl)}, {
          method: "POST",
          credentials: "include",
          headers: { "content-type": "application/json", authorization: "Bearer " + document.getElementById("token").value.trim() },
          body: JSON.stringify({
            query: "query($code: ID!) { division(code: $code) { code name } }",
            variables: { code: document.getElementById("code").value.trim() },
          }),
        });
        const body = await response.json();
        answer.dataset.outcome = body.data ? "data" : "error";
        answer.textContent = body.data ? body.data.division.name : JSON.stringify(body.errors);
      } catch (error) {
        answer.dataset.outcome = "refused";
        answer.textContent = "请求被浏览器拒绝：" + error.name;
      }
    });
  </script>
</body></html>`;
}

interface PageServer {
  origin: string;
  close(): Promise<void>;
}

async function servePage(port: number, html: string): Promise<PageServer> {
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(html);
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

interface Preflight {
  status: number;
  allowOrigin: string | undefined;
}

interface Watched {
  preflights: Preflight[];
  /** The CORS errors Chromium gave for requests it refused to send or to read. */
  corsErrors: string[];
  /** The statuses of the gateway's answers to the page's own requests (preflights aside). */
  answered: number[];
}

/** The preflights the browser sent to the gateway, what it answered, and what Chromium refused, seen through DevTools. */
async function watchGateway(page: Page, gatewayUrl: string): Promise<Watched> {
  const seen: Preflight[] = [];
  const corsErrors: string[] = [];
  const answered: number[] = [];
  const session: CDPSession = await page.context().newCDPSession(page);
  await session.send("Network.enable");
  const preflightIds = new Set<string>();
  session.on("Network.requestWillBeSent", (event) => {
    if (event.type === "Preflight" && event.request.url === gatewayUrl) preflightIds.add(event.requestId);
  });
  session.on("Network.responseReceived", (event) => {
    if (event.response.url !== gatewayUrl) return;
    if (!preflightIds.has(event.requestId) && event.type !== "Preflight") {
      answered.push(event.response.status);
      return;
    }
    const headers = Object.fromEntries(Object.entries(event.response.headers).map(([key, value]) => [key.toLowerCase(), String(value)]));
    seen.push({ status: event.response.status, allowOrigin: headers["access-control-allow-origin"] });
  });
  session.on("Network.loadingFailed", (event) => {
    if (event.corsErrorStatus) corsErrors.push(event.corsErrorStatus.corsError);
  });
  return { preflights: seen, corsErrors, answered };
}

let hub: RunningHub;
let allowed: PageServer;
let other: PageServer;
let context: BrowserContext;
let userDataDir: string;
let token: string;

beforeAll(async () => {
  const [allowedPort, otherPort] = [await freePort(), await freePort()];
  hub = await startHub({ gateway: { corsOrigins: [`http://127.0.0.1:${allowedPort}`] } });
  allowed = await servePage(allowedPort, frontEnd(hub.gatewayUrl));
  other = await servePage(otherPort, frontEnd(hub.gatewayUrl));
  token = await hub.tokenFor(centreSupervisor("15"));
  ({ context, userDataDir } = await launchChromium());
}, 90_000);

afterAll(async () => {
  await context?.close().catch(() => undefined);
  if (userDataDir) await rm(userDataDir, { recursive: true, force: true });
  await Promise.all([allowed?.close(), other?.close()]);
  await hub?.stop();
});

async function ask(origin: string): Promise<{ page: Page; outcome: string; text: string } & Watched> {
  const page = await context.newPage();
  const watched = await watchGateway(page, hub.gatewayUrl);
  await page.goto(`${origin}/`);
  await page.getByLabel("访问令牌").fill(token);
  await page.getByLabel("区划代码").fill("150202");
  await page.getByRole("button", { name: "查询区划" }).click();
  const answer = page.getByRole("status", { name: "查询结果" });
  await answer.locator("xpath=self::*[@data-outcome]").waitFor();
  return { page, outcome: (await answer.getAttribute("data-outcome")) ?? "", text: (await answer.textContent()) ?? "", ...watched };
}

it("lets a page of an allowed origin read through the gateway with its token and credentials", async () => {
  const { page, outcome, text, preflights, corsErrors, answered } = await ask(allowed.origin);
  expect({ outcome, text }).toEqual({ outcome: "data", text: "东河区" });
  expect(preflights).toEqual([{ status: 204, allowOrigin: allowed.origin }]);
  expect({ corsErrors, answered }).toEqual({ corsErrors: [], answered: [200] });
  await page.close();
});

it("refuses a page of an origin not allowed: the gateway denies the preflight and the browser withholds the query", async () => {
  const { page, outcome, text, preflights, corsErrors, answered } = await ask(other.origin);
  expect({ outcome, text }).toEqual({ outcome: "refused", text: "请求被浏览器拒绝：TypeError" });
  expect(preflights).toEqual([{ status: 403, allowOrigin: undefined }]);
  // Chromium stopped at the preflight (no allowed origin in its answer): the query itself was never sent.
  expect({ corsErrors, answered }).toEqual({ corsErrors: ["PreflightMissingAllowOriginHeader"], answered: [] });
  await page.close();
});
