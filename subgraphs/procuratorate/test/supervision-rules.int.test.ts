import { randomUUID } from "node:crypto";
import { prosecutor } from "../../../tests/support/actors";
import { startSubgraph, type RunningSubgraph } from "../../../tests/support/subgraph-harness";
import { createProcuratorateServer, type ProcuratorateServer } from "../src/server";
import { newDisputeId, supervisionInput } from "./fixtures";
import { LeadGraph } from "./lead-graph";

/** A China Standard Time wall-clock time as an instant. */
const cst = (text: string) => new Date(`${text}+08:00`);

const PROCURATORATE_ID = "procuratorate-150202-rules";
const CASE_FIELDS = `id grounds source subjectKind subjectId applicantPartyId publicInterestHarmed decisionDueAt decisionOverdue
  decisionCalendarMissingFor outcome`;
const OPEN = `mutation($input: OpenSupervisionCaseInput!) { openSupervisionCase(input: $input) { ${CASE_FIELDS} } }`;
const OPEN_FROM_LEAD = `mutation($input: OpenSupervisionCaseFromLeadInput!) { openSupervisionCaseFromLead(input: $input) { ${CASE_FIELDS} } }`;
const CONCLUDE = `mutation($input: ConcludeSupervisionInput!) { concludeSupervision(input: $input) { ${CASE_FIELDS} } }`;
const READ = `query($id: ID!) { supervisionCase(id: $id) { ${CASE_FIELDS} } }`;

type Case = Record<string, unknown> & { id: string };

const graph = new LeadGraph();
let now = cst("2026-11-30T10:00");
let sub: RunningSubgraph<ProcuratorateServer>;
const officer = prosecutor(PROCURATORATE_ID);

beforeAll(async () => {
  sub = await startSubgraph("procuratorate", (options) => createProcuratorateServer({ ...options, graph }), { clock: () => now });
});
afterAll(() => sub.stop());

const open = (input: Record<string, unknown>) =>
  sub.request<{ openSupervisionCase: Case }>(OPEN, { input: supervisionInput(input) }, officer);
const openFromLead = (input: Record<string, unknown>) =>
  sub.request<{ openSupervisionCaseFromLead: Case }>(OPEN_FROM_LEAD, { input: { summary: "依职权监督", ...input } }, officer);
const conclude = (caseId: string, outcome: string, extra: Record<string, unknown> = {}) =>
  sub.request<{ concludeSupervision: Case }>(CONCLUDE, { input: { caseId, outcome, summary: "审查结论。", ...extra } }, officer);

async function opened<T extends Record<string, Case>>(result: Promise<{ data?: T | null; errors?: unknown }>): Promise<Case> {
  const { data, errors } = await result;
  if (errors || !data) throw new Error(JSON.stringify(errors));
  const value = Object.values(data)[0];
  if (!value) throw new Error("nothing opened");
  return value;
}

/** A party's application against a ruling made on a fresh dispute. */
function application(overrides: Record<string, unknown> = {}) {
  const disputeId = newDisputeId();
  return {
    disputeId,
    grounds: "PARTY_APPLICATION",
    subjectKind: "CONFIRMATION_RULING",
    subjectId: graph.addRuling(disputeId),
    applicantPartyId: randomUUID(),
    ...overrides,
  };
}

