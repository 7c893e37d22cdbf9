import type { DocumentConfirmationApplicationQuery, DocumentMediationAgreementQuery } from "@hub/sdk";
import {
  acceptanceNoticeText,
  chineseDate,
  confirmationRulingText,
  DocumentNotReady,
  mediationAgreementText,
  OBJECTION_NOTICE,
  verifyDocument,
  withVerification,
  type DocumentText,
} from "../src";

type Application = DocumentConfirmationApplicationQuery["confirmationApplication"];

const ruled = (overrides: Partial<Application> = {}): Application => ({
  id: "a1",
  status: "CONFIRMED_VALID",
  caseNumber: "（2026）内0202民特15号",
  filedAt: "2026-12-01T02:00:00.000Z",
  applicantPartyIds: ["p1", "p2"],
  acceptedAt: "2026-12-02T02:00:00.000Z",
  acceptanceDecidedAt: "2026-12-02T02:00:00.000Z",
  acceptanceReason: null,
  conclusionDueAt: "2027-01-01T02:00:00.000Z",
  notAcceptedGround: null,
  rulingOutcome: "VALID",
  rejectionGround: null,
  rulingReasoning: "调解协议系双方自愿达成。",
  ruledAt: "2026-12-20T17:00:00.000Z",
  enforcementDeadline: "2028-12-31T15:59:59.000Z",
  objectionDeadline: null,
  court: { id: "c1", name: "包头市东河区人民法院" },
  ruledBy: { id: "j1", name: "刘志强" },
  dispute: {
    id: "d1",
    number: "150202-2026-7",
    parties: [
      { id: "p1", role: "APPLICANT", kind: "PERSON", name: "巴特尔", idNumberMasked: "150202************" },
      { id: "p2", role: "RESPONDENT", kind: "PERSON", name: "王建国", idNumberMasked: "150202************" },
    ],
  },
  mediationCase: {
    id: "m1",
    committee: { id: "k1", name: "东河区道路交通事故纠纷人民调解委员会" },
    agreement: {
      id: "g1",
      reachedAt: "2026-11-30T02:00:00.000Z",
      effectiveAt: "2026-11-30T02:00:00.000Z",
      facts: "被申请人驾车追尾申请人车辆。",
      disputedPoints: "维修费用的数额。",
      responsibility: "被申请人负全部责任。",
      terms: [
        {
          id: "t1",
          position: 1,
          obligorPartyId: "p2",
          obligeePartyId: "p1",
          obligation: "赔偿车辆维修费人民币7500元",
          manner: "银行转账",
          place: "包头市东河区",
          deadline: "2026-12-31T15:59:59.000Z",
        },
      ],
    },
  },
  ...overrides,
});

const printed = (text: DocumentText) =>
  [text.title, text.number, ...text.blocks.flatMap((b) => ("text" in b ? [b.text] : b.lines))].join("\n");

describe("民事裁定书 (民事诉讼法 art 206)", () => {
  it("confirms the agreement: the terms, enforcement within two years (民事诉讼法 250) and the objection period (解释 372)", () => {
    const text = printed(confirmationRulingText(ruled()));
    expect(text).toContain("（2026）内0202民特15号");
    expect(text).toContain("申请人：巴特尔，公民身份号码150202************。");
    expect(text).toContain("王建国于2026年12月31日前向巴特尔赔偿车辆维修费人民币7500元（履行方式：银行转账；履行地点：包头市东河区");
    expect(text).toContain("经东河区道路交通事故纠纷人民调解委员会主持调解达成的人民调解协议有效。");
    expect(text).toContain("申请执行的期间为二年");
    expect(text).toContain("即至2028年12月31日止（《中华人民共和国民事诉讼法》第二百五十条）");
    expect(text).toContain(OBJECTION_NOTICE);
    expect(OBJECTION_NOTICE).toContain("十五日内");
    expect(OBJECTION_NOTICE).toContain("六个月内");
    // Ruled at 01:00 on 21 December, Beijing time.
    expect(text).toContain("二〇二六年十二月二十一日");
    expect(text).not.toContain("驳回");
  });

  it("rejects the application with its 解释 358 item, tells the parties' routes, and has no enforcement notice", () => {
    const text = printed(
      confirmationRulingText(
        ruled({
          rulingOutcome: "REJECTED",
          rejectionGround: "UNCLEAR_CONTENT",
          rulingReasoning: "协议约定的履行方式不明确。",
          enforcementDeadline: null,
        }),
      ),
    );
    expect(text).toContain("第三百五十八条第五项规定，裁定如下：");
    expect(text).toContain("驳回申请人巴特尔与王建国关于确认");
    expect(text).toContain("也可以向人民法院提起诉讼");
    expect(text).toContain(OBJECTION_NOTICE);
    expect(text).not.toContain("申请执行的期间");
    expect(text).not.toContain("协议有效。");
  });

  it("is not printed before the ruling, nor the 受理通知书 before acceptance", () => {
    expect(() => confirmationRulingText(ruled({ rulingOutcome: null, ruledAt: null }))).toThrow(DocumentNotReady);
    expect(() => acceptanceNoticeText(ruled({ caseNumber: null, acceptedAt: null }))).toThrow(DocumentNotReady);
    expect(printed(acceptanceNoticeText(ruled()))).toContain("于2027年1月1日前审结");
  });
});

