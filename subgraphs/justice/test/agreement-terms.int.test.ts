import { mediator } from "../../../tests/support/actors";
import type { RunningSubgraph } from "../../../tests/support/subgraph-harness";
import type { JusticeServer } from "../src/server";
import { seedCommittee, seedMediator, startJusticeWithStub } from "./fixtures";
import { AGREE, agreementInput, caseSteps } from "./mediation-helpers";
import type { StubGraph } from "./stub-graph";

const ART_29 = "人民调解法 art 29";
const TERMS = `query($id: ID!) { mediationAgreement(id: $id) {
  terms { position subject deadline instalments { number content deadline } }
} }`;

let justice: RunningSubgraph<JusticeServer>;
let graph: StubGraph;
let committeeId: string;
let mediatorId: string;
const { call, ok, openCase } = caseSteps(
  () => justice,
  () => graph,
);
const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString();

beforeAll(async () => {
  ({ justice, graph } = await startJusticeWithStub());
  committeeId = (await seedCommittee(justice.server.db)).id;
  mediatorId = (await seedMediator(justice.server.db, committeeId)).id;
});
afterAll(() => justice.stop());

async function termsOf(agreementId: string) {
  const { data, errors } = await justice.request<any>(TERMS, { id: agreementId }, mediator(committeeId));
  if (errors) throw new Error(JSON.stringify(errors));
  return data.mediationAgreement.terms;
}

describe("what each term is about, for the court (民诉法解释 355(3))", () => {
  it("records each term's subject, a status-relationship term among property terms included, for the court to judge by the term", async () => {
    const { caseId, applicant, respondent } = await openCase(committeeId, mediatorId);
    const base = agreementInput(caseId, applicant, respondent);
    const [term] = base.terms;
    const reached = await ok(
      AGREE,
      {
        ...base,
        terms: [
          { ...term, subject: "PAYMENT", obligation: "返还彩礼30000元" },
          { ...term, subject: "PROPERTY", obligation: "离婚后共有房屋归申请人所有" },
          { ...term, subject: "STATUS_PARENTAGE", obligation: "确认申请人与孩子的亲子关系" },
        ],
      },
      mediator(committeeId),
    );
    const terms = await termsOf(reached.agreement.id);
    expect(terms.map((t: { subject: string }) => t.subject)).toEqual(["PAYMENT", "PROPERTY", "STATUS_PARENTAGE"]);
    const event = await justice.server.db.eventLog.findFirstOrThrow({
      where: { type: "mediation.agreement_reached", subjectId: reached.agreement.id },
    });
    expect(event.payload).toMatchObject({ termSubjects: ["PAYMENT", "PROPERTY", "STATUS_PARENTAGE"] });
  });

  it("refuses a term without a subject, or with one the hub does not know", async () => {
    const { caseId, applicant, respondent } = await openCase(committeeId, mediatorId);
    const base = agreementInput(caseId, applicant, respondent);
    const { subject: _subject, ...unclassified } = base.terms[0] as Record<string, unknown>;
    for (const term of [unclassified, { ...base.terms[0], subject: "DIVORCE" }]) {
      const { data, errors } = await call(AGREE, { ...base, terms: [term] }, mediator(committeeId));
      expect(data).toBeUndefined();
      expect(errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    }
  });
});

describe(`instalments and the last day of performance (人民调解法 art 29; 民事诉讼法 art 250 ¶2)`, () => {
  it("takes a term's deadline from its last instalment and lists the instalments in order", async () => {
    const { caseId, applicant, respondent } = await openCase(committeeId, mediatorId);
    const base = agreementInput(caseId, applicant, respondent);
    const { deadline: _deadline, ...term } = base.terms[0] as Record<string, unknown>;
    const instalments = [
      { content: "第一期支付3000元", deadline: day(10) },
      { content: "第二期支付3000元", deadline: day(40) },
      { content: "第三期支付2000元", deadline: day(70) },
    ];
    const [single] = base.terms;
    const reached = await ok(AGREE, { ...base, terms: [{ ...term, instalments }, single] }, mediator(committeeId));
    const [inParts, atOnce] = await termsOf(reached.agreement.id);
    expect(inParts).toMatchObject({
      position: 1,
      deadline: instalments[2]?.deadline,
      instalments: instalments.map((i, n) => ({ ...i, number: n + 1 })),
    });
    expect(atOnce).toMatchObject({ position: 2, deadline: single?.deadline, instalments: [] });
  });

  it(`refuses instalments out of order, a single instalment, and a deadline other than the last instalment's (人民调解法 art 29)`, async () => {
    const { caseId, applicant, respondent } = await openCase(committeeId, mediatorId);
    const base = agreementInput(caseId, applicant, respondent);
    const term = base.terms[0];
    const cases: [Record<string, unknown>, string][] = [
      [
        {
          ...term,
          instalments: [
            { content: "第一期", deadline: day(40) },
            { content: "第二期", deadline: day(10) },
          ],
        },
        "input.terms.0.instalments.1.deadline",
      ],
      [{ ...term, instalments: [{ content: "一次付清", deadline: day(10) }] }, "input.terms.0.instalments"],
      [
        {
          ...term,
          instalments: [
            { content: "第一期", deadline: day(10) },
            { content: " ", deadline: day(20) },
          ],
        },
        "input.terms.0.instalments.1.content",
      ],
      [
        {
          ...term,
          deadline: day(15),
          instalments: [
            { content: "第一期", deadline: day(10) },
            { content: "第二期", deadline: day(20) },
          ],
        },
        "input.terms.0.deadline",
      ],
    ];
    for (const [bad, field] of cases) {
      const { data, errors } = await call(AGREE, { ...base, terms: [bad] }, mediator(committeeId));
      expect(data).toBeNull();
      expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field, rule: ART_29 });
    }
    expect((await justice.server.db.mediationCase.findUniqueOrThrow({ where: { id: caseId } })).status).toBe("IN_SESSION");
  });
});
