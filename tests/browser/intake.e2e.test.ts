// The 解纷码 public page on a phone (390×844, Debian's Chromium), by tapping and typing only: the
// centre's poster, the form with its Chinese checks, the tracking code, the status page; and an
// anonymous visitor reaches nothing but the public operations.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { DEFAULT_RATE_LIMITS } from "../../gateway/src/rate-limit/config";
import { uniqueIdNumber } from "../support/id-numbers";
import { startHub, type RunningHub } from "../support/hub-harness";
import { seedOrganisations } from "../e2e/seed";

jest.setTimeout(180_000);

const INTAKE = path.join(__dirname, "..", "..", "clients", "intake");
const DIST = path.join(INTAKE, "dist");
const SCREENSHOTS = path.join(__dirname, "..", "..", "test-artifacts", "screenshots");
/** 南圪洞街道, 包头市东河区. */
const TOWNSHIP = "150202005";

let hub: RunningHub;
let origin: string;
let org: Awaited<ReturnType<typeof seedOrganisations>>;
let context: BrowserContext;
let userDataDir: string;
const foreignRequests: string[] = [];
const pageErrors: string[] = [];

beforeAll(async () => {
  // `npm test` builds it first (turbo); a lone `npx jest` run builds it here.
  if (!existsSync(path.join(DIST, "index.html"))) execFileSync("npx", ["vite", "build"], { cwd: INTAKE, stdio: "ignore" });
  // One public submission per address at once, so the second one meets the limit.
  hub = await startHub({
    gateway: { intake: { dir: DIST }, rateLimits: { ...DEFAULT_RATE_LIMITS, intake: { burst: 1, perMinute: 1 } } },
  });
  origin = new URL(hub.gatewayUrl).origin;
  org = await seedOrganisations(hub, TOWNSHIP);
  userDataDir = await mkdtemp(path.join(tmpdir(), "hub-intake-chromium-"));
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    permissions: ["clipboard-read", "clipboard-write"],
  });
  context.setDefaultTimeout(15_000);
  context.on("request", (request) => {
    const url = request.url();
    if (!url.startsWith(`${origin}/`) && !url.startsWith("data:") && !url.startsWith("blob:")) foreignRequests.push(url);
  });
  context.on("page", (page) => page.on("pageerror", (error) => pageErrors.push(error.message)));
  await mkdir(SCREENSHOTS, { recursive: true });
}, 120_000);

afterAll(async () => {
  await context?.close().catch(() => undefined);
  if (userDataDir) await rm(userDataDir, { recursive: true, force: true });
  await hub?.stop();
});

afterEach(() => {
  if (pageErrors.length) process.stderr.write(`page errors:\n${pageErrors.join("\n")}\n`);
  pageErrors.splice(0);
});

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
const errorOf = (page: Page, id: string) => page.locator(`#${id}-error`);

/** The poster a centre officer prints: its QR code's address is the page a phone opens. */
async function scanPoster(page: Page): Promise<string> {
  const centreName = "南圪洞街道综治中心";
  const poster = new URLSearchParams({ centre: org.centreId, name: centreName, place: TOWNSHIP, placeName: "包头市东河区南圪洞街道" });
  await page.goto(`${origin}/intake/poster?${poster.toString()}`);
  await page.getByRole("heading", { name: centreName }).waitFor();
  const qr = page.getByRole("img", { name: /^二维码：/ });
  await qr.locator("svg").waitFor();
  await shot(page, "intake-poster");
  const target = ((await qr.getAttribute("aria-label")) ?? "").replace(/^二维码：/, "");
  expect(new URL(target).searchParams.get("centre")).toBe(org.centreId);
  expect(await page.locator(".poster-url").textContent()).toBe(target);
  return target;
}

async function fill(page: Page, idNumber: string) {
  await page.getByLabel("姓名（必填）").fill("乌云其其格");
  await page.getByLabel("居民身份证号码（必填）").fill(idNumber);
  await page.getByLabel("联系电话（必填）").fill("13847200001");
  await page.getByLabel("纠纷类别（必填）").selectOption({ label: "邻里纠纷（噪音、漏水、通道、采光等）" });
  await page.getByLabel("事情经过（必填）").fill("楼上住户装修漏水，导致我家卫生间天花板发霉脱落，多次协商未果。");
  await page.getByLabel("您的请求（必填）").fill("请求楼上住户修好防水并赔偿维修费2000元。");
  await page.getByLabel("对方姓名或单位名称（选填）").fill("楼上住户");
}

