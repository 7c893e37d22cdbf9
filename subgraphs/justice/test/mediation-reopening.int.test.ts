import { randomUUID } from "node:crypto";
import { mediator } from "../../../tests/support/actors";
import type { RunningSubgraph } from "../../../tests/support/subgraph-harness";
import type { JusticeServer } from "../src/server";
import { BILINGUAL, seedCommittee, seedMediator, startJusticeWithStub } from "./fixtures";
import { ACCEPT, AGREE, agreementInput, caseSteps, FAIL, REFUSE, SIGN } from "./mediation-helpers";
import type { StubGraph } from "./stub-graph";

const CPL_206 = "民事诉讼法 art 206";
const ART_17 = "人民调解法 art 17";
const ROUTES = ["ARBITRATION", "ADMINISTRATIVE", "LITIGATION"];
const CASE = `query($id: ID!) { mediationCase(id: $id) {
  id status confirmationRejectedAt rejectedApplicationId consents { partyId statement }
  agreement { id status }
} }`;

let justice: RunningSubgraph<JusticeServer>;
let graph: StubGraph;
let committeeId: string;
let otherCommitteeId: string;
let mediatorId: string;
const { call, ok, openCase } = caseSteps(
  () => justice,
  () => graph,
);
const as = () => mediator(committeeId);

beforeAll(async () => {
  ({ justice, graph } = await startJusticeWithStub());
  committeeId = (await seedCommittee(justice.server.db)).id;
  otherCommitteeId = (await seedCommittee(justice.server.db)).id;
  mediatorId = (await seedMediator(justice.server.db, committeeId)).id;
});
afterAll(() => justice.stop());

async function readCase(id: string) {
  const { data, errors } = await justice.request<any>(CASE, { id }, as());
  if (errors) throw new Error(JSON.stringify(errors));
  return data.mediationCase;
}

/** A case whose oral agreement took effect at once (人民调解法 art 30). */
async function agreedCase() {
  const opened = await openCase(committeeId, mediatorId);
  const reached = await ok(AGREE, agreementInput(opened.caseId, opened.applicant, opened.respondent, { form: "ORAL" }), as());
  return { ...opened, agreementId: reached.agreement.id as string };
}

function courtRules(
  dispute: { confirmationApplications: unknown[] | null },
  agreementId: string,
  status: string,
  rulingOutcome: string | null = status === "REJECTED" ? "REJECTED" : status === "CONFIRMED_VALID" ? "VALID" : null,
) {
  const application = { id: randomUUID(), agreementId, status, rulingOutcome, ruledAt: new Date().toISOString() };
  dispute.confirmationApplications = [application];
  return application;
}

