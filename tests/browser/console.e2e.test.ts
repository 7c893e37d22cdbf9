// The department console in a real browser (Debian's Chromium), by clicking and typing only:
// one traffic dispute received at a 包头市东河区 street centre, routed, mediated to a signed and
// sealed agreement, judicially confirmed, and read back as one case file across four departments.
import type { Page } from "playwright-core";
import { uniqueIdNumber } from "../support/id-numbers";
import { seriousViolations, type Violation } from "./accessibility";
import { BRIEF_TOKEN_SECONDS, choose, pickPlace, startConsoleHub, type ConsoleHub } from "./console-harness";

// The whole path with its seven audits took 1.5 to 2.5 minutes on a shared, loaded 2-core machine; the bound leaves room for more.
jest.setTimeout(360_000);

let console_: ConsoleHub;

beforeAll(async () => {
  console_ = await startConsoleHub();
}, 90_000);

afterEach(async () => {
  // The last state of every open tab, to read when a step failed.
  for (const [i, page] of (console_?.context.pages() ?? []).entries())
    await console_.screenshot(page, `last-tab-${i}`).catch(() => undefined);
  if (console_?.pageErrors.length) process.stderr.write(`page errors:\n${console_.pageErrors.join("\n")}\n`);
  console_?.pageErrors.splice(0);
});

afterAll(async () => {
  await console_?.stop();
});

/** The form item holding the control labelled `label` (its error shows inside it). */
const formItem = (page: Page, label: string) => page.locator(".ant-form-item", { has: page.getByLabel(label, { exact: true }) });
/** The form item whose own label reads `label`, e.g. a group of checkboxes. */
const formItemTitled = (page: Page, label: string) =>
  page.locator(".ant-form-item").filter({ has: page.locator(".ant-form-item-label > label", { hasText: new RegExp(`^${label}$`) }) });

/** Each workspace's main page as a clerk sees it: a screenshot, and axe's serious or critical WCAG 2.1 AA findings. */
const audits: Record<string, Violation[]> = {};
async function mainPage(page: Page, name: string) {
  await console_.screenshot(page, name);
  audits[name] = await seriousViolations(page);
}

/** The clerk fills the 受理登记 form for a walk-in traffic accident at 南圪洞街道. */
async function fillTrafficDispute(page: Page, applicantId: string, respondentId: string) {
  await page.getByRole("link", { name: "受理登记" }).click();
  await choose(page, "纠纷类别", "交通事故");
  await pickPlace(page, "纠纷发生地（至苏木乡镇街道）", ["包头市", "东河区", "南圪洞街道"]);
  await page.getByLabel("争议金额（元）").fill("12500");
  await page
    .getByLabel("事实经过")
    .fill("2026年11月20日，申请人驾驶的小型轿车在东河区南圪洞街道与被申请人驾驶的货车发生剐蹭，交警认定被申请人负主要责任。");
  await page.getByLabel("请求事项").fill("请求被申请人赔偿车辆维修费、误工费共计12500元。");
  await page.getByLabel("当事人 1 姓名").fill("乌云其其格");
  await page.getByLabel("当事人 1 居民身份证号码").fill(applicantId);
  await page.getByLabel("当事人 2 姓名").fill("孙志刚");
  await page.getByLabel("当事人 2 居民身份证号码").fill(respondentId);
}

async function submitReceipt(page: Page): Promise<string> {
  await page.getByRole("button", { name: "提交受理" }).click();
  const title = page.getByText(/^已受理，纠纷编号 /);
  await title.waitFor();
  return ((await title.textContent()) ?? "").replace("已受理，纠纷编号 ", "").trim();
}