describe("the 解纷码 public page on a phone", () => {
  it("submits a dispute to the scanned centre, shows the tracking code to copy, and the status page shows its public milestones", async () => {
    const page = await context.newPage();
    const target = await scanPoster(page);
    await page.goto(target);
    await page.getByRole("heading", { name: "南圪洞街道综治中心" }).waitFor();
    await expect(page.locator(".fixed-value").textContent()).resolves.toBe("包头市东河区南圪洞街道");
    await shot(page, "intake-form");

    // Nothing typed: each field says what it needs, in Chinese.
    await page.getByRole("button", { name: "提交申请" }).tap();
    await expect(errorOf(page, "f-name").textContent()).resolves.toBe("请填写您的姓名");
    await expect(errorOf(page, "f-idNumber").textContent()).resolves.toBe("请填写您的居民身份证号码");
    await expect(errorOf(page, "f-category").textContent()).resolves.toBe("请选择纠纷类别");

    const idNumber = uniqueIdNumber();
    await fill(page, idNumber);
    const wrongCheck = `${idNumber.slice(0, 17)}${idNumber.endsWith("0") ? "1" : "0"}`;
    await page.getByLabel("居民身份证号码（必填）").fill(wrongCheck);
    await page.getByRole("button", { name: "提交申请" }).tap();
    await expect(errorOf(page, "f-idNumber").textContent()).resolves.toBe("身份证号码有误（最后一位校验码不符），请对照证件核对");
    await shot(page, "intake-form-errors");
    await expect(page.getByLabel("事情经过（必填）").inputValue()).resolves.toContain("装修漏水");

    await page.getByLabel("居民身份证号码（必填）").fill(idNumber);
    await page.getByRole("button", { name: "提交申请" }).tap();
    const code = page.getByTestId("tracking-code");
    await code.waitFor();
    const trackingCode = ((await code.textContent()) ?? "").trim();
    expect(trackingCode).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){4}$/);
    await page.getByRole("button", { name: "复制查询码" }).tap();
    await page.getByText("已复制，可以粘贴到备忘录或发给自己。").waitFor();
    await expect(page.evaluate("navigator.clipboard.readText()")).resolves.toBe(trackingCode);
    await shot(page, "intake-receipt");

    await page.getByRole("link", { name: "查看办理进度" }).tap();
    await page.getByRole("heading", { name: "当前状态：已受理，待分流" }).waitFor();
    const milestones = page.getByRole("list", { name: "办理经过" }).getByRole("listitem");
    await expect(milestones.count()).resolves.toBe(1);
    await expect(milestones.first().locator(".milestone-label").textContent()).resolves.toBe("已受理");
    // Public milestones only: no name, no ID number, no facts of the case on the page.
    const body = (await page.locator("body").textContent()) ?? "";
    for (const secret of ["乌云其其格", idNumber, "装修漏水", "13847200001"]) expect(body).not.toContain(secret);
    await shot(page, "intake-status");

    // A mistyped code is told plainly, without saying whether any case exists.
    await page.getByLabel("查询码").fill("AAAA-BBBB-CCCC-DDDD-EEEE");
    await page.getByRole("button", { name: "查询" }).tap();
    await expect(errorOf(page, "tracking-code").textContent()).resolves.toBe("查询码不正确，请核对回执上的查询码");
    expect(foreignRequests).toEqual([]);
    await page.close();
  });

  it("reads the rate limit as plain Chinese, keeping what was typed", async () => {
    const page = await context.newPage();
    await page.goto(await scanPoster(page));
    await fill(page, uniqueIdNumber());
    await page.getByRole("button", { name: "提交申请" }).tap();
    const refusal = page.locator("#form-error");
    await expect(refusal.textContent()).resolves.toMatch(/^提交太频繁了，请等 \d+ 秒后再试。已填写的内容都还在。$/);
    await expect(page.getByLabel("事情经过（必填）").inputValue()).resolves.toContain("装修漏水");
    await shot(page, "intake-rate-limited");
    await page.close();
  });

  it("gives an anonymous visitor nothing but the public operations", async () => {
    const page = await context.newPage();
    await page.goto(`${origin}/intake/status`);
    const answers = await page.evaluate(async (centreId) => {
      const ask = async (query: string) => {
        const response = await fetch("/graphql", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ query }),
        });
        const body = (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
        return { status: response.status, code: body.errors?.[0]?.extensions?.code, data: body.data ?? null };
      };
      const document = await fetch("/documents/confirmation-ruling/00000000-0000-4000-8000-000000000001.pdf");
      return {
        disputes: await ask("{ disputes(first: 5) { nodes { number parties { name } } } }"),
        centre: await ask(`{ centre(id: "${centreId}") { name } }`),
        introspection: await ask("{ __schema { types { name } } }"),
        receive: await ask("mutation($input: ReceiveDisputeInput!) { receiveDispute(input: $input) { id } }"),
        document: { status: document.status, type: document.headers.get("content-type") },
      };
    }, org.centreId);
    for (const refused of [answers.disputes, answers.centre, answers.introspection, answers.receive])
      expect(refused).toMatchObject({ status: 401, code: "UNAUTHENTICATED", data: null });
    expect(answers.document.status).toBe(401);
    expect(answers.document.type).toContain("application/json");
    await page.close();
  });
});
