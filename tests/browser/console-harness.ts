import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Actor } from "@hub/subgraph-kit";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import type { LocalSignInUser } from "../../gateway/src/console/options";
import { centreSupervisor } from "../support/actors";
import type { DepartmentName } from "../support/migrations";
import { startHub, type RunningHub } from "../support/hub-harness";
import { DONGHE_COURT_ID, seedOrganisations } from "../e2e/seed";
import { expectData } from "../e2e/steps";

export const CONSOLE_DIR = path.join(__dirname, "..", "..", "clients", "console");
const DIST = path.join(CONSOLE_DIR, "dist");
export const SCREENSHOTS = path.join(__dirname, "..", "..", "test-artifacts", "screenshots");
const CHROMIUM = "/usr/bin/chromium";
const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** 南圪洞街道, 包头市东河区: no other test places disputes there, so the court's filter shows only ours. */
export const TOWNSHIP = "150202005";

export type UserKey = "centre-officer" | "centre-officer-brief" | "mediator" | "court-clerk" | "judge";

/** How long the tokens of "centre-officer-brief" (the same clerk) last: long enough to type, short enough to expire in a test. */
export const BRIEF_TOKEN_SECONDS = 12;

export interface ConsoleHub {
  hub: RunningHub;
  origin: string;
  context: BrowserContext;
  /** Every request the pages made to another origin (the tests expect none). */
  foreignRequests: string[];
  /** Uncaught errors and console errors of the pages, to explain a failure. */
  pageErrors: string[];
  org: Awaited<ReturnType<typeof seedOrganisations>>;
  /** A new tab signed in through the local sign-in page, by clicking. */
  signIn(user: UserKey | (string & {})): Promise<Page>;
  screenshot(page: Page, name: string): Promise<void>;
  stop(): Promise<void>;
}

/** Debian's Chromium, headless, in a fresh profile of its own (remove `userDataDir` when done). */
export async function launchChromium(): Promise<{ context: BrowserContext; userDataDir: string }> {
  const userDataDir = await mkdtemp(path.join(tmpdir(), "hub-console-chromium-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_FLAGS,
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
    viewport: { width: 1366, height: 900 },
  });
  context.setDefaultTimeout(15_000);
  return { context, userDataDir };
}

function buildConsoleOnce(): void {
  // `npm test` builds it first (turbo); a lone `npx jest` run builds it here.
  if (!existsSync(path.join(DIST, "index.html"))) execFileSync("npx", ["vite", "build"], { cwd: CONSOLE_DIR, stdio: "ignore" });
}

export interface ConsoleHubOptions {
  /** More demo users on the sign-in page, by key (e.g. of the procuratorate). */
  extraUsers?: Record<string, Actor>;
  /** Databases of the test's own instead of the departments' shared test databases. */
  databaseUrls?: Partial<Record<DepartmentName, string>>;
}

