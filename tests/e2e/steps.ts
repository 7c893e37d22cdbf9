import { randomUUID } from "node:crypto";
import type { Actor } from "@hub/subgraph-kit";
import { centreOfficer, courtClerk, judge, mediator, prosecutor } from "../support/actors";
import { uniqueIdNumber } from "../support/id-numbers";
import type { HubResponse, RunningHub } from "../support/hub-harness";

/** The data of a response that must have succeeded; a failure shows the errors. */
export function expectData<T>(response: HubResponse<T>): T {
  if (response.errors || !response.data) throw new Error(`request failed: ${JSON.stringify(response.errors)}`);
  return response.data;
}

export interface Organisations {
  centreId: string;
  committeeId: string;
  mediatorId: string;
  courtId: string;
}

export interface ReceivedDispute {
  disputeId: string;
  number: string;
  applicantId: string;
  respondentId: string;
  /** The parties' ID numbers as submitted (unique per dispute unless a test passes its own parties) */
  idNumbers: string[];
}

/** The applicant's phone in `trafficAccident` (stored encrypted; revealed only through an audited read). */
export const TRAFFIC_APPLICANT_PHONE = "13947260001";

/** A traffic accident between two persons with ID numbers of their own: the same persons in two tests would be flagged as duplicates. */
export function trafficAccident(centreId: string, overrides: Record<string, unknown> = {}) {
  return {
    channel: "WALK_IN",
    category: "TRAFFIC_ACCIDENT",
    facts: "申请人驾驶的车辆在东河区巴彦塔拉大街被被申请人驾驶的车辆追尾，车辆受损。",
    claims: "请求赔偿车辆维修费8000元。",
    amountFen: 800_000,
    placeCode: "150202001",
    receivingCentreId: centreId,
    parties: [
      { role: "APPLICANT", kind: "PERSON", name: "巴特尔", idNumber: uniqueIdNumber(), phone: TRAFFIC_APPLICANT_PHONE },
      { role: "RESPONDENT", kind: "PERSON", name: "王建国", idNumber: uniqueIdNumber() },
    ],
    ...overrides,
  };
}

/** 民诉法解释 354: what every application is filed with. */
export const FILED_MATERIALS = ["AGREEMENT", "MEDIATION_ORGANISATION_PROOF", "PARTY_IDENTITY_AND_CONTACT"];

