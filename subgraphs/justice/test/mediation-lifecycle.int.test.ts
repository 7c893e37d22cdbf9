import { judge, justiceOfficer, mediator } from "../../../tests/support/actors";
import { statementsOn, type RunningSubgraph } from "../../../tests/support/subgraph-harness";
import type { JusticeServer } from "../src/server";
import { BILINGUAL, seedCommittee, seedMediator, startJusticeWithStub, UNKNOWN_ID } from "./fixtures";
import type { StubGraph } from "./stub-graph";

const CASE_FIELDS = /* GraphQL */ `
  id
  status
  closedAt
  closedBy { id name }
  terminationReason
  terminatedByPartyId
  terminationStatement
  failureReason
  routesExplained
  mediatorChosenByParties
  mediator { id name }
  sessions { number heldAt publicity attendingPartyIds summary policeReferral { reportedAt reason } recordedBy { id } }
  agreement {
    id form status reachedAt effectiveAt partyIds facts disputedPoints responsibility sealedAt
    unsignedPartyIds mediatorSigned
    terms { position obligorPartyId obligeePartyId obligation subject manner place deadline instalments { number } }
    signatures { signer partyId method signedAt recordedBy { id } }
    mediator { id }
  }
`;

const m = (name: string, input: string) => `mutation($input: ${input}!) { ${name}(input: $input) { ${CASE_FIELDS} } }`;
const ASSIGN = m("assignMediator", "AssignMediatorInput");
const SESSION = m("recordSession", "RecordSessionInput");
const REFUSE = m("recordPartyRefusal", "RecordPartyRefusalInput");
const END = m("endMediationAtPartyRequest", "EndMediationAtPartyRequestInput");
const AGREE = m("concludeWithAgreement", "ConcludeWithAgreementInput");
const FAIL = m("concludeWithFailure", "ConcludeWithFailureInput");
const AGREEMENT_FIELDS = `id status effectiveAt sealedAt unsignedPartyIds mediatorSigned signatures { signer partyId method signedAt }`;
const SIGN = `mutation($input: SignAgreementInput!) { signAgreement(input: $input) { ${AGREEMENT_FIELDS} } }`;
const SEAL = `mutation($input: SealAgreementInput!) { sealAgreement(input: $input) { ${AGREEMENT_FIELDS} } }`;
const ACCEPT = `mutation($input: AcceptMediationCaseInput!) { acceptMediationCase(input: $input) { id acceptedAt } }`;

const ART_17 = "人民调解法 art 17";
const ART_29 = "人民调解法 art 29";
const IN_A_MONTH = new Date(Date.now() + 30 * 86_400_000).toISOString();

let justice: RunningSubgraph<JusticeServer>;
let graph: StubGraph;
let committeeId: string;
let mediatorId: string;
let chosenMediatorId: string;
const officer = () => mediator(committeeId);

beforeAll(async () => {
  ({ justice, graph } = await startJusticeWithStub());
  committeeId = (await seedCommittee(justice.server.db)).id;
  mediatorId = (await seedMediator(justice.server.db, committeeId, { name: "乌云" })).id;
  chosenMediatorId = (await seedMediator(justice.server.db, committeeId, { kind: "HIRED", name: "其其格" })).id;
});
afterAll(() => justice.stop());

async function call<T = any>(query: string, input: Record<string, unknown>, as = officer()) {
  return justice.request<T>(query, { input }, as);
}

async function ok<T = any>(query: string, input: Record<string, unknown>, as = officer()): Promise<T> {
  const { data, errors } = await call<Record<string, T>>(query, input, as);
  if (errors || !data) throw new Error(JSON.stringify(errors));
  return Object.values(data)[0] as T;
}

/** A routed dispute accepted by the committee; with `stage` it goes on to a mediator and a first session. */
async function openCase(stage: "accepted" | "assigned" | "in session" = "in session") {
  const routed = graph.addDispute(committeeId);
  const accepted = await ok<{ id: string; acceptedAt: string }>(ACCEPT, { disputeId: routed.disputeId, committeeId });
  const caseId = accepted.id;
  if (stage !== "accepted") await ok(ASSIGN, { caseId, mediatorId, chosenByParties: false });
  if (stage === "in session") await ok(SESSION, session(caseId, [routed.applicant, routed.respondent]));
  return { ...routed, caseId };
}

function session(caseId: string, attendingPartyIds: string[], extra: Record<string, unknown> = {}) {
  return { caseId, heldAt: new Date().toISOString(), publicity: "PRIVATE", attendingPartyIds, summary: "背对背听取双方意见", ...extra };
}