/** The hub on free ports with the gateway serving the built console, its organisations seeded, and Chromium. */
export async function startConsoleHub({ extraUsers = {}, databaseUrls }: ConsoleHubOptions = {}): Promise<ConsoleHub> {
  buildConsoleOnce();
  const actors: Record<string, Actor> = {};
  const started: { hub?: RunningHub } = {};
  const users = (): LocalSignInUser[] =>
    Object.keys(actors).map((key) => ({
      key,
      name: actors[key]?.name ?? key,
      department: actors[key]?.department ?? "",
      roles: actors[key]?.roles ?? [],
    }));
  const hub = await startHub({
    databaseUrls,
    gateway: {
      console: {
        dir: DIST,
        localSignIn: {
          get users() {
            return users();
          },
          async issue(key) {
            const actor = actors[key];
            if (!actor || !started.hub) return undefined;
            const seconds = key === "centre-officer-brief" ? BRIEF_TOKEN_SECONDS : 600;
            return {
              token: await started.hub.tokenFor(actor, `${seconds}s`),
              expiresAt: new Date(Date.now() + seconds * 1000).toISOString(),
            };
          },
        },
      },
    },
  });
  started.hub = hub;
  const org = await seedOrganisations(hub, TOWNSHIP);
  const clerk = {
    userId: `browser-clerk-${org.suffix}`,
    department: "CENTER",
    roles: ["CENTRE_OFFICER"],
    organisationId: org.centreId,
    jurisdictionCode: TOWNSHIP,
  } as const;
  Object.assign(actors, {
    "centre-officer": { ...clerk, roles: [...clerk.roles], name: "王晓燕" },
    "centre-officer-brief": { ...clerk, roles: [...clerk.roles], name: "王晓燕（短时令牌）" },
    mediator: {
      userId: `browser-mediator-${org.suffix}`,
      name: "张其木格",
      department: "JUSTICE",
      roles: ["MEDIATOR"],
      organisationId: org.committeeId,
      jurisdictionCode: "150202",
    },
    "court-clerk": {
      userId: `browser-clerk-court-${org.suffix}`,
      name: "陈静",
      department: "COURT",
      roles: ["COURT_CLERK"],
      organisationId: DONGHE_COURT_ID,
      jurisdictionCode: "150202",
    },
    judge: {
      userId: `browser-judge-${org.suffix}`,
      name: "刘志强",
      department: "COURT",
      roles: ["JUDGE"],
      organisationId: DONGHE_COURT_ID,
      jurisdictionCode: "150202",
    },
    ...extraUsers,
  });
  expectData(
    await hub.request(
      `mutation($input: UpsertRoutingRuleInput!) { upsertRoutingRule(input: $input) { id } }`,
      {
        input: {
          id: "c0a50e1e-0000-4000-8000-000000150205",
          category: "TRAFFIC_ACCIDENT",
          jurisdictionCode: TOWNSHIP,
          target: { department: "JUSTICE", organisationId: org.committeeId },
          stationingMode: "PERMANENT",
          tier: "STATIONED",
          basis: "东河区道路交通事故纠纷“一站式”调处规则",
        },
      },
      centreSupervisor(),
    ),
  );

  const origin = new URL(hub.gatewayUrl).origin;
  const { context, userDataDir } = await launchChromium();
  const foreignRequests: string[] = [];
  context.on("request", (request) => {
    const url = request.url();
    if (!url.startsWith(`${origin}/`) && !url.startsWith("data:") && !url.startsWith("blob:")) foreignRequests.push(url);
  });
  await mkdir(SCREENSHOTS, { recursive: true });
  const pageErrors: string[] = [];
  context.on("page", (page) => {
    page.on("pageerror", (error) => pageErrors.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error") pageErrors.push(message.text());
    });
  });

  return {
    hub,
    origin,
    context,
    foreignRequests,
    pageErrors,
    org,
    async signIn(user) {
      const page = await context.newPage();
      await page.goto(`${origin}/console/`);
      await page.getByRole("button", { name: `以${actors[user]?.name ?? user}登录` }).click();
      await page.getByRole("button", { name: "退出登录" }).waitFor();
      return page;
    },
    async screenshot(page, name) {
      await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
    },
    async stop() {
      await context.close().catch(() => undefined);
      await rm(userDataDir, { recursive: true, force: true });
      await hub.stop();
    },
  };
}

/** Picks an option of the Ant Design select labelled `label`. */
export async function choose(page: Page, label: string, option: string): Promise<void> {
  const select = page.locator(".ant-select", { has: page.getByLabel(label, { exact: true }) });
  // A select inside a dialog that is still opening can miss the first click: try again, a bounded number of times.
  // A dropdown that closed again before the option was clicked is opened again.
  for (let attempt = 0; attempt < 3; attempt++) {
    await page.getByLabel(label, { exact: true }).click();
    const clicked = await page
      .locator(".ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option", { hasText: option })
      .first()
      .click({ timeout: 5_000 })
      .then(
        () => true,
        () => false,
      );
    if (clicked && (await select.textContent())?.includes(option)) return;
  }
  throw new Error(`could not choose ${option} in ${label}`);
}

/** Walks the division cascader labelled `label` down the given names. */
export async function pickPlace(page: Page, label: string, names: string[]): Promise<void> {
  await page.getByLabel(label, { exact: true }).click();
  for (const name of names) {
    await page
      .locator(".ant-cascader-dropdown:not(.ant-select-dropdown-hidden) .ant-cascader-menu-item", { hasText: new RegExp(`^${name}$`) })
      .click();
  }
}