/** Each step below is one department acting, through the gateway, under its own identity. */
export const step = {
  async receive(hub: RunningHub, org: Organisations, overrides: Record<string, unknown> = {}): Promise<ReceivedDispute> {
    const input = trafficAccident(org.centreId, overrides);
    const { receiveDispute } = expectData(
      await hub.request<{ receiveDispute: { id: string; number: string; parties: { id: string; role: string }[] } }>(
        `mutation($input: ReceiveDisputeInput!) { receiveDispute(input: $input) { id number parties { id role } } }`,
        { input },
        centreOfficer(org.centreId),
      ),
    );
    const partyOf = (role: string) => receiveDispute.parties.find((party) => party.role === role)?.id ?? "";
    return {
      disputeId: receiveDispute.id,
      number: receiveDispute.number,
      applicantId: partyOf("APPLICANT"),
      respondentId: partyOf("RESPONDENT"),
      idNumbers: (input.parties as { idNumber?: string }[]).flatMap((party) => (party.idNumber ? [party.idNumber] : [])),
    };
  },

  route(hub: RunningHub, org: Organisations, disputeId: string, input: Record<string, unknown> = {}) {
    return hub.request<{ routeDispute: { id: string; status: string } }>(
      `mutation($input: RouteDisputeInput!) { routeDispute(input: $input) { id status ruleId stationingMode tier target { department organisationId } } }`,
      { input: { disputeId, ...input } },
      centreOfficer(org.centreId),
    );
  },

  routeToCommittee(hub: RunningHub, org: Organisations, disputeId: string) {
    return step.route(hub, org, disputeId, {
      target: { department: "JUSTICE", organisationId: org.committeeId },
      stationingMode: "PERMANENT",
      tier: "STATIONED",
      overrideReason: "测试：直接分流至交通事故纠纷人民调解委员会",
    });
  },

  acceptMediation(hub: RunningHub, org: Organisations, disputeId: string, as: Actor = mediator(org.committeeId)) {
    return hub.request<{ acceptMediationCase: { id: string; status: string } }>(
      `mutation($input: AcceptMediationCaseInput!) { acceptMediationCase(input: $input) { id status } }`,
      { input: { disputeId, committeeId: org.committeeId } },
      as,
    );
  },

  assignMediator(hub: RunningHub, org: Organisations, caseId: string) {
    return hub.request(
      `mutation($input: AssignMediatorInput!) { assignMediator(input: $input) { id status } }`,
      { input: { caseId, mediatorId: org.mediatorId, chosenByParties: true } },
      mediator(org.committeeId),
    );
  },

  holdSession(hub: RunningHub, org: Organisations, caseId: string, dispute: ReceivedDispute) {
    return hub.request<{ recordSession: { id: string; status: string } }>(
      `mutation($input: RecordSessionInput!) { recordSession(input: $input) { id status } }`,
      {
        input: {
          caseId,
          heldAt: new Date().toISOString(),
          publicity: "PRIVATE",
          attendingPartyIds: [dispute.applicantId, dispute.respondentId],
          summary: "双方陈述事故经过，调解员释明交通事故赔偿标准。",
        },
      },
      mediator(org.committeeId),
    );
  },

  agree(
    hub: RunningHub,
    org: Organisations,
    caseId: string,
    dispute: ReceivedDispute,
    form: "ORAL" | "WRITTEN",
    termOverrides: Record<string, unknown> = {},
  ) {
    return hub.request<{
      concludeWithAgreement: { id: string; status: string; agreement: { id: string; status: string; effectiveAt: string | null } };
    }>(
      `mutation($input: ConcludeWithAgreementInput!) { concludeWithAgreement(input: $input) { id status agreement { id status effectiveAt } } }`,
      {
        input: {
          caseId,
          form,
          partyIds: [dispute.applicantId, dispute.respondentId],
          facts: "被申请人驾车追尾申请人车辆，致车辆后部受损。",
          disputedPoints: "维修费用的数额。",
          responsibility: "被申请人负事故全部责任。",
          terms: [
            {
              obligorPartyId: dispute.respondentId,
              obligeePartyId: dispute.applicantId,
              obligation: "赔偿车辆维修费人民币7500元",
              subject: "PAYMENT",
              manner: "银行转账",
              place: "包头市东河区",
              deadline: new Date(Date.now() + 14 * 86_400_000).toISOString(),
              ...termOverrides,
            },
          ],
        },
      },
      mediator(org.committeeId),
    );
  },

  sign(hub: RunningHub, org: Organisations, agreementId: string, signer: "PARTY" | "MEDIATOR", partyId?: string) {
    return hub.request<{ signAgreement: { status: string; effectiveAt: string | null } }>(
      `mutation($input: SignAgreementInput!) { signAgreement(input: $input) { status effectiveAt } }`,
      { input: { agreementId, signer, partyId, method: signer === "PARTY" ? "FINGERPRINT" : "SIGNATURE" } },
      mediator(org.committeeId),
    );
  },

  seal(hub: RunningHub, org: Organisations, agreementId: string) {
    return hub.request<{ sealAgreement: { status: string; effectiveAt: string | null } }>(
      `mutation($input: SealAgreementInput!) { sealAgreement(input: $input) { status effectiveAt } }`,
      { input: { agreementId } },
      mediator(org.committeeId),
    );
  },

  fileApplication(hub: RunningHub, org: Organisations, mediationCaseId: string, applicantPartyIds: string[], courtId = org.courtId) {
    return hub.request<{ fileConfirmationApplication: { id: string; status: string } }>(
      `mutation($input: FileConfirmationApplicationInput!) { fileConfirmationApplication(input: $input) { id status } }`,
      { input: { mediationCaseId, courtId, applicantPartyIds, materials: FILED_MATERIALS } },
      courtClerk(courtId),
    );
  },

  /** 民诉法解释 356: every applicant appears before the ruling, recorded by a clerk of the court. */
  async hearParties(hub: RunningHub, applicationId: string, courtId: string) {
    const read = await hub.request<{ confirmationApplication: { applicantPartyIds: string[] } | null }>(
      `query($id: ID!) { confirmationApplication(id: $id) { applicantPartyIds } }`,
      { id: applicationId },
      courtClerk(courtId),
    );
    await Promise.all(
      (read.data?.confirmationApplication?.applicantPartyIds ?? []).map((partyId) =>
        hub.request(
          `mutation($input: RecordPartyHearingInput!) { recordPartyHearing(input: $input) { id } }`,
          { input: { applicationId, partyId, manner: "APPEARED_IN_PERSON" } },
          courtClerk(courtId),
        ),
      ),
    );
  },

  acceptApplication(hub: RunningHub, applicationId: string, courtId: string) {
    return hub.request<{ decideConfirmationAcceptance: { status: string; caseNumber: string } }>(
      `mutation($input: DecideConfirmationAcceptanceInput!) { decideConfirmationAcceptance(input: $input) { status caseNumber } }`,
      { input: { applicationId, accept: true } },
      courtClerk(courtId),
    );
  },

  startReview(hub: RunningHub, applicationId: string, courtId: string) {
    return hub.request(
      `mutation($input: StartConfirmationReviewInput!) { startConfirmationReview(input: $input) { status } }`,
      { input: { applicationId } },
      judge(courtId),
    );
  },

  /** Rules as `as`, once the parties have been heard at the judge's own court (a step the ruling needs). */
  async rule(hub: RunningHub, applicationId: string, as: Actor, outcome = "VALID") {
    if (as.organisationId) await step.hearParties(hub, applicationId, as.organisationId);
    return hub.request<{ ruleOnConfirmation: { status: string; caseNumber: string; rulingOutcome: string } }>(
      `mutation($input: RuleOnConfirmationInput!) { ruleOnConfirmation(input: $input) { status caseNumber rulingOutcome } }`,
      { input: { applicationId, outcome, reasoning: "调解协议系双方自愿达成，内容不违反法律规定。" } },
      as,
    );
  },

  openSupervision(hub: RunningHub, disputeId: string) {
    return hub.request(
      `mutation($input: OpenSupervisionCaseInput!) { openSupervisionCase(input: $input) { id } }`,
      { input: { disputeId, grounds: "MAJOR_SOCIAL_IMPACT", summary: "依职权关注调解程序合法性" } },
      prosecutor(),
    );
  },
};

/** Receive, route, mediate to an agreement (oral: effective at once); returns the keys the court needs. */
export async function mediateToAgreement(
  hub: RunningHub,
  org: Organisations,
  form: "ORAL" | "WRITTEN" = "ORAL",
  receiveOverrides = {},
  termOverrides: Record<string, unknown> = {},
) {
  const dispute = await step.receive(hub, org, receiveOverrides);
  expectData(await step.routeToCommittee(hub, org, dispute.disputeId));
  const caseId = expectData(await step.acceptMediation(hub, org, dispute.disputeId)).acceptMediationCase.id;
  expectData(await step.assignMediator(hub, org, caseId));
  expectData(await step.holdSession(hub, org, caseId, dispute));
  const agreement = expectData(await step.agree(hub, org, caseId, dispute, form, termOverrides)).concludeWithAgreement.agreement;
  return { ...dispute, caseId, agreementId: agreement.id, agreementStatus: agreement.status };
}

export const uniqueSuffix = () => randomUUID().slice(0, 6);