function agreement(caseId: string, applicant: string, respondent: string, extra: Record<string, unknown> = {}) {
  return {
    caseId,
    form: "WRITTEN",
    partyIds: [applicant, respondent],
    facts: "被申请人驾驶车辆追尾申请人车辆，致申请人车辆受损。",
    disputedPoints: "维修费用的数额。",
    responsibility: "被申请人负全部责任。",
    terms: [
      {
        obligorPartyId: respondent,
        obligeePartyId: applicant,
        obligation: "支付车辆维修费8000元",
        subject: "PAYMENT",
        manner: "银行转账",
        place: "包头市东河区",
        deadline: IN_A_MONTH,
      },
    ],
    ...extra,
  };
}

/** The dispute's justice event types, oldest first; every entry carries a summary a clerk can read. */
async function eventTypes(disputeId: string) {
  const rows = await justice.server.db.eventLog.findMany({ where: { disputeId }, orderBy: { seq: "asc" } });
  expect(rows.every((row) => /[\u4e00-\u9fa5]/.test(row.summary))).toBe(true);
  return rows.map((row) => row.type);
}

describe("assigning the mediator (人民调解法 arts 19, 23)", () => {
  it("records the committee's choice, then the parties' choice replacing it, each as an event", async () => {
    const { caseId, disputeId } = await openCase("accepted");
    const assigned = await ok(ASSIGN, { caseId, mediatorId, chosenByParties: false });
    expect(assigned).toMatchObject({ status: "ACCEPTED", mediator: { id: mediatorId, name: "乌云" }, mediatorChosenByParties: false });
    const chosen = await ok(ASSIGN, { caseId, mediatorId: chosenMediatorId, chosenByParties: true });
    expect(chosen).toMatchObject({ status: "ACCEPTED", mediator: { id: chosenMediatorId }, mediatorChosenByParties: true });
    expect(await eventTypes(disputeId)).toEqual(["mediation.accepted", "mediation.mediator_assigned", "mediation.mediator_assigned"]);
  });

  it("refuses a mediator of another committee (art 19), an unknown one and an unknown case", async () => {
    const { caseId } = await openCase("accepted");
    const other = await seedCommittee(justice.server.db);
    const outsider = await seedMediator(justice.server.db, other.id);
    const foreign = await call(ASSIGN, { caseId, mediatorId: outsider.id, chosenByParties: true });
    expect(foreign.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.mediatorId", rule: "人民调解法 art 19" });
    expect(foreign.errors?.[0]?.message).toMatch(BILINGUAL);
    const unknown = await call(ASSIGN, { caseId, mediatorId: UNKNOWN_ID, chosenByParties: false });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.mediatorId" });
    const noCase = await call(ASSIGN, { caseId: UNKNOWN_ID, mediatorId, chosenByParties: false });
    expect(noCase.errors?.[0]?.extensions).toMatchObject({ code: "NOT_FOUND", entity: "MediationCase" });
    const malformed = await call(ASSIGN, { caseId: "case-1", mediatorId, chosenByParties: false });
    expect(malformed.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.caseId" });
  });

  it("refuses officers of another committee and other departments", async () => {
    const { caseId } = await openCase("accepted");
    const other = await call(ASSIGN, { caseId, mediatorId, chosenByParties: false }, mediator(UNKNOWN_ID));
    expect(other.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", rule: "人民调解法 arts 5, 19" });
    const asJudge = await call(ASSIGN, { caseId, mediatorId, chosenByParties: false }, judge());
    expect(asJudge.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", action: "assignMediator" });
  });
});

describe("sessions (人民调解法 arts 23, 25)", () => {
  it("moves the case to IN_SESSION at the first session and numbers the sessions", async () => {
    const { caseId, applicant, respondent, disputeId } = await openCase("assigned");
    const first = await ok(SESSION, session(caseId, [applicant]), justiceOfficer());
    expect(first.status).toBe("IN_SESSION");
    const second = await ok(SESSION, session(caseId, [applicant, respondent], { publicity: "PUBLIC", summary: "  双方到场，公开调解  " }));
    expect(second.sessions).toEqual([
      expect.objectContaining({ number: 1, publicity: "PRIVATE", attendingPartyIds: [applicant], policeReferral: null }),
      expect.objectContaining({
        number: 2,
        publicity: "PUBLIC",
        attendingPartyIds: [applicant, respondent],
        summary: "双方到场，公开调解",
      }),
    ]);
    expect(await eventTypes(disputeId)).toEqual([
      "mediation.accepted",
      "mediation.mediator_assigned",
      "mediation.session_held",
      "mediation.session_held",
    ]);
  });

  it("records a risk reported to the police (人民调解法 art 25) with the session, as its own event", async () => {
    const { caseId, applicant, disputeId } = await openCase("assigned");
    const reportedAt = new Date().toISOString();
    const recorded = await ok(
      SESSION,
      session(caseId, [applicant], { policeReferral: { reportedAt, reason: "一方扬言报复，有引发治安案件的风险" } }),
    );
    expect(recorded.sessions[0].policeReferral).toEqual({ reportedAt, reason: "一方扬言报复，有引发治安案件的风险" });
    const events = await justice.server.db.eventLog.findMany({ where: { disputeId, type: "mediation.police_referred" } });
    expect(events).toHaveLength(1);
    expect(events[0]?.summary).toContain("报告公安机关");
  });

  it("refuses a police referral (人民调解法 art 25) that does not say what risk was reported, naming the rule", async () => {
    const { caseId, applicant, disputeId } = await openCase("assigned");
    const { data, errors } = await call(
      SESSION,
      session(caseId, [applicant], { policeReferral: { reportedAt: new Date().toISOString(), reason: "  " } }),
    );
    expect(data).toBeNull();
    expect(errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "input.policeReferral.reason",
      rule: "人民调解法 art 25",
    });
    expect(errors?.[0]?.message).toMatch(BILINGUAL);
    expect(await justice.server.db.eventLog.count({ where: { disputeId, type: "mediation.police_referred" } })).toBe(0);
  });

  it("refuses a session before a mediator is assigned (art 19)", async () => {
    const { caseId, applicant } = await openCase("accepted");
    const { errors } = await call(SESSION, session(caseId, [applicant]));
    expect(errors?.[0]?.extensions).toMatchObject({ code: "REFUSED_BY_RULE", rule: "人民调解法 art 19" });
  });

  it("validates the attending parties against the dispute's parties through the graph, and the other fields", async () => {
    const { caseId, applicant } = await openCase("assigned");
    const cases: [Record<string, unknown>, string][] = [
      [session(caseId, [UNKNOWN_ID]), "input.attendingPartyIds.0"],
      [session(caseId, [applicant, applicant]), "input.attendingPartyIds.1"],
      [session(caseId, []), "input.attendingPartyIds"],
      [session(caseId, [applicant], { heldAt: IN_A_MONTH }), "input.heldAt"],
      [session(caseId, [applicant], { heldAt: "2020-01-01T00:00:00Z" }), "input.heldAt"],
      [session(caseId, [applicant], { summary: " " }), "input.summary"],
      [
        session(caseId, [applicant], { policeReferral: { reportedAt: new Date().toISOString(), reason: "" } }),
        "input.policeReferral.reason",
      ],
      [session(caseId, [applicant], { policeReferral: { reportedAt: IN_A_MONTH, reason: "风险" } }), "input.policeReferral.reportedAt"],
    ];
    for (const [input, field] of cases) {
      const { data, errors } = await call(SESSION, input);
      expect(data).toBeNull();
      expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
      expect(errors?.[0]?.message).toMatch(BILINGUAL);
    }
    expect((await justice.server.db.mediationCase.findUnique({ where: { id: caseId } }))?.status).toBe("ACCEPTED");
  });

  it("answers UPSTREAM_UNAVAILABLE when the dispute's parties cannot be read", async () => {
    const { caseId, applicant } = await openCase("assigned");
    graph.down = true;
    try {
      const { errors } = await call(SESSION, session(caseId, [applicant]));
      expect(errors?.[0]?.extensions).toMatchObject({ code: "UPSTREAM_UNAVAILABLE" });
    } finally {
      graph.down = false;
    }
  });
});

describe("a party's express refusal (人民调解法 art 17)", () => {
  it("ends the case: TERMINATED with reason PARTY_REFUSED, who refused and what they said", async () => {
    const { caseId, respondent, disputeId } = await openCase("accepted");
    const who = officer();
    const refused = await ok(REFUSE, { caseId, partyId: respondent, statement: "我不同意调解，要去法院起诉" }, who);
    expect(refused).toMatchObject({
      status: "TERMINATED",
      terminationReason: "PARTY_REFUSED",
      terminatedByPartyId: respondent,
      terminationStatement: "我不同意调解，要去法院起诉",
      closedBy: { id: who.userId },
    });
    expect(refused.closedAt).toBeTruthy();
    const [event] = await justice.server.db.eventLog.findMany({ where: { disputeId, type: "mediation.party_refused" } });
    expect(event?.summary).toBe("被申请人明确拒绝调解，调解终止（人民调解法第十七条）");
  });

  it(`refuses to let mediation proceed after a party expressly refused (人民调解法 art 17)`, async () => {
    const { caseId, applicant, respondent } = await openCase("in session");
    await ok(REFUSE, { caseId, partyId: applicant, statement: "不愿再调解" });
    const steps: [string, Record<string, unknown>][] = [
      [SESSION, session(caseId, [applicant, respondent])],
      [AGREE, agreement(caseId, applicant, respondent)],
      [ASSIGN, { caseId, mediatorId, chosenByParties: true }],
      [FAIL, { caseId, reason: "x", routesExplained: ["ARBITRATION", "ADMINISTRATIVE", "LITIGATION"] }],
      [END, { caseId, partyId: respondent, statement: "x" }],
      [REFUSE, { caseId, partyId: respondent, statement: "x" }],
    ];
    for (const [mutation, input] of steps) {
      const { data, errors } = await call(mutation, input);
      expect(data).toBeNull();
      expect(errors?.[0]?.extensions).toMatchObject({ code: "REFUSED_BY_RULE", rule: ART_17, refusedByPartyId: applicant });
      expect(errors?.[0]?.message).toMatch(BILINGUAL);
    }
    expect(await justice.server.db.mediationSession.count({ where: { caseId } })).toBe(1);
  });

  it(`refuses to accept the dispute again, under the same routing or a new one, until the party consents (人民调解法 art 17)`, async () => {
    const { caseId, disputeId, applicant } = await openCase("accepted");
    await ok(REFUSE, { caseId, partyId: applicant, statement: "拒绝调解" });
    const again = await call(ACCEPT, { disputeId, committeeId });
    expect(again.errors?.[0]?.extensions).toMatchObject({
      code: "REFUSED_BY_RULE",
      rule: ART_17,
      field: "input.consents",
      refusedCaseId: caseId,
    });
    graph.reroute(disputeId, committeeId);
    const rerouted = await call(ACCEPT, { disputeId, committeeId });
    expect(rerouted.errors?.[0]?.extensions).toMatchObject({ code: "REFUSED_BY_RULE", rule: ART_17 });
    const consented = await call(ACCEPT, { disputeId, committeeId, consents: [{ partyId: applicant, statement: "同意调解" }] });
    expect(consented.errors).toBeUndefined();
  });

  it("refuses a refusal by someone who is not a party, or without a statement", async () => {
    const { caseId, applicant } = await openCase("accepted");
    const stranger = await call(REFUSE, { caseId, partyId: UNKNOWN_ID, statement: "拒绝" });
    expect(stranger.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.partyId" });
    const silent = await call(REFUSE, { caseId, partyId: applicant, statement: "  " });
    expect(silent.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.statement" });
  });
});

describe("ending at a party's request (人民调解法 art 23)", () => {
  it("terminates the case; any later step is an ILLEGAL_TRANSITION naming no allowed step", async () => {
    const { caseId, applicant, disputeId } = await openCase("in session");
    const ended = await ok(END, { caseId, partyId: applicant, statement: "申请人要求终止调解" });
    expect(ended).toMatchObject({ status: "TERMINATED", terminationReason: "PARTY_REQUESTED_END", terminatedByPartyId: applicant });
    const later = await call(SESSION, session(caseId, [applicant]));
    expect(later.errors?.[0]?.extensions).toMatchObject({ code: "ILLEGAL_TRANSITION", currentState: "TERMINATED", allowedNextSteps: [] });
    expect(await eventTypes(disputeId)).toContain("mediation.ended_at_party_request");
  });
});

describe("concluding with a failure (人民调解法 art 26)", () => {
  it("requires all three other routes to have been explained", async () => {
    const { caseId } = await openCase("in session");
    const { errors } = await call(FAIL, { caseId, reason: "双方分歧过大", routesExplained: ["LITIGATION"] });
    expect(errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "input.routesExplained",
      rule: "人民调解法 art 26",
      missingRoutes: ["ARBITRATION", "ADMINISTRATIVE"],
    });
    expect(errors?.[0]?.message).toMatch(BILINGUAL);
  });

  it("ends the case as FAILED, recording the routes explained", async () => {
    const { caseId, disputeId } = await openCase("in session");
    const failed = await ok(FAIL, {
      caseId,
      reason: "双方对赔偿数额分歧过大",
      routesExplained: ["LITIGATION", "ARBITRATION", "ADMINISTRATIVE"],
    });
    expect(failed).toMatchObject({
      status: "FAILED",
      failureReason: "双方对赔偿数额分歧过大",
      routesExplained: ["ARBITRATION", "ADMINISTRATIVE", "LITIGATION"],
    });
    expect(await eventTypes(disputeId)).toContain("mediation.failed");
  });

  it("refuses to fail a case before any session, naming the allowed steps", async () => {
    const { caseId } = await openCase("assigned");
    const { errors } = await call(FAIL, { caseId, reason: "x", routesExplained: ["ARBITRATION", "ADMINISTRATIVE", "LITIGATION"] });
    expect(errors?.[0]?.extensions).toMatchObject({
      code: "ILLEGAL_TRANSITION",
      currentState: "ACCEPTED",
      allowedNextSteps: ["ASSIGN_MEDIATOR", "HOLD_SESSION", "RECORD_REFUSAL", "END_AT_PARTY_REQUEST"],
    });
  });
});

describe("concluding with an agreement (人民调解法 arts 28-30)", () => {
  it("makes an oral agreement effective the day it is reached (art 30)", async () => {
    const { caseId, applicant, respondent, disputeId } = await openCase();
    const reached = await ok(AGREE, agreement(caseId, applicant, respondent, { form: "ORAL" }));
    expect(reached.status).toBe("AGREEMENT_REACHED");
    expect(reached.agreement).toMatchObject({
      form: "ORAL",
      status: "EFFECTIVE",
      partyIds: [applicant, respondent],
      unsignedPartyIds: [],
      mediatorSigned: true,
      mediator: { id: mediatorId },
      terms: [
        {
          position: 1,
          obligorPartyId: respondent,
          obligeePartyId: applicant,
          obligation: "支付车辆维修费8000元",
          subject: "PAYMENT",
          manner: "银行转账",
          place: "包头市东河区",
          deadline: IN_A_MONTH,
        },
      ],
    });
    expect(reached.agreement.effectiveAt).toBe(reached.agreement.reachedAt);
    expect(await eventTypes(disputeId)).toEqual(expect.arrayContaining(["mediation.agreement_reached", "mediation.agreement_effective"]));
  });

  it("makes a written agreement effective when every party and the mediator have signed and the seal is applied (art 29)", async () => {
    const { caseId, applicant, respondent, thirdParty, disputeId } = await openCase();
    const reached = await ok(AGREE, agreement(caseId, applicant, respondent, { partyIds: [applicant, respondent, thirdParty] }));
    expect(reached.agreement).toMatchObject({
      form: "WRITTEN",
      status: "AWAITING_SIGNATURES",
      effectiveAt: null,
      sealedAt: null,
      mediatorSigned: false,
    });
    const agreementId = reached.agreement.id;

    const sealed = await ok(SEAL, { agreementId });
    expect(sealed).toMatchObject({ status: "AWAITING_SIGNATURES", unsignedPartyIds: [applicant, respondent, thirdParty] });
    expect(sealed.sealedAt).toBeTruthy();
    await ok(SIGN, { agreementId, signer: "MEDIATOR", method: "SIGNATURE" });
    await ok(SIGN, { agreementId, signer: "PARTY", partyId: applicant, method: "SIGNATURE" });
    const recorder = justiceOfficer();
    const almost = await ok(SIGN, { agreementId, signer: "PARTY", partyId: thirdParty, method: "SEAL" }, recorder);
    expect(almost).toMatchObject({
      status: "AWAITING_SIGNATURES",
      effectiveAt: null,
      unsignedPartyIds: [respondent],
      mediatorSigned: true,
    });

    const effective = await ok(SIGN, { agreementId, signer: "PARTY", partyId: respondent, method: "FINGERPRINT" });
    expect(effective).toMatchObject({ status: "EFFECTIVE", unsignedPartyIds: [] });
    const last = effective.signatures.find((s: { partyId: string }) => s.partyId === respondent);
    expect(effective.effectiveAt).toBe(last.signedAt);

    const after = await call(SIGN, { agreementId, signer: "PARTY", partyId: respondent, method: "SIGNATURE" });
    expect(after.errors?.[0]?.extensions).toMatchObject({ code: "ILLEGAL_TRANSITION", currentState: "EFFECTIVE", allowedNextSteps: [] });
    const resealed = await call(SEAL, { agreementId });
    expect(resealed.errors?.[0]?.extensions).toMatchObject({ code: "ILLEGAL_TRANSITION", currentState: "EFFECTIVE" });

    const read = await justice.request<{ mediationCase: any }>(
      `query($id: ID!) { mediationCase(id: $id) { ${CASE_FIELDS} } }`,
      { id: caseId },
      judge(),
    );
    expect(read.data?.mediationCase.agreement.signatures.map((s: any) => [s.signer, s.partyId, s.method])).toEqual([
      ["MEDIATOR", null, "SIGNATURE"],
      ["PARTY", applicant, "SIGNATURE"],
      ["PARTY", thirdParty, "SEAL"],
      ["PARTY", respondent, "FINGERPRINT"],
    ]);
    expect(read.data?.mediationCase.agreement.signatures[2].recordedBy).toEqual({ id: recorder.userId });
    expect(await eventTypes(disputeId)).toEqual([
      "mediation.accepted",
      "mediation.mediator_assigned",
      "mediation.session_held",
      "mediation.agreement_reached",
      "mediation.agreement_sealed",
      "mediation.agreement_signed",
      "mediation.agreement_signed",
      "mediation.agreement_signed",
      "mediation.agreement_signed",
      "mediation.agreement_effective",
    ]);
  });

  it("takes effect at the seal when the seal comes last, even when the last two steps race", async () => {
    const { caseId, applicant, respondent, disputeId } = await openCase();
    const agreementId = (await ok(AGREE, agreement(caseId, applicant, respondent))).agreement.id;
    await ok(SIGN, { agreementId, signer: "PARTY", partyId: applicant, method: "SIGNATURE" });
    await ok(SIGN, { agreementId, signer: "PARTY", partyId: respondent, method: "SIGNATURE" });
    const [signed, sealed] = await Promise.all([
      ok(SIGN, { agreementId, signer: "MEDIATOR", method: "SIGNATURE" }),
      ok(SEAL, { agreementId }),
    ]);
    const final = [signed, sealed].find((a) => a.status === "EFFECTIVE");
    expect(final).toBeDefined();
    const row = await justice.server.db.mediationAgreement.findUniqueOrThrow({ where: { id: agreementId } });
    expect(row.status).toBe("EFFECTIVE");
    const mediatorSignature = await justice.server.db.agreementSignature.findFirstOrThrow({ where: { agreementId, signer: "MEDIATOR" } });
    const lastStep = Math.max(mediatorSignature.signedAt.getTime(), row.sealedAt?.getTime() ?? 0);
    expect(row.effectiveAt?.getTime()).toBe(lastStep);
    expect(await justice.server.db.eventLog.count({ where: { disputeId, type: "mediation.agreement_effective" } })).toBe(1);
  });

  it("refuses a second signature by the same signer, a party not bound, and a mediator who does not sign by hand", async () => {
    const { caseId, applicant, respondent, thirdParty } = await openCase();
    const agreementId = (await ok(AGREE, agreement(caseId, applicant, respondent))).agreement.id;
    await ok(SIGN, { agreementId, signer: "PARTY", partyId: applicant, method: "SIGNATURE" });
    await ok(SIGN, { agreementId, signer: "MEDIATOR", method: "SIGNATURE" });
    const expectations: [string, Record<string, unknown>, Record<string, unknown>][] = [
      [SIGN, { agreementId, signer: "PARTY", partyId: applicant, method: "SEAL" }, { code: "CONFLICT", field: "input.partyId" }],
      [SIGN, { agreementId, signer: "MEDIATOR", method: "SIGNATURE" }, { code: "CONFLICT", field: "input.signer" }],
      [
        SIGN,
        { agreementId, signer: "PARTY", partyId: thirdParty, method: "SIGNATURE" },
        { code: "BAD_USER_INPUT", field: "input.partyId", rule: ART_29 },
      ],
      [SIGN, { agreementId, signer: "PARTY", method: "SIGNATURE" }, { code: "BAD_USER_INPUT", field: "input.partyId" }],
      [
        SIGN,
        { agreementId, signer: "MEDIATOR", partyId: applicant, method: "SIGNATURE" },
        { code: "BAD_USER_INPUT", field: "input.partyId" },
      ],
      [SIGN, { agreementId, signer: "MEDIATOR", method: "FINGERPRINT" }, { code: "BAD_USER_INPUT", field: "input.method", rule: ART_29 }],
      [SIGN, { agreementId: UNKNOWN_ID, signer: "MEDIATOR", method: "SIGNATURE" }, { code: "NOT_FOUND", entity: "MediationAgreement" }],
      [SEAL, { agreementId: "agreement-1" }, { code: "BAD_USER_INPUT", field: "input.agreementId" }],
    ];
    for (const [mutation, input, extensions] of expectations) {
      const { data, errors } = await call(mutation, input);
      expect(data).toBeNull();
      expect(errors?.[0]?.extensions).toMatchObject(extensions);
    }
    await ok(SEAL, { agreementId });
    const twice = await call(SEAL, { agreementId });
    expect(twice.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", field: "input.agreementId" });
    const foreign = await call(SEAL, { agreementId }, mediator(UNKNOWN_ID));
    expect(foreign.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN" });
  });

  it(`refuses an agreement whose term has no deadline of performance (人民调解法 art 29)`, async () => {
    const { caseId, applicant, respondent } = await openCase();
    const input = agreement(caseId, applicant, respondent);
    const { data, errors } = await call(AGREE, { ...input, terms: [{ ...input.terms[0], deadline: null }] });
    expect(data).toBeNull();
    expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.terms.0.deadline", rule: ART_29 });
    expect(errors?.[0]?.message).toMatch(BILINGUAL);
  });

  it("validates the agreement's contents, naming each field", async () => {
    const { caseId, applicant, respondent, thirdParty } = await openCase();
    const base = agreement(caseId, applicant, respondent);
    const term = base.terms[0];
    const cases: [Record<string, unknown>, Record<string, unknown>][] = [
      [{ terms: [term, { ...term, manner: null }] }, { field: "input.terms.1.manner", rule: ART_29 }],
      [{ terms: [{ ...term, manner: "  " }] }, { field: "input.terms.0.manner", rule: ART_29 }],
      [{ terms: [{ ...term, deadline: "2020-01-01T00:00:00Z" }] }, { field: "input.terms.0.deadline", rule: ART_29 }],
      [{ terms: [] }, { field: "input.terms", rule: ART_29 }],
      [{ terms: [{ ...term, obligorPartyId: thirdParty }] }, { field: "input.terms.0.obligorPartyId" }],
      [{ terms: [{ ...term, obligeePartyId: respondent }] }, { field: "input.terms.0.obligeePartyId" }],
      [{ terms: [{ ...term, obligation: "" }] }, { field: "input.terms.0.obligation" }],
      [{ partyIds: [applicant] }, { field: "input.partyIds", rule: ART_29, missingPartyIds: [respondent] }],
      [{ partyIds: [applicant, respondent, UNKNOWN_ID] }, { field: "input.partyIds.2" }],
      [{ partyIds: [applicant, respondent, respondent] }, { field: "input.partyIds.2" }],
      [{ facts: " " }, { field: "input.facts", rule: ART_29 }],
      [{ disputedPoints: "" }, { field: "input.disputedPoints", rule: ART_29 }],
      [{ responsibility: "" }, { field: "input.responsibility", rule: ART_29 }],
    ];
    for (const [overrides, extensions] of cases) {
      const { data, errors } = await call(AGREE, { ...base, ...overrides });
      expect(data).toBeNull();
      expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", ...extensions });
    }
    expect((await justice.server.db.mediationCase.findUnique({ where: { id: caseId } }))?.status).toBe("IN_SESSION");
  });

  it("refuses an agreement before any session, naming the allowed steps", async () => {
    const { caseId, applicant, respondent } = await openCase("assigned");
    const { errors } = await call(AGREE, agreement(caseId, applicant, respondent));
    expect(errors?.[0]?.extensions).toMatchObject({ code: "ILLEGAL_TRANSITION", currentState: "ACCEPTED", attempted: "REACH_AGREEMENT" });
  });

  it("refuses a second agreement on the same case", async () => {
    const { caseId, applicant, respondent } = await openCase();
    await ok(AGREE, agreement(caseId, applicant, respondent, { form: "ORAL" }));
    const { errors } = await call(AGREE, agreement(caseId, applicant, respondent));
    expect(errors?.[0]?.extensions).toMatchObject({
      code: "ILLEGAL_TRANSITION",
      currentState: "AGREEMENT_REACHED",
      allowedNextSteps: ["END_UNSIGNED"],
    });
  });
});

describe("reading agreements", () => {
  it("batches MediationCase.agreement, its terms (instalments, performance, urgings), signatures and consents: one query each for many cases", async () => {
    const [a, b, c] = await Promise.all([openCase(), openCase(), openCase()]);
    await ok(AGREE, agreement(a.caseId, a.applicant, a.respondent, { form: "ORAL" }));
    const written = await ok(AGREE, agreement(b.caseId, b.applicant, b.respondent));
    await ok(SIGN, { agreementId: written.agreement.id, signer: "MEDIATOR", method: "SIGNATURE" });
    const query = `query($representations: [_Any!]!) { _entities(representations: $representations) {
      ... on MediationCase { id consents { partyId } agreement { id status signatures { signer }
        terms { position subject overdue instalments { number } performances { status } urgings { method } } } } } }`;
    justice.resetQueries();
    const { data, errors } = await justice.request<{ _entities: { id: string; agreement: any }[] }>(
      query,
      { representations: [a, b, c].map((x) => ({ __typename: "MediationCase", id: x.caseId })) },
      judge(),
    );
    expect(errors).toBeUndefined();
    expect(data?._entities.map((e) => e.agreement?.status ?? null)).toEqual(["EFFECTIVE", "AWAITING_SIGNATURES", null]);
    expect(data?._entities[1]?.agreement.signatures).toEqual([{ signer: "MEDIATOR" }]);
    expect(statementsOn(justice.queries, "mediation_case")).toBe(1);
    expect(statementsOn(justice.queries, "mediation_agreement")).toBe(1);
    expect(statementsOn(justice.queries, "agreement_term")).toBe(1);
    expect(statementsOn(justice.queries, "agreement_signature")).toBe(1);
    for (const table of ["agreement_instalment", "term_performance", "performance_urging", "party_consent"]) {
      expect([table, statementsOn(justice.queries, table)]).toEqual([table, 1]);
    }
  });

  it("resolves MediationAgreement references in one query, null for unknown or malformed keys", async () => {
    const [a, b] = await Promise.all([openCase(), openCase()]);
    const first = (await ok(AGREE, agreement(a.caseId, a.applicant, a.respondent, { form: "ORAL" }))).agreement;
    const second = (await ok(AGREE, agreement(b.caseId, b.applicant, b.respondent))).agreement;
    const query = `query($representations: [_Any!]!) { _entities(representations: $representations) {
      ... on MediationAgreement { id status effectiveAt partyIds mediationCase { id status } } } }`;
    justice.resetQueries();
    const { data, errors } = await justice.request<{ _entities: unknown[] }>(
      query,
      {
        representations: [
          { __typename: "MediationAgreement", id: first.id },
          { __typename: "MediationAgreement", id: UNKNOWN_ID },
          { __typename: "MediationAgreement", id: second.id },
          { __typename: "MediationAgreement", id: "not-a-uuid" },
        ],
      },
      judge(),
    );
    // Unknown and malformed keys resolve to null with FORBIDDEN, as out-of-scope ones do.
    expect(errors?.map((error) => [error.path?.[1], error.extensions?.code])).toEqual([
      [1, "FORBIDDEN"],
      [3, "FORBIDDEN"],
    ]);
    expect(data?._entities).toEqual([
      {
        id: first.id,
        status: "EFFECTIVE",
        effectiveAt: first.effectiveAt,
        partyIds: [a.applicant, a.respondent],
        mediationCase: { id: a.caseId, status: "AGREEMENT_REACHED" },
      },
      null,
      {
        id: second.id,
        status: "AWAITING_SIGNATURES",
        effectiveAt: null,
        partyIds: [b.applicant, b.respondent],
        mediationCase: { id: b.caseId, status: "AGREEMENT_REACHED" },
      },
      null,
    ]);
    expect(statementsOn(justice.queries, "mediation_agreement")).toBe(1);
    // The agreements' scope reads their cases inside the same statement; the cases themselves one more.
    expect(statementsOn(justice.queries, "mediation_case")).toBe(2);
  });

  it("answers the court's read of a case in one query per table", async () => {
    const { caseId, applicant, respondent } = await openCase();
    await ok(AGREE, agreement(caseId, applicant, respondent, { form: "ORAL" }));
    const QUERY = `query($id: ID!) { mediationCase(id: $id) { id status invitingCourtId committee { id divisionCode } dispute { id } agreement { id status effectiveAt partyIds } } }`;
    const { data, errors } = await justice.request<{ mediationCase: any }>(QUERY, { id: caseId }, judge());
    expect(errors).toBeUndefined();
    expect(data?.mediationCase).toMatchObject({
      status: "AGREEMENT_REACHED",
      invitingCourtId: null,
      agreement: { status: "EFFECTIVE", partyIds: [applicant, respondent] },
    });
    const unknown = await justice.request(`{ mediationAgreement(id: "${UNKNOWN_ID}") { id } }`, {}, judge());
    expect(unknown.errors?.[0]?.extensions).toMatchObject({
      code: "FORBIDDEN",
      reason: "NOT_FOUND_OR_OUT_OF_SCOPE",
      entity: "MediationAgreement",
    });
  });
});
