import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { OBJECTION_NOTICE, verifyDocument, type LegalDocument } from "@hub/documents";
import { courtClerk, judge, mediator } from "../support/actors";
import { startHub, type RunningHub } from "../support/hub-harness";
import { pdfText } from "../support/pdf-text";
import { seedOrganisations } from "./seed";
import { expectData, mediateToAgreement, step } from "./steps";

/**
 * The printed documents from the server: laid out from the graph's data, read with the caller's
 * own token (authorization and masking apply), with Noto Serif SC embedded and a verification hash.
 */
const ARTIFACTS = path.join(__dirname, "..", "..", "test-artifacts", "documents");
let hub: RunningHub;
let origin: string;
let org: Awaited<ReturnType<typeof seedOrganisations>>;
let ruled: { applicationId: string; caseNumber: string; agreementId: string };

beforeAll(async () => {
  hub = await startHub();
  origin = new URL(hub.gatewayUrl).origin;
  org = await seedOrganisations(hub);
  const mediated = await mediateToAgreement(hub, org);
  const application = expectData(
    await step.fileApplication(hub, org, mediated.caseId, [mediated.applicantId, mediated.respondentId]),
  ).fileConfirmationApplication;
  const { caseNumber } = expectData(await step.acceptApplication(hub, application.id, org.courtId)).decideConfirmationAcceptance;
  expectData(await step.startReview(hub, application.id, org.courtId));
  expectData(await step.rule(hub, application.id, judge(org.courtId)));
  ruled = { applicationId: application.id, caseNumber, agreementId: mediated.agreementId };
}, 120_000);
afterAll(() => hub.stop());

async function download(path: string, as: Parameters<RunningHub["tokenFor"]>[0] | null) {
  const headers: Record<string, string> = as ? { authorization: `Bearer ${await hub.tokenFor(as)}` } : {};
  return fetch(`${origin}${path}`, { headers });
}

describe("GET /documents/confirmation-ruling/<id>.pdf: the 民事裁定书 of a confirmation ruling", () => {
  it("prints the case number, the applicants' names, the objection notice (解释 372) and enforcement (民事诉讼法 250) in an embedded CJK font", async () => {
    const response = await download(`/documents/confirmation-ruling/${ruled.applicationId}.pdf`, judge(org.courtId));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("cache-control")).toBe("no-store");
    const pdf = Buffer.from(await response.arrayBuffer());
    await mkdir(ARTIFACTS, { recursive: true });
    await writeFile(path.join(ARTIFACTS, "confirmation-ruling.pdf"), pdf);
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");

    const text = (await pdfText(pdf)).replace(/\s+/g, "");
    expect(ruled.caseNumber).toMatch(/^[（(]\d{4}[）)]内0202民特\d+号$/);
    expect(text).toContain(ruled.caseNumber);
    expect(text).toContain("包头市东河区人民法院");
    expect(text).toContain("民事裁定书");
    expect(text).toContain("巴特尔");
    expect(text).toContain("王建国");
    expect(text).toContain("调解协议有效");
    expect(text).toContain(OBJECTION_NOTICE.replace(/\s+/g, ""));
    expect(text).toContain("十五日内向本院提出异议");
    expect(text).toContain("第二百五十条");

    // The font objects: a subset of Noto Serif SC embedded as a TrueType font program (FontFile2), no standard 14 font used.
    const raw = pdf.toString("latin1");
    expect(raw).toMatch(/\/BaseFont\s*\/[A-Z]{6}\+NotoSerifSC-Regular/);
    expect(raw).toMatch(/\/FontFile2\s+\d+\s+0\s+R/);
    expect(raw).toMatch(/\/ToUnicode\s+\d+\s+0\s+R/);
    expect(raw).not.toMatch(/\/BaseFont\s*\/Helvetica/);
  });

  it("shows the verification hash, which the document's text reproduces (SHA-256 over its canonical form)", async () => {
    const json = await download(`/documents/confirmation-ruling/${ruled.applicationId}.json`, judge(org.courtId));
    expect(json.status).toBe(200);
    const document = (await json.json()) as LegalDocument;
    expect(document.number).toBe(ruled.caseNumber);
    await expect(verifyDocument(document)).resolves.toBe(true);
    await expect(verifyDocument({ ...document, number: `${document.number}改` })).resolves.toBe(false);

    const pdf = await download(`/documents/confirmation-ruling/${ruled.applicationId}.pdf`, judge(org.courtId));
    expect(pdf.headers.get("x-document-hash")).toBe(`sha-256=${document.verification.hash}`);
    const text = (await pdfText(Buffer.from(await pdf.arrayBuffer()))).replace(/\s+/g, "");
    expect(text).toContain(document.verification.hash);
  });

  it("is refused to an anonymous caller and to a judge of another court; a document not yet due is refused with its reason", async () => {
    const anonymous = await download(`/documents/confirmation-ruling/${ruled.applicationId}.pdf`, null);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get("content-type")).toContain("application/json");

    const elsewhere = await download(
      `/documents/confirmation-ruling/${ruled.applicationId}.pdf`,
      // 准格尔旗人民法院's judge: another court, another county.
      { ...judge("00000000-0000-4000-8000-0000000c0de0"), jurisdictionCode: "150622" },
    );
    expect([403, 404]).toContain(elsewhere.status);
    expect(elsewhere.headers.get("content-type")).toContain("application/json");

    const mediated = await mediateToAgreement(hub, org);
    const filed = expectData(
      await step.fileApplication(hub, org, mediated.caseId, [mediated.applicantId, mediated.respondentId]),
    ).fileConfirmationApplication;
    const early = await download(`/documents/confirmation-ruling/${filed.id}.pdf`, courtClerk(org.courtId));
    expect(early.status).toBe(409);
    const body = (await early.json()) as { errors: { extensions: { messageZh: string } }[] };
    expect(body.errors[0]?.extensions.messageZh).toBe("该申请尚未作出裁定，没有民事裁定书");
  });

  it("prints the 受理通知书 and 司法确认申请书 from the same application, and the 人民调解协议书 from the agreement", async () => {
    const notice = (await (
      await download(`/documents/acceptance-notice/${ruled.applicationId}.json`, courtClerk(org.courtId))
    ).json()) as LegalDocument;
    expect(notice.title).toBe("受理通知书");
    expect(notice.number).toBe(ruled.caseNumber);
    const application = (await (
      await download(`/documents/confirmation-application/${ruled.applicationId}.json`, courtClerk(org.courtId))
    ).json()) as LegalDocument;
    expect(application.blocks.map((block) => ("text" in block ? block.text : "")).join("")).toContain("巴特尔");
    const agreement = await download(`/documents/mediation-agreement/${ruled.agreementId}.json`, mediator(org.committeeId));
    // An oral agreement is recorded by the mediator, not printed as an agreement (人民调解法 art 30).
    expect(agreement.status).toBe(409);
  });
});
