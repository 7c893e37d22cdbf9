// The printed documents in the console (Debian's Chromium), by clicking only: a judge opens the
// ruled application, prints the 民事裁定书 as an A4 page and downloads the same document as PDF.
import { readFile } from "node:fs/promises";
import { judge } from "../support/actors";
import { pdfText } from "../support/pdf-text";
import { expectData, mediateToAgreement, step } from "../e2e/steps";
import { startConsoleHub, type ConsoleHub } from "./console-harness";

jest.setTimeout(180_000);

let console_: ConsoleHub;
let applicationId: string;
let caseNumber: string;

beforeAll(async () => {
  console_ = await startConsoleHub();
  const { hub, org } = console_;
  const mediated = await mediateToAgreement(hub, org);
  applicationId = expectData(await step.fileApplication(hub, org, mediated.caseId, [mediated.applicantId, mediated.respondentId]))
    .fileConfirmationApplication.id;
  caseNumber = expectData(await step.acceptApplication(hub, applicationId, org.courtId)).decideConfirmationAcceptance.caseNumber;
  expectData(await step.startReview(hub, applicationId, org.courtId));
  expectData(await step.rule(hub, applicationId, judge(org.courtId)));
}, 150_000);

afterAll(async () => {
  await console_?.stop();
});

describe("printable documents in the console", () => {
  it("shows the 民事裁定书 as an A4 page with its number and hash, and downloads the same document as PDF", async () => {
    const page = await console_.signIn("judge");
    await page.goto(`${console_.origin}/console/court/application/${applicationId}`);
    await page.getByText("打印文书：").waitFor();

    for (const [link, name] of [
      ["司法确认申请书", "document-confirmation-application"],
      ["受理通知书", "document-acceptance-notice"],
    ] as const) {
      await page.getByRole("link", { name: link }).click();
      await page.getByRole("article", { name: new RegExp(`^${link} `) }).waitFor();
      await console_.screenshot(page, name);
      await page.goBack();
      await page.getByText("打印文书：").waitFor();
    }

    await page.getByRole("link", { name: "民事裁定书" }).click();
    const sheet = page.getByRole("article", { name: `民事裁定书 ${caseNumber}` });
    await sheet.waitFor();
    const text = (await sheet.textContent()) ?? "";
    expect(text).toContain("包头市东河区人民法院");
    expect(text).toContain("巴特尔");
    expect(text).toContain("十五日内向本院提出异议");
    const hash = (await page.getByLabel("校验码").textContent()) ?? "";
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    await console_.screenshot(page, "document-confirmation-ruling");

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "下载 PDF" }).click()]);
    const file = await download.path();
    const pdf = await readFile(file);
    const pdfBody = (await pdfText(pdf)).replace(/\s+/g, "");
    // The page and the server's PDF are one text: the same number and the same hash.
    expect(pdfBody).toContain(caseNumber);
    expect(pdfBody).toContain(hash);
    expect(console_.foreignRequests).toEqual([]);
    await page.close();
  });
});