describe(`re-mediation after the court rejects confirmation (民事诉讼法 art 206)`, () => {
  it("refuses a new mediation while the agreement stands: none filed, pending, ruled valid, or the court unreachable", async () => {
    const { disputeId, agreementId, dispute } = await agreedCase();
    const attempt = () => call(ACCEPT, { disputeId, committeeId }, as());
    const none = await attempt();
    expect(none.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", rule: CPL_206, openCaseStatus: "AGREEMENT_REACHED" });
    expect(none.errors?.[0]?.message).toMatch(BILINGUAL);
    for (const status of ["FILED", "UNDER_REVIEW", "CONFIRMED_VALID"]) {
      courtRules(dispute, agreementId, status);
      expect((await attempt()).errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", rule: CPL_206 });
    }
    courtRules(dispute, randomUUID(), "REJECTED");
    expect((await attempt()).errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", rule: CPL_206 });
    // 民诉法解释 372: a rejection revoked on an objection leaves the agreement standing.
    courtRules(dispute, agreementId, "RULING_REVOKED", "REJECTED");
    expect((await attempt()).errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", rule: CPL_206 });
    dispute.confirmationApplications = null;
    expect((await attempt()).errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", rule: CPL_206, courtRulingsRead: false });
  });

  it("opens a new mediation once the court has rejected the agreement, and the earlier case stops holding the dispute", async () => {
    const { disputeId, caseId, agreementId, dispute } = await agreedCase();
    const rejected = courtRules(dispute, agreementId, "REJECTED");
    const reopened = await ok(ACCEPT, { disputeId, committeeId }, as());
    expect(reopened.status).toBe("ACCEPTED");
    const earlier = await readCase(caseId);
    expect(earlier).toMatchObject({
      status: "AGREEMENT_REACHED",
      rejectedApplicationId: rejected.id,
      confirmationRejectedAt: rejected.ruledAt,
    });
    const events = await justice.server.db.eventLog.findMany({ where: { disputeId }, orderBy: { seq: "asc" } });
    expect(events.map((e) => e.type).slice(-2)).toEqual(["mediation.reopened_after_rejection", "mediation.accepted"]);
    expect(events.at(-1)?.payload).toMatchObject({ reopensCaseId: caseId });
    // The new case holds the dispute now: a third is refused as any second open case is.
    const third = await call(ACCEPT, { disputeId, committeeId }, as());
    expect(third.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", openCaseId: reopened.id });
  });

  it("opens a new mediation once the ruling confirming the agreement is revoked on an objection (民诉法解释 372)", async () => {
    const { disputeId, caseId, agreementId, dispute } = await agreedCase();
    const revoked = courtRules(dispute, agreementId, "RULING_REVOKED", "VALID");
    const reopened = await ok(ACCEPT, { disputeId, committeeId }, as());
    expect(reopened.status).toBe("ACCEPTED");
    expect(await readCase(caseId)).toMatchObject({ status: "AGREEMENT_REACHED", rejectedApplicationId: revoked.id });
  });
});

describe(`a party's refusal stands for the dispute (人民调解法 art 17)`, () => {
  async function refusedThenRerouted() {
    const opened = await openCase(committeeId, mediatorId);
    await ok(REFUSE, { caseId: opened.caseId, partyId: opened.respondent, statement: "不同意调解，要求直接起诉" }, as());
    graph.reroute(opened.disputeId, otherCommitteeId);
    return opened;
  }

  it("refuses mediation by another committee after a reroute until the party's consent is recorded", async () => {
    const { disputeId, caseId, respondent } = await refusedThenRerouted();
    const refused = await call(ACCEPT, { disputeId, committeeId: otherCommitteeId }, mediator(otherCommitteeId));
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: "REFUSED_BY_RULE",
      rule: ART_17,
      refusedCaseId: caseId,
      refusedByPartyId: respondent,
    });
    expect(refused.errors?.[0]?.message).toMatch(BILINGUAL);
    // Refused before the centre was asked: the new routing is still pending.
    expect(graph.disputes.get(disputeId)?.currentRouting?.status).toBe("PENDING");

    const consents = [{ partyId: respondent, statement: "经村委会做工作，同意由本委员会调解" }];
    const accepted = await ok(ACCEPT, { disputeId, committeeId: otherCommitteeId, consents }, mediator(otherCommitteeId));
    expect((await justice.request<any>(CASE, { id: accepted.id }, mediator(otherCommitteeId))).data.mediationCase.consents).toEqual(
      consents,
    );
  });

  it("refuses a consent for a party who never refused, and a blank one", async () => {
    const { disputeId, applicant, respondent } = await refusedThenRerouted();
    const other = mediator(otherCommitteeId);
    const stray = await call(
      ACCEPT,
      { disputeId, committeeId: otherCommitteeId, consents: [{ partyId: applicant, statement: "同意" }] },
      other,
    );
    expect(stray.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.consents.0.partyId", rule: ART_17 });
    const blank = await call(
      ACCEPT,
      { disputeId, committeeId: otherCommitteeId, consents: [{ partyId: respondent, statement: " " }] },
      other,
    );
    expect(blank.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.consents.0.statement" });
  });

  it("a refusal after a consent stands again", async () => {
    const { disputeId, respondent } = await refusedThenRerouted();
    const other = mediator(otherCommitteeId);
    const consents = [{ partyId: respondent, statement: "同意调解" }];
    const second = await ok(ACCEPT, { disputeId, committeeId: otherCommitteeId, consents }, other);
    await ok(REFUSE, { caseId: second.id, partyId: respondent, statement: "再次拒绝调解" }, other);
    graph.reroute(disputeId, committeeId);
    const third = await call(ACCEPT, { disputeId, committeeId }, as());
    expect(third.errors?.[0]?.extensions).toMatchObject({ code: "REFUSED_BY_RULE", rule: ART_17, refusedCaseId: second.id });
  });
});

describe("a written agreement a party never signs (人民调解法 arts 26, 29)", () => {
  it("ends the mediation as failed, the routes told, the agreement lapsing, and lets a new mediation open", async () => {
    const { caseId, disputeId, applicant, respondent } = await openCase(committeeId, mediatorId);
    const reached = await ok(AGREE, agreementInput(caseId, applicant, respondent), as());
    await ok(SIGN, { agreementId: reached.agreement.id, signer: "PARTY", partyId: applicant, method: "SIGNATURE" }, as());
    const failed = await ok(FAIL, { caseId, reason: "被申请人拒不签署调解协议", routesExplained: ROUTES }, as());
    expect(failed).toMatchObject({ status: "FAILED", agreement: { status: "LAPSED" } });
    const event = await justice.server.db.eventLog.findFirstOrThrow({ where: { disputeId, type: "mediation.failed" } });
    expect(event.payload).toMatchObject({ lapsedAgreementId: reached.agreement.id, unsignedPartyIds: [respondent] });
    const late = await call(SIGN, { agreementId: reached.agreement.id, signer: "PARTY", partyId: respondent, method: "SIGNATURE" }, as());
    expect(late.errors?.[0]?.extensions).toMatchObject({ code: "ILLEGAL_TRANSITION", currentState: "LAPSED" });
    expect((await ok(ACCEPT, { disputeId, committeeId }, as())).status).toBe("ACCEPTED");
  });

  it("still requires the routes to be told (art 26)", async () => {
    const { caseId, applicant, respondent } = await openCase(committeeId, mediatorId);
    await ok(AGREE, agreementInput(caseId, applicant, respondent), as());
    const { errors } = await call(FAIL, { caseId, reason: "未签署", routesExplained: ["LITIGATION"] }, as());
    expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", rule: "人民调解法 art 26" });
  });

  it("refuses to end an agreement in effect (art 31), or one every party signed (the committee completes it)", async () => {
    const { caseId: effective } = await agreedCase();
    const binding = await call(FAIL, { caseId: effective, reason: "反悔", routesExplained: ROUTES }, as());
    expect(binding.errors?.[0]?.extensions).toMatchObject({
      code: "REFUSED_BY_RULE",
      rule: "人民调解法 art 31",
      agreementStatus: "EFFECTIVE",
    });
    expect(binding.errors?.[0]?.message).toMatch(BILINGUAL);

    const { caseId, applicant, respondent } = await openCase(committeeId, mediatorId);
    const reached = await ok(AGREE, agreementInput(caseId, applicant, respondent), as());
    for (const partyId of [applicant, respondent]) {
      await ok(SIGN, { agreementId: reached.agreement.id, signer: "PARTY", partyId, method: "FINGERPRINT" }, as());
    }
    const signed = await call(FAIL, { caseId, reason: "未盖章", routesExplained: ROUTES }, as());
    expect(signed.errors?.[0]?.extensions).toMatchObject({ code: "REFUSED_BY_RULE", rule: "人民调解法 arts 26, 29" });
    expect((await readCase(caseId)).status).toBe("AGREEMENT_REACHED");
  });
});