describe("the verification hash", () => {
  it("is the SHA-256 of the printed text: the same text gives the same hash, any change is caught", async () => {
    const document = await withVerification(confirmationRulingText(ruled()));
    expect(document.verification.hash).toMatch(/^[0-9a-f]{64}$/);
    expect((await withVerification(confirmationRulingText(ruled()))).verification.hash).toBe(document.verification.hash);
    await expect(verifyDocument(document)).resolves.toBe(true);
    const altered = {
      ...document,
      blocks: document.blocks.map((b) => (b.kind === "paragraph" ? { ...b, text: b.text.replace("7500", "750") } : b)),
    };
    await expect(verifyDocument(altered)).resolves.toBe(false);
  });
});

describe("chineseDate", () => {
  it("writes the Beijing date in Chinese numerals", () => {
    expect(chineseDate("2026-12-06T15:59:00.000Z")).toBe("二〇二六年十二月六日");
    expect(chineseDate("2026-12-06T16:00:00.000Z")).toBe("二〇二六年十二月七日");
    expect(chineseDate("2030-10-10T02:00:00.000Z")).toBe("二〇三〇年十月十日");
    expect(chineseDate("2027-01-30T02:00:00.000Z")).toBe("二〇二七年一月三十日");
  });
});

describe("人民调解协议书 (人民调解法 arts 28-29)", () => {
  const agreement = (overrides: Partial<DocumentMediationAgreementQuery["mediationAgreement"]> = {}) => {
    const application = ruled();
    const base = application.mediationCase?.agreement;
    const dispute = application.dispute;
    if (!base || !dispute) throw new Error("fixture");
    return {
      id: "g1",
      form: "WRITTEN" as const,
      status: "EFFECTIVE" as const,
      reachedAt: base.reachedAt,
      effectiveAt: "2026-11-30T04:00:00.000Z",
      partyIds: ["p1", "p2"],
      facts: base.facts,
      disputedPoints: base.disputedPoints,
      responsibility: base.responsibility,
      sealedAt: "2026-11-30T04:00:00.000Z",
      mediatorSigned: true,
      terms: base.terms,
      signatures: [
        { id: "s1", signer: "PARTY" as const, partyId: "p1", method: "FINGERPRINT" as const, signedAt: "2026-11-30T03:00:00.000Z" },
        { id: "s2", signer: "PARTY" as const, partyId: "p2", method: "SIGNATURE" as const, signedAt: "2026-11-30T03:10:00.000Z" },
        { id: "s3", signer: "MEDIATOR" as const, partyId: null, method: "SIGNATURE" as const, signedAt: "2026-11-30T03:20:00.000Z" },
      ],
      mediator: { id: "md1", name: "张其木格" },
      mediationCase: { id: "m1", committee: { id: "k1", name: "东河区道路交通事故纠纷人民调解委员会" }, dispute },
      ...overrides,
    };
  };

  it("lays out parties, facts, disputed points, responsibility, terms with manner, place and deadline, signatures, seal and date", () => {
    const text = mediationAgreementText(agreement());
    expect(text.number).toBe("150202-2026-7");
    const body = printed(text);
    expect(body).toContain("当事人（申请人）：巴特尔，公民身份号码150202************。");
    expect(body).toContain("被申请人驾车追尾申请人车辆。");
    expect(body).toContain("争议事项：维修费用的数额。");
    expect(body).toContain("责任分担：被申请人负全部责任。");
    expect(body).toContain("履行方式：银行转账；履行地点：包头市东河区；履行期限：2026年12月31日前");
    expect(body).toContain("当事人：巴特尔（按指印，2026年11月30日）");
    expect(body).toContain("人民调解员：张其木格（签名，2026年11月30日）");
    expect(body).toContain("（人民调解委员会印，2026年11月30日加盖）");
    expect(body).toContain("本协议一式3份");
  });

  it("says what is missing before it takes effect, and refuses an oral agreement (人民调解法 art 30)", () => {
    const unsigned = printed(mediationAgreementText(agreement({ effectiveAt: null, sealedAt: null, signatures: [] })));
    expect(unsigned).toContain("当事人：王建国（尚未签名）");
    expect(unsigned).toContain("（人民调解委员会印：尚未加盖）");
    expect(unsigned).toContain("尚未生效：签名、盖章未齐");
    expect(() => mediationAgreementText(agreement({ form: "ORAL" }))).toThrow(DocumentNotReady);
  });
});
