// The prosecutor's and the supervisor's workspaces in a real browser (Debian's Chromium), by clicking
// and typing only; the disputes they oversee are seeded beforehand through the gateway.
// 石拐区 (150205), in a centre database of the file's own: the seeds below are the county's whole figures.
import { readFile } from "node:fs/promises";
import type { Actor } from "@hub/subgraph-kit";
import type { Locator, Page } from "playwright-core";
import pino from "pino";
import { EventConsumer } from "../../subgraphs/center/src/consumer/event-consumer";
import { defaultFeedSources } from "../../subgraphs/center/src/consumer/feed-source";
import type { CenterServer } from "../../subgraphs/center/src/server";
import { judge } from "../support/actors";
import { ownDatabase } from "../support/own-database";
import { uniqueIdNumber } from "../support/id-numbers";
import { seedOrganisations } from "../e2e/seed";
import { expectData, mediateToAgreement, step } from "../e2e/steps";
import { choose, pickPlace, startConsoleHub, type ConsoleHub } from "./console-harness";

jest.setTimeout(240_000);

const COUNTY = "150205";
const DAY_MS = 86_400_000;

const PROSECUTOR: Actor = {
  userId: "browser-prosecutor-150205",
  name: "周检察官",
  department: "PROCURATORATE",
  roles: ["PROSECUTOR"],
  organisationId: "procuratorate-150205",
  jurisdictionCode: COUNTY,
};
const SUPERVISOR: Actor = {
  userId: "browser-supervisor-15",
  name: "李督办",
  department: "CENTER",
  roles: ["CENTRE_SUPERVISOR"],
  organisationId: null,
  jurisdictionCode: "15",
};

/** One seeded dispute as the test counts it: where it was placed, and whether it is resolved or overdue. */
interface Seeded {
  number: string;
  township: string;
  resolved: boolean;
  overdue: boolean;
}

let console_: ConsoleHub;
const seeded: Seeded[] = [];
let planted: { number: string; idNumber: string };
let overdueNumber: string;
let mediatedNumber: string;

/**
 * The centre's event consumer (the worker every centre process runs) reads the departments' feeds
 * until the agreements' taking effect has resolved `disputeIds`. It writes only to this file's
 * own centre database.
 */
async function consumeUntilResolved(disputeIds: string[]): Promise<void> {
  const centre = console_.hub.subgraphs.center.server as CenterServer;
  const consumer = new EventConsumer({
    db: centre.db,
    sources: defaultFeedSources(centre.db, centre.services.graph),
    log: pino({ level: "silent" }),
    pollMs: 100,
  });
  for (let round = 0; round < 50; round++) {
    await consumer.pollOnce();
    const rows = await centre.db.dispute.findMany({ where: { id: { in: disputeIds } }, select: { status: true } });
    if (rows.length === disputeIds.length && rows.every((row) => row.status === "RESOLVED")) return;
  }
  throw new Error(`disputes ${disputeIds.join(", ")} were not resolved by the consumer`);
}

beforeAll(async () => {
  // A centre database of this file's own: its consumer runs here, and its figures are the seeds below only.
  console_ = await startConsoleHub({
    extraUsers: { prosecutor: PROSECUTOR, supervisor: SUPERVISOR },
    databaseUrls: { center: await ownDatabase("center") },
  });
  const { hub } = console_;
  const org = await seedOrganisations(hub, "150205001");

  // 虚假调解 planted at 大发街道: one person on both sides of a 5,000,000-yuan loan, agreed at once and confirmed by the court.
  const idNumber = uniqueIdNumber(COUNTY);
  const lending = await mediateToAgreement(hub, org, "ORAL", {
    category: "PRIVATE_LENDING",
    placeCode: "150205002",
    amountFen: 500_000_000,
    facts: "借款五百万元，到期未还。",
    claims: "请求偿还借款500万元。",
    parties: [
      { role: "APPLICANT", kind: "PERSON", name: "苏和巴特尔", idNumber },
      { role: "RESPONDENT", kind: "PERSON", name: "苏和巴特尔", idNumber },
    ],
  });
  const application = expectData(
    await step.fileApplication(hub, org, lending.caseId, [lending.applicantId, lending.respondentId]),
  ).fileConfirmationApplication;
  expectData(await step.acceptApplication(hub, application.id, org.courtId));
  expectData(await step.startReview(hub, application.id, org.courtId));
  expectData(await step.rule(hub, application.id, judge(org.courtId)));
  planted = { number: lending.number, idNumber };

  // A traffic accident mediated at 石拐街道; two received 30 days ago and never routed: the 15-day 分流 limit
  // (信访工作条例 art 22) has passed even if its last day fell in a holiday run, the 60-day 办结 limit (art 34) has not;
  // one received today at 大发街道.
  const traffic = await mediateToAgreement(hub, org, "ORAL", { placeCode: "150205001" });
  const longAgo = new Date(Date.now() - 30 * DAY_MS).toISOString();
  const late = await step.receive(hub, org, { placeCode: "150205001", receivedAt: longAgo });
  const lateVillage = await step.receive(hub, org, { placeCode: "150205101", receivedAt: longAgo, category: "LAND" });
  const fresh = await step.receive(hub, org, { placeCode: "150205002", category: "NEIGHBOUR" });
  overdueNumber = late.number;
  mediatedNumber = traffic.number;
  seeded.push(
    { number: lending.number, township: "大发街道", resolved: true, overdue: false },
    { number: traffic.number, township: "石拐街道", resolved: true, overdue: false },
    { number: late.number, township: "石拐街道", resolved: false, overdue: true },
    { number: lateVillage.number, township: "五当召镇", resolved: false, overdue: true },
    { number: fresh.number, township: "大发街道", resolved: false, overdue: false },
  );
  // An effective agreement resolves its dispute when the centre consumes the justice bureau's event.
  await consumeUntilResolved([lending.disputeId, traffic.disputeId]);
}, 180_000);

