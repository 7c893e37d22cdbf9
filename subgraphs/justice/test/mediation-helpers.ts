import type { Actor } from "@hub/subgraph-kit";
import { mediator } from "../../../tests/support/actors";
import type { RunningSubgraph } from "../../../tests/support/subgraph-harness";
import type { JusticeServer } from "../src/server";
import type { StubGraph } from "./stub-graph";

export const IN_A_MONTH = new Date(Date.now() + 30 * 86_400_000).toISOString();

const m = (name: string, input: string, fields: string) => `mutation($input: ${input}!) { ${name}(input: $input) { ${fields} } }`;
const CASE = "id status dueAt timeLimitBasis agreement { id status }";
export const ACCEPT = m("acceptMediationCase", "AcceptMediationCaseInput", CASE);
export const ASSIGN = m("assignMediator", "AssignMediatorInput", CASE);
export const SESSION = m("recordSession", "RecordSessionInput", CASE);
export const REFUSE = m("recordPartyRefusal", "RecordPartyRefusalInput", CASE);
export const AGREE = m("concludeWithAgreement", "ConcludeWithAgreementInput", CASE);
export const FAIL = m("concludeWithFailure", "ConcludeWithFailureInput", CASE);
export const SIGN = m("signAgreement", "SignAgreementInput", "id status unsignedPartyIds");
export const SEAL = m("sealAgreement", "SealAgreementInput", "id status");

/** Calls one subgraph operation as a committee's mediator (or `as`), over HTTP. */
export function caseSteps(justice: () => RunningSubgraph<JusticeServer>, graph: () => StubGraph) {
  async function call<T = any>(query: string, input: Record<string, unknown>, as: Actor) {
    return justice().request<T>(query, { input }, as);
  }
  async function ok<T = any>(query: string, input: Record<string, unknown>, as: Actor): Promise<T> {
    const { data, errors } = await call<Record<string, T>>(query, input, as);
    if (errors || !data) throw new Error(JSON.stringify(errors));
    return Object.values(data)[0] as T;
  }
  /** A dispute routed to the committee, accepted, with a mediator and one session held. */
  async function openCase(committeeId: string, mediatorId: string, accept: Record<string, unknown> = {}) {
    const routed = graph().addDispute(committeeId);
    const as = mediator(committeeId);
    const accepted = await ok<{ id: string; dueAt: string; timeLimitBasis: string }>(
      ACCEPT,
      { disputeId: routed.disputeId, committeeId, ...accept },
      as,
    );
    const caseId = accepted.id;
    await ok(ASSIGN, { caseId, mediatorId, chosenByParties: false }, as);
    await ok(
      SESSION,
      {
        caseId,
        heldAt: new Date().toISOString(),
        publicity: "PRIVATE",
        attendingPartyIds: [routed.applicant, routed.respondent],
        summary: "听取双方意见",
      },
      as,
    );
    return { ...routed, caseId, accepted };
  }
  return { call, ok, openCase };
}

export function agreementInput(caseId: string, applicant: string, respondent: string, extra: Record<string, unknown> = {}) {
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
        deadline: IN_A_MONTH,
      },
    ],
    ...extra,
  };
}