describe("the department console", () => {
  it("takes one walk-in traffic dispute through four departments by clicking and typing", async () => {
    const applicantId = uniqueIdNumber();
    const respondentId = uniqueIdNumber();

    // 综治中心: 受理, with the ID number checked as it is typed.
    const clerk = await console_.signIn("centre-officer");
    await mainPage(clerk, "centre-routing-queue");
    await fillTrafficDispute(clerk, applicantId, respondentId);
    const badId = `${applicantId.slice(0, 17)}${applicantId.endsWith("0") ? "1" : "0"}`;
    await clerk.getByLabel("当事人 1 居民身份证号码").fill(badId);
    await expect(formItem(clerk, "当事人 1 居民身份证号码").locator(".ant-form-item-explain-error").textContent()).resolves.toContain(
      "居民身份证号码校验码错误",
    );
    await expect(clerk.getByLabel("事实经过").inputValue()).resolves.toContain("南圪洞街道");
    await expect(clerk.getByLabel("当事人 2 居民身份证号码").inputValue()).resolves.toBe(respondentId);
    await clerk.getByLabel("当事人 1 居民身份证号码").fill(applicantId);
    await formItem(clerk, "当事人 1 居民身份证号码").locator(".ant-form-item-explain-error").waitFor({ state: "detached" });
    await mainPage(clerk, "centre-receive-form");
    const number = await submitReceipt(clerk);
    expect(number).toMatch(/^150202-\d{4}-\d+$/);

    // 分流 by the configured rule.
    await clerk.getByRole("link", { name: "分流待办" }).click();
    await clerk.getByRole("button", { name: `分流 ${number}` }).click();
    await clerk.getByText("规则依据：东河区道路交通事故纠纷“一站式”调处规则").waitFor();
    await clerk.getByRole("button", { name: "确认分流" }).click();
    await clerk.getByText(`${number} 已分流`).waitFor();

    // 调解: accept, assign, hold a session, record the agreement (refused without a deadline), sign and seal.
    const mediator = await console_.signIn("mediator");
    await mediator.getByRole("button", { name: `受理调解 ${number}` }).waitFor();
    await mainPage(mediator, "mediation-inbox");
    await mediator.getByRole("button", { name: `受理调解 ${number}` }).click();
    await choose(mediator, "调解员", "张其木格");
    await mediator.getByRole("button", { name: "指定" }).click();
    await mediator.getByText("当前调解员：张其木格").waitFor();
    await mediator.getByLabel("调解情况").fill("双方陈述事故经过，调解员依据交警责任认定释明赔偿标准。");
    await mediator.getByRole("button", { name: "记录调解", exact: true }).click();
    await mediator.getByText(/第 1 次 ·/).waitFor();
    await mediator.getByLabel("争议事项").fill("车辆维修费和误工费的数额。");
    await mediator.getByLabel("各方当事人的责任").fill("被申请人承担主要责任。");
    await mediator.getByLabel("履行内容").fill("赔偿车辆维修费、误工费共计人民币11000元");
    await mediator.getByLabel("履行方式").fill("银行转账至申请人账户");
    await mediator.getByLabel("履行地点").fill("包头市东河区");
    await mediator.getByRole("button", { name: "记录调解协议" }).click();
    await expect(formItem(mediator, "履行期限").locator(".ant-form-item-explain-error").textContent()).resolves.toBe(
      "请填写履行期限（人民调解法第二十九条）",
    );
    await expect(mediator.getByLabel("履行方式").inputValue()).resolves.toBe("银行转账至申请人账户");
    await expect(mediator.getByLabel("争议事项").inputValue()).resolves.toBe("车辆维修费和误工费的数额。");
    await mediator.getByLabel("履行期限").fill("2026-12-31");
    await mediator.getByRole("button", { name: "记录调解协议" }).click();
    // Each signature is seen recorded before the next: the buttons move as the list grows.
    await mediator.getByRole("button", { name: "记录 乌云其其格 签署" }).click();
    await mediator.getByText(/^乌云其其格 · 签名 · /).waitFor();
    await mediator.getByRole("button", { name: "记录 孙志刚 签署" }).click();
    await mediator.getByText(/^孙志刚 · 签名 · /).waitFor();
    await mediator.getByRole("button", { name: "调解员签名" }).click();
    await mediator.getByText(/^调解员 · 签名 · /).waitFor();
    await mediator.getByRole("button", { name: "加盖调解委员会印章" }).click();
    await mediator.getByText("已生效", { exact: true }).waitFor();
    await expect(mediator.getByLabel("协议生效时间").textContent()).resolves.toMatch(/^\d{4}\/\d{1,2}\/\d{1,2}/);

    // 司法确认: the clerk files (one party alone is refused on the right field) with a material missing,
    // orders it supplied (民诉法解释 354) and accepts; the parties are heard (356); the judge rules.
    const court = await console_.signIn("court-clerk");
    await mainPage(court, "court-inbox");
    await pickPlace(court, "按发生地筛选", ["包头市", "东河区", "南圪洞街道"]);
    await court.getByRole("button", { name: `登记申请 ${number}` }).click();
    await court.getByRole("checkbox", { name: "申请人 乌云其其格" }).check();
    await court.getByRole("checkbox", { name: "调解协议", exact: true }).check();
    await court.getByRole("checkbox", { name: "双方当事人的身份、住所、联系方式" }).check();
    await court.getByRole("button", { name: "登记申请", exact: true }).click();
    const applicants = formItemTitled(court, "申请人").locator(".ant-form-item-explain-error");
    await expect(applicants.textContent()).resolves.toMatch(/^司法确认须由双方当事人共同申请，一方当事人不能单独申请（依据：.+）$/);
    await expect(court.getByRole("checkbox", { name: "申请人 乌云其其格" }).isChecked()).resolves.toBe(true);
    await expect(court.getByRole("checkbox", { name: "调解协议", exact: true }).isChecked()).resolves.toBe(true);
    await court.getByRole("checkbox", { name: "被申请人 孙志刚" }).check();
    await court.getByRole("button", { name: "登记申请", exact: true }).click();
    await court
      .getByText(/剩余 \d+ 天/)
      .first()
      .waitFor();
    await court.getByRole("button", { name: "受理", exact: true }).click();
    await court.getByText("申请材料不齐全，应当限期补交后再决定受理（依据：民诉法解释 354）").waitFor();
    const order = court.getByRole("form", { name: "责令限期补交" });
    await expect(order.getByRole("checkbox", { name: "调解组织主持调解的证明" }).isChecked()).resolves.toBe(true);
    await order.getByRole("button", { name: "责令限期补交" }).click();
    await court.getByText(/^已责令于 .+ 前补交：调解组织主持调解的证明$/).waitFor();
    await court.getByRole("button", { name: "登记已补交" }).click();
    await court.getByText("无（应当提交的材料已齐全）").waitFor();
    await court.getByRole("button", { name: "受理", exact: true }).click();
    const caseNumber = court.getByLabel("案号").filter({ hasText: /^[（(]\d{4}[）)]内0202民特\d+号$/ });
    await caseNumber.waitFor();
    await court.getByLabel("询问笔录摘要").fill("申请人本人到庭，确认协议系自愿达成，内容真实。");
    await court.getByRole("button", { name: "记录到场核实" }).click();
    await court.getByRole("row", { name: /^申请人 乌云其其格 本人到场/ }).waitFor();
    await choose(court, "到场核实的当事人", "被申请人 孙志刚");
    await court.getByLabel("询问笔录摘要").fill("被申请人本人到庭，确认已知晓并同意协议内容。");
    await court.getByRole("button", { name: "记录到场核实" }).click();
    await court.getByRole("row", { name: /^被申请人 孙志刚 本人到场/ }).waitFor();
    await mainPage(court, "court-application");
    const applicationUrl = court.url();

    const judge = await console_.signIn("judge");
    await mainPage(judge, "court-judge-inbox");
    await judge.goto(applicationUrl);
    await judge.getByRole("button", { name: "开始审查" }).click();
    await judge.getByLabel("裁定理由").fill("协议系双方自愿达成，内容明确，不违反法律规定。");
    await judge.getByRole("button", { name: "作出裁定" }).click();
    await judge.getByText("裁定调解协议有效", { exact: true }).first().waitFor();

    // 案卷: every step from the four departments, personal data masked.
    await judge.getByRole("link", { name: "查看案卷" }).click();
    const timeline = judge.getByLabel("办理经过");
    await timeline.getByText("人民法院").first().waitFor();
    const departments = await timeline.locator(".ant-tag").allTextContents();
    expect(new Set(departments)).toEqual(new Set(["综治中心", "司法局", "人民法院"]));
    const types = await timeline
      .locator("[data-event-type]")
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute("data-event-type")));
    expect(types).toEqual(
      expect.arrayContaining([
        "dispute.received",
        "routing.routed",
        "mediation.accepted",
        "routing.accepted",
        "mediation.mediator_assigned",
        "mediation.session_held",
        "mediation.agreement_reached",
        "mediation.agreement_signed",
        "mediation.agreement_sealed",
        "confirmation.filed",
        "confirmation.supplement_ordered",
        "confirmation.materials_supplied",
        "confirmation.accepted",
        "confirmation.party_heard",
        "confirmation.review_started",
        "confirmation.ruled",
      ]),
    );
    expect(types[0]).toBe("dispute.received");
    expect(types.at(-1)).toBe("confirmation.ruled");
    await expect(judge.getByText(applicantId).count()).resolves.toBe(0);
    await mainPage(judge, "case-file");

    // 查看完整信息: the court before which the application is may read the ID number in full, for a stated purpose.
    await judge.getByRole("button", { name: "查看完整信息 乌云其其格" }).click();
    await choose(judge, "查阅目的", "送达");
    await judge.getByLabel("查阅事由（4 至 500 字）").fill("向申请人送达司法确认裁定书");
    await judge.getByRole("button", { name: "查看", exact: true }).click();
    await judge.getByText("本次查看已记录（查阅人、事由、时间）。").waitFor();
    await expect(judge.getByRole("dialog").getByText(applicantId, { exact: true }).count()).resolves.toBe(1);

    expect(Object.keys(audits).sort()).toEqual([
      "case-file",
      "centre-receive-form",
      "centre-routing-queue",
      "court-application",
      "court-inbox",
      "court-judge-inbox",
      "mediation-inbox",
    ]);
    expect(Object.entries(audits).filter(([, found]) => found.length)).toEqual([]);
    expect(console_.foreignRequests).toEqual([]);
  });

  it("works from the keyboard: the skip link, the side menu and a select", async () => {
    const clerk = await console_.signIn("centre-officer");
    const focused = (locator: ReturnType<Page["locator"]>) => locator.evaluate((node) => node === node.ownerDocument.activeElement);
    await clerk.keyboard.press("Tab");
    await expect(focused(clerk.getByRole("link", { name: "跳到主要内容" }))).resolves.toBe(true);
    await clerk.keyboard.press("Enter");
    await expect(focused(clerk.locator("#main"))).resolves.toBe(true);

    await clerk.getByRole("link", { name: "受理登记" }).focus();
    await clerk.keyboard.press("Enter");
    await clerk.getByLabel("纠纷类别", { exact: true }).focus();
    // The category is found by typing part of its name, and chosen with Enter.
    await clerk.keyboard.type("邻里");
    await clerk.locator(".ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option", { hasText: "邻里纠纷" }).waitFor();
    await clerk.keyboard.press("Enter");
    await formItemTitled(clerk, "纠纷类别").locator(".ant-select", { hasText: "邻里纠纷" }).waitFor();
    await clerk.keyboard.press("Tab");
    await clerk.keyboard.type("1800");
    await expect(clerk.getByLabel("争议金额（元）").inputValue()).resolves.toBe("1800");
    expect(console_.foreignRequests).toEqual([]);
  });

  it("sends a clerk whose session expired back to sign in, and restores what was typed", async () => {
    const clerk = await console_.signIn("centre-officer-brief");
    await clerk.getByRole("link", { name: "受理登记" }).click();
    await choose(clerk, "纠纷类别", "邻里纠纷");
    await clerk.getByLabel("事实经过").fill("楼上卫生间漏水导致楼下天花板受损。");
    await clerk.getByLabel("当事人 1 姓名").fill("高玉兰");
    // The token lasts BRIEF_TOKEN_SECONDS: the console itself notices its end and asks to sign in again.
    await clerk.getByText("登录已过期，请重新登录").waitFor({ timeout: (BRIEF_TOKEN_SECONDS + 10) * 1000 });
    await clerk.getByRole("button", { name: "以王晓燕登录" }).click();
    await clerk.getByLabel("事实经过").waitFor();
    expect(new URL(clerk.url()).pathname).toBe("/console/centre/receive");
    await expect(clerk.getByLabel("事实经过").inputValue()).resolves.toBe("楼上卫生间漏水导致楼下天花板受损。");
    await expect(clerk.getByLabel("当事人 1 姓名").inputValue()).resolves.toBe("高玉兰");
    await expect(
      formItemTitled(clerk, "纠纷类别").locator(".ant-select-content, .ant-select-selection-item").first().textContent(),
    ).resolves.toContain("邻里纠纷");
    expect(console_.foreignRequests).toEqual([]);
  });

  it("shows a second submission's duplicate candidate with its reasons before and after saving, and the clerk links it", async () => {
    const applicantId = uniqueIdNumber();
    const respondentId = uniqueIdNumber();
    const clerk = await console_.signIn("centre-officer");
    await fillTrafficDispute(clerk, applicantId, respondentId);
    const first = await submitReceipt(clerk);
    await clerk.getByRole("button", { name: "继续受理" }).click();
    await fillTrafficDispute(clerk, applicantId, respondentId);

    // Before saving: the graph's preview names the first submission and why, by intake's own matching.
    const preview = clerk.getByLabel(`${first} 的疑似重复理由（提交前）`, { exact: true });
    await preview.waitFor();
    await expect(preview.textContent()).resolves.toContain("当事人");
    await console_.screenshot(clerk, "centre-duplicate-preview");

    // After saving: the review names it again, and the clerk links it.
    await submitReceipt(clerk);
    const reasons = clerk.getByLabel(`${first} 的疑似重复理由`, { exact: true });
    await reasons.waitFor();
    await expect(reasons.textContent()).resolves.toContain("当事人");
    await console_.screenshot(clerk, "centre-duplicate-candidates");
    await clerk.getByRole("button", { name: `关联到 ${first}` }).click();
    await clerk
      .getByText(new RegExp(`关联至 ${first}`))
      .first()
      .waitFor();

    // A third telling of the same matter: submitted and linked from the preview in one step.
    await clerk.getByRole("button", { name: "继续受理" }).click();
    await fillTrafficDispute(clerk, applicantId, respondentId);
    await clerk.getByRole("button", { name: `提交并关联到 ${first}` }).click();
    await clerk.getByText(/^已受理，纠纷编号 /).waitFor();
    await clerk
      .getByText(new RegExp(`关联至 ${first}`))
      .first()
      .waitFor();
    expect(console_.foreignRequests).toEqual([]);
  });
});