afterEach(async () => {
  for (const [i, page] of (console_?.context.pages() ?? []).entries())
    await console_.screenshot(page, `oversight-last-tab-${i}`).catch(() => undefined);
  if (console_?.pageErrors.length) process.stderr.write(`page errors:\n${console_.pageErrors.join("\n")}\n`);
  console_?.pageErrors.splice(0);
});

afterAll(async () => {
  await console_?.stop();
});

const formItem = (page: Page, label: string) => page.locator(".ant-form-item", { has: page.getByLabel(label, { exact: true }) });

/** The statistics table's body rows as text cells (the summary row excluded). */
async function tableRows(page: Page): Promise<string[][]> {
  const rows = page.locator("table[aria-label='统计表'] tbody tr.ant-table-row, [aria-label='统计表'] tbody tr.ant-table-row");
  const cells: string[][] = [];
  for (const row of await rows.all()) cells.push((await row.locator("td").allTextContents()).map((text) => text.trim()));
  return cells;
}

/** The statistics table's 合计 row. */
async function totalRow(page: Page): Promise<string[]> {
  return (await page.locator(".ant-table-summary tr td").allTextContents()).map((text) => text.trim());
}

/** What ECharts says its own series hold, from the ARIA description it writes on the chart. */
function chartSeries(description: string): Record<string, Record<string, string>> {
  const series: Record<string, Record<string, string>> = {};
  for (const part of description.split(/第\d+个系列是一个表示/).slice(1)) {
    const name = part.slice(0, part.indexOf("的"));
    const data = part.slice(part.indexOf("——") + 2).replace(/[；。]\s*$/, "");
    series[name] = Object.fromEntries(
      data.split("，").map((entry) => {
        const at = entry.lastIndexOf("的数据是");
        return [entry.slice(0, at), entry.slice(at + "的数据是".length)];
      }),
    );
  }
  return series;
}

/** Retries `probe` until it returns what `accept` takes (the page renders asynchronously); the last value otherwise. */
async function eventually<T>(probe: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  let value = await probe();
  while (!accept(value) && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    value = await probe();
  }
  return value;
}

/**
 * Picks a radio as a person would: click it, and click again if the first click came while the
 * dialog was still opening and did not take (a person sees the dot missing and clicks again).
 */
async function pick(radio: Locator): Promise<void> {
  for (let attempt = 0; attempt < 10 && !(await radio.isChecked()); attempt++) {
    await radio.click();
    if (!(await radio.isChecked())) await new Promise((resolve) => setTimeout(resolve, 200));
  }
  expect(await radio.isChecked()).toBe(true);
}

const rate = (resolved: number, received: number) => `${((resolved / received) * 100).toFixed(1)}%`;