describe("民事诉讼法 art 220: a party's application for supervision", () => {
  it("民事诉讼法 art 220: records the ruling and the applying party, to be decided within 3 months (to the corresponding date, 民法典 art 202)", async () => {
    now = cst("2026-11-30T10:00");
    const input = application();
    const created = await opened(open(input));
    expect(created).toMatchObject({
      grounds: "PARTY_APPLICATION",
      source: "PARTY_APPLICATION",
      subjectKind: "CONFIRMATION_RULING",
      subjectId: input.subjectId,
      applicantPartyId: input.applicantPartyId,
      // 2026-11-30 + 3 months: 2027-02-28 has no 30th, so the month's last day, a Sunday → Monday 03-01 (on weekends alone: 2027 is not in the calendar).
      decisionDueAt: cst("2027-03-01T23:59:59.999").toISOString(),
      decisionOverdue: false,
      decisionCalendarMissingFor: [2027],
    });
    now = cst("2027-03-02T09:00");
    const read = await sub.request<{ supervisionCase: Case }>(READ, { id: created.id }, officer);
    expect(read.data?.supervisionCase.decisionOverdue).toBe(true);
    now = cst("2026-11-30T10:00");
  });

  it("民事诉讼法 art 220: refuses a second application by the same party against the same ruling; another party, or another ruling, may apply", async () => {
    const first = application();
    await opened(open(first));
    const again = await open({ ...first, summary: "再次申请监督。" });
    expect(again.errors?.[0]?.extensions).toMatchObject({
      code: "REFUSED_BY_RULE",
      rule: "民事诉讼法 art 220",
      field: "input.applicantPartyId",
    });
    await opened(open({ ...first, applicantPartyId: randomUUID() }));
    await opened(open({ ...first, subjectId: graph.addRuling(first.disputeId) }));
  });

  it("民事诉讼法 art 220: lets only one of two simultaneous applications of one party against one ruling through", async () => {
    const input = application();
    const results = await Promise.all([open(input), open({ ...input, summary: "同时提交的另一份申请。" })]);
    expect(results.filter((result) => !result.errors)).toHaveLength(1);
    expect(results.find((result) => result.errors)?.errors?.[0]?.extensions).toMatchObject({
      code: "REFUSED_BY_RULE",
      rule: "民事诉讼法 art 220",
    });
  });

  it.each([
    ["no ruling named", { subjectKind: null, subjectId: null }, "REFUSED_BY_RULE", "input.subjectKind"],
    ["an agreement instead of a ruling", { subjectKind: "MEDIATION_AGREEMENT" }, "REFUSED_BY_RULE", "input.subjectKind"],
    ["no applying party", { applicantPartyId: null }, "BAD_USER_INPUT", "input.applicantPartyId"],
  ])("民事诉讼法 art 220: refuses an application with %s", async (_case, overrides, code, field) => {
    const { errors } = await open(application(overrides));
    expect(errors?.[0]?.extensions).toMatchObject({ code, field });
  });

  it("民事诉讼法 art 219: refuses a ruling of another dispute, and an application not yet ruled on", async () => {
    const other = await open(application({ subjectId: graph.addRuling(newDisputeId()) }));
    expect(other.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.subjectId" });
    const disputeId = newDisputeId();
    const unruled = await open(application({ disputeId, subjectId: graph.addRuling(disputeId, null) }));
    expect(unruled.errors?.[0]?.extensions).toMatchObject({ code: "REFUSED_BY_RULE", field: "input.subjectId" });
  });

  it("民事诉讼法 art 220: an own-motion case has no 3-month limit and no applicant", async () => {
    const created = await opened(open({ grounds: "FALSE_LITIGATION" }));
    expect(created).toMatchObject({ source: "OWN_MOTION", decisionDueAt: null, decisionOverdue: false, decisionCalendarMissingFor: [] });
    const withApplicant = await open({ grounds: "FALSE_LITIGATION", applicantPartyId: randomUUID() });
    expect(withApplicant.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.applicantPartyId" });
  });
});

describe("人民检察院民事诉讼监督规则 art 37(4)-(5): own-motion grounds recorded when opening", () => {
  it.each(["FLAWED_PUBLIC_INTEREST_CASE", "FOLLOW_UP_SUPERVISION"])(
    "监督规则 art 37: opens a case on %s from a ruling as the procuratorate's own motion",
    async (grounds) => {
      const disputeId = newDisputeId();
      const created = await opened(openFromLead({ leadKind: "CONFIRMATION_RULING", leadId: graph.addRuling(disputeId), grounds }));
      expect(created).toMatchObject({ grounds, source: "OWN_MOTION", subjectKind: "CONFIRMATION_RULING" });
      const stored = await sub.server.db.supervisionCase.findUniqueOrThrow({ where: { id: created.id } });
      expect(stored).toMatchObject({ disputeId, grounds });
    },
  );

  it("监督规则 art 37: refuses a party's application ground on the own-motion path", async () => {
    const { errors } = await openFromLead({
      leadKind: "CONFIRMATION_RULING",
      leadId: graph.addRuling(newDisputeId()),
      grounds: "PARTY_APPLICATION",
    });
    expect(errors?.[0]?.extensions).toMatchObject({
      code: "REFUSED_BY_RULE",
      field: "input.grounds",
      rule: "人民检察院民事诉讼监督规则 (2021) art 37",
    });
  });
});

describe("民诉法解释 411-412: no 抗诉 and no 再审检察建议 against a confirmation ruling but on state or public interest", () => {
  it.each(["PROTEST", "RETRIAL_SUGGESTION"])(
    "民诉法解释 411-412: refuses %s on a party's application that found no harm to state or public interest",
    async (outcome) => {
      const created = await opened(open(application()));
      const { errors } = await conclude(created.id, outcome);
      expect(errors?.[0]?.extensions).toMatchObject({ code: "REFUSED_BY_RULE", rule: "民诉法解释 411-412", field: "input.outcome" });
    },
  );

  it("民诉法解释 411: allows a 再审检察建议 on a party's application when the review found public interest harmed, and records the finding", async () => {
    const created = await opened(open(application()));
    const { data, errors } = await conclude(created.id, "RETRIAL_SUGGESTION", { publicInterestHarmed: true });
    expect(errors).toBeUndefined();
    expect(data?.concludeSupervision).toMatchObject({ outcome: "RETRIAL_SUGGESTION", publicInterestHarmed: true });
  });

  it("民诉法解释 411-412: an ordinary 检察建议 on misconduct stays open against a ruling on any ground", async () => {
    const created = await opened(open(application()));
    const { data, errors } = await conclude(created.id, "PROCURATORIAL_SUGGESTION");
    expect(errors).toBeUndefined();
    expect(data?.concludeSupervision.outcome).toBe("PROCURATORIAL_SUGGESTION");
  });

  it("民诉法解释 411-412: refuses a 抗诉 on an own-motion case against a ruling for false litigation, and allows it on state or public interest", async () => {
    const disputeId = newDisputeId();
    const subject = { disputeId, subjectKind: "CONFIRMATION_RULING", subjectId: graph.addRuling(disputeId) };
    const falseLitigation = await opened(open({ ...subject, grounds: "FALSE_LITIGATION" }));
    const refused = await conclude(falseLitigation.id, "PROTEST");
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: "REFUSED_BY_RULE", rule: "民诉法解释 411-412" });

    const publicInterest = await opened(open({ ...subject, grounds: "STATE_OR_PUBLIC_INTEREST" }));
    const allowed = await conclude(publicInterest.id, "PROTEST");
    expect(allowed.errors).toBeUndefined();
    expect(allowed.data?.concludeSupervision).toMatchObject({ outcome: "PROTEST", publicInterestHarmed: true });
  });

  it("民诉法解释 411-412: refuses a 再审检察建议 on a case opened from a ruling lead for false litigation", async () => {
    const created = await opened(
      openFromLead({ leadKind: "CONFIRMATION_RULING", leadId: graph.addRuling(newDisputeId()), grounds: "FALSE_LITIGATION" }),
    );
    const { errors } = await conclude(created.id, "RETRIAL_SUGGESTION");
    expect(errors?.[0]?.extensions).toMatchObject({ code: "REFUSED_BY_RULE", rule: "民诉法解释 411-412" });
  });

  it.each(["PROTEST", "RETRIAL_SUGGESTION"])(
    "民诉法解释 411-412: a mediation-agreement lead cannot end in %s even on public interest (no court act); a 检察建议 can",
    async (outcome) => {
      const lead = { leadKind: "MEDIATION_AGREEMENT", leadId: graph.addAgreement(newDisputeId()), grounds: "STATE_OR_PUBLIC_INTEREST" };
      const created = await opened(openFromLead(lead));
      const { errors } = await conclude(created.id, outcome, { publicInterestHarmed: true });
      expect(errors?.[0]?.extensions).toMatchObject({ code: "REFUSED_BY_RULE", field: "input.outcome" });
      expect(String(errors?.[0]?.extensions?.rule)).toContain("民诉法解释 411-412");
      const suggestion = await conclude(created.id, "PROCURATORIAL_SUGGESTION");
      expect(suggestion.errors).toBeUndefined();
    },
  );
});