describe("the procuratorate's workspace", () => {
  it("opens a supervision case from a lead and concludes it with a 检察建议, shown on the case file", async () => {
    const page = await console_.signIn("prosecutor");
    await page.getByRole("button", { name: `立案监督 ${planted.number} 司法确认裁定` }).waitFor();
    await console_.screenshot(page, "procuratorate-leads");

    // The red flags with their evidence, personal values masked by the graph.
    await page.getByRole("tab", { name: "虚假调解筛查" }).click();
    const screened = page.getByRole("row", { name: new RegExp(planted.number) });
    await screened.getByRole("button").first().click();
    const panel = page.getByLabel(`筛查结果 ${planted.number}`);
    await panel.getByText(/^同一人：/).waitFor();
    await expect(panel.textContent()).resolves.toContain(`${COUNTY}*`);
    await console_.screenshot(page, "procuratorate-screening");
    await expect(page.content()).resolves.not.toContain(planted.idNumber);
    await expect(page.content()).resolves.not.toContain("苏和巴特尔");

    // 依职权立案 from the ruling.
    await page.getByRole("tab", { name: "监督线索" }).click();
    await page.getByRole("button", { name: `立案监督 ${planted.number} 司法确认裁定` }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("风险分值").waitFor();
    // Typed first: the dialog has settled by the time its select opens.
    await dialog.getByLabel("立案理由").fill("同一人同时为借贷双方，受理当日即达成协议并申请司法确认，涉嫌虚假调解。");
    await choose(page, "监督事由", "虚假诉讼、虚假调解（第三十七条第三项）");
    await dialog.getByRole("button", { name: "立案", exact: true }).click();
    await page.getByRole("button", { name: "开始审查" }).click();

    // 抗诉 against a confirmation ruling without harm to state or public interest is refused on the field (解释 411-412).
    await choose(page, "监督结果", "抗诉");
    await page.getByLabel("抗诉书文号").fill("石检民建〔2026〕7号");
    await page.getByLabel("审查意见").fill("经审查，双方当事人系同一人，调解协议内容虚假，建议法院依法纠正。");
    await page.getByRole("button", { name: "结案", exact: true }).click();
    await expect(formItem(page, "监督结果").locator(".ant-form-item-explain-error").textContent()).resolves.toContain(
      "对司法确认裁定仅在损害国家利益、社会公共利益时方可抗诉",
    );
    await expect(formItem(page, "监督结果").locator(".ant-form-item-explain-error").textContent()).resolves.toContain("民诉法解释 411-412");
    await expect(page.getByLabel("审查意见").inputValue()).resolves.toContain("调解协议内容虚假");

    await choose(page, "监督结果", "检察建议");
    await expect(page.getByLabel("检察建议书文号").inputValue()).resolves.toBe("石检民建〔2026〕7号");
    await page.getByRole("button", { name: "结案", exact: true }).click();
    await page.getByText("已结案", { exact: true }).waitFor();
    await expect(page.getByLabel("监督结果", { exact: true }).textContent()).resolves.toBe("检察建议");
    await expect(page.getByLabel("文书编号").textContent()).resolves.toBe("石检民建〔2026〕7号");
    await console_.screenshot(page, "procuratorate-case");

    await page.getByRole("button", { name: `查看案卷 ${planted.number}` }).click();
    const timeline = page.getByLabel("办理经过");
    await timeline.getByText("检察机关结案：提出检察建议（石检民建〔2026〕7号）").waitFor();
    await expect(page.locator("[data-event-type^='supervision.']").count()).resolves.toBeGreaterThanOrEqual(3);
    await console_.screenshot(page, "procuratorate-case-file");
    expect(console_.foreignRequests).toEqual([]);
  });
});

describe("the supervisor's workspace", () => {
  it("urges an overdue case, and the dashboard's figures for the county are the seeded ones, in the chart as in the table", async () => {
    const page = await console_.signIn("supervisor");

    // 督办超期 in 石拐区: the overdue 分流 stage with its limit and source; urge it.
    await pickPlace(page, "辖区", ["包头市", "石拐区"]);
    await page.keyboard.press("Escape");
    await page.locator(".ant-cascader-dropdown").waitFor({ state: "hidden" });
    const row = page.getByRole("row", { name: new RegExp(overdueNumber) });
    await row.getByText("信访工作条例 art 22").waitFor();
    await expect(row.textContent()).resolves.toContain("分流");
    await expect(page.getByRole("row", { name: /\d+-\d{4}-\d+/ }).count()).resolves.toBe(seeded.filter((s) => s.overdue).length);
    await console_.screenshot(page, "oversight-overdue");
    await page.getByRole("button", { name: `督促 ${overdueNumber} 分流` }).click();
    await page.getByRole("dialog").getByLabel("督促意见").fill("请于三日内完成分流并报告。");
    await page.getByRole("button", { name: "发出督促" }).click();
    await page.getByText(`已督促 ${overdueNumber}（第 1 次）`).waitFor();
    await row.getByText(/^1 次，最近/).waitFor();

    await page.getByRole("link", { name: "提醒与预警" }).click();
    await page.getByText("督办提醒").waitFor();
    await console_.screenshot(page, "oversight-warnings");
    // 统计分析: region → 包头市 → 石拐区, by township.
    await page.getByRole("link", { name: "统计分析" }).click();
    await page.getByRole("button", { name: "下钻 包头市" }).click();
    await page.getByRole("button", { name: "下钻 石拐区" }).click();
    await page.getByRole("navigation", { name: "辖区层级" }).getByText("石拐区").waitFor();

    const received = seeded.length;
    const resolved = seeded.filter((s) => s.resolved).length;
    const overdue = seeded.filter((s) => s.overdue).length;
    const total = await eventually(
      () => totalRow(page),
      (cells) => cells[1] === String(received),
    );
    expect([total[0], total[1], total[2], total[3], total[6]]).toEqual([
      "合计",
      String(received),
      String(resolved),
      rate(resolved, received),
      String(overdue),
    ]);

    const rows = await tableRows(page);
    const byTownship = new Map(rows.map((cells) => [cells[0] ?? "", cells]));
    for (const township of new Set(seeded.map((s) => s.township))) {
      const mine = seeded.filter((s) => s.township === township);
      const got = byTownship.get(township);
      const resolvedHere = mine.filter((s) => s.resolved).length;
      expect([got?.[1], got?.[2], got?.[3], got?.[6]]).toEqual([
        String(mine.length),
        String(resolvedHere),
        rate(resolvedHere, mine.length),
        String(mine.filter((s) => s.overdue).length),
      ]);
    }
    // Townships without a seeded dispute count none.
    for (const cells of rows.filter((cells) => !seeded.some((s) => s.township === cells[0]))) expect(cells[1]).toBe("0");

    // The chart holds the table's figures (ECharts' own description of its data).
    const chart = page.locator("[data-chart='statistics']");
    const description = await eventually(
      async () => (await chart.getAttribute("aria-label")) ?? "",
      (text) => text.includes("石拐区"),
    );
    expect(description).toContain("石拐区");
    const series = chartSeries(description);
    expect(Object.keys(series)).toEqual(["受理数", "化解数", "超期数", "化解率"]);
    for (const cells of rows) {
      const [group = "", receivedCell, resolvedCell, rateCell, , , overdueCell] = cells;
      expect([series["受理数"]?.[group], series["化解数"]?.[group], series["超期数"]?.[group]]).toEqual([
        receivedCell,
        resolvedCell,
        overdueCell,
      ]);
      if (rateCell !== "—") expect(series["化解率"]?.[group]).toBe(String(Number(rateCell?.replace("%", ""))));
    }
    await console_.screenshot(page, "oversight-statistics");

    // The export: the same table, UTF-8 with a byte-order mark, Chinese headers.
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "导出 CSV" }).click()]);
    const csv = await readFile((await download.path()) ?? "", "utf8");
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const lines = csv.slice(1).trim().split("\r\n");
    expect(lines[0]).toBe("区划,受理数,化解数,化解率,化解用时中位数（天）,化解用时90分位（天）,超期数");
    expect(lines.slice(1, -1)).toEqual(rows.map((cells) => cells.join(",")));
    expect(lines.at(-1)?.startsWith(`合计,${received},${resolved},`)).toBe(true);

    // 回访 of the mediated traffic accident, then 结案: it leaves the list of resolved disputes.
    await page.getByRole("link", { name: "回访结案" }).click();
    await page.getByRole("button", { name: `回访 ${mediatedNumber}` }).click();
    const visit = page.getByRole("dialog");
    await pick(visit.getByRole("radio", { name: "已履行", exact: true }));
    await pick(visit.getByRole("radio", { name: "满意", exact: true }));
    await visit.getByLabel("回访记录").fill("电话回访申请人，赔偿款已全部到账。");
    await visit.getByLabel("反馈内容").fill("告知申请人调解协议已履行完毕，纠纷办结。");
    await page.getByRole("button", { name: "记录回访" }).click();
    await page.getByText(`已记录 ${mediatedNumber} 的回访`).waitFor();
    await page
      .getByRole("row", { name: new RegExp(mediatedNumber) })
      .getByText(/已履行 · 满意/)
      .waitFor();
    await console_.screenshot(page, "oversight-return-visits");
    await page.getByRole("button", { name: `结案 ${mediatedNumber}` }).click();
    await page.getByText("已完成回访，确认结案。").waitFor();
    await page.getByRole("dialog").getByRole("button", { name: "结案", exact: true }).click();
    await page.getByText(`${mediatedNumber} 已结案`).waitFor();
    await page.getByRole("row", { name: new RegExp(mediatedNumber) }).waitFor({ state: "detached" });
    expect(console_.foreignRequests).toEqual([]);
  });
});
