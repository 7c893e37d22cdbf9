import { randomUUID } from "node:crypto";
import { centreOfficer, centreSupervisor, courtClerk, justiceOfficer, mediator, prosecutor } from "../support/actors";
import type { RunningHub } from "../support/hub-harness";

function expectData<T>(response: { data?: T | null; errors?: unknown }): T {
  if (response.errors || !response.data) throw new Error(`request failed: ${JSON.stringify(response.errors)}`);
  return response.data;
}

/** A court is one per case code, so every test shares 东河区人民法院; registering it again is a no-op. */
export const DONGHE_COURT_ID = "7f8c5e3a-4b6d-4e9c-9a23-00000000e2e0";

/** A unique centre and committee of 东河区, and its court, registered through the gateway. */
export async function seedOrganisations(hub: RunningHub) {
  const suffix = randomUUID().slice(0, 6);
  const centreId = randomUUID();
  const committeeId = randomUUID();
  const courtId = DONGHE_COURT_ID;
  expectData(
    await hub.request(
      `mutation($input: RegisterCentreInput!) { registerCentre(input: $input) { id } }`,
      { input: { id: centreId, name: `东河区综治中心-${suffix}`, divisionCode: "150202" } },
      centreSupervisor(),
    ),
  );
  expectData(
    await hub.request(
      `mutation($input: RegisterMediationCommitteeInput!) { registerMediationCommittee(input: $input) { id } }`,
      { input: { id: committeeId, name: `东河区交通事故纠纷人民调解委员会-${suffix}`, divisionCode: "150202" } },
      justiceOfficer(),
    ),
  );
  expectData(
    await hub.request(
      `mutation($input: RegisterCourtInput!) { registerCourt(input: $input) { id } }`,
      { input: { id: courtId, name: "包头市东河区人民法院", level: "BASIC", caseCode: "内0202", divisionCode: "150202" } },
      courtClerk(),
    ),
  );
  return { centreId, committeeId, courtId, suffix };
}

export const RECEIVE = `mutation($input: ReceiveDisputeInput!) { receiveDispute(input: $input) { id number } }`;

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
      { role: "APPLICANT", kind: "PERSON", name: "巴特尔" },
      { role: "RESPONDENT", kind: "PERSON", name: "王建国" },
    ],
    ...overrides,
  };
}

/** Receives a dispute and gives it one record in each of the other three departments. */
export async function seedDisputeAcrossDepartments(hub: RunningHub, org: { centreId: string; committeeId: string; courtId: string }) {
  const { receiveDispute } = expectData<{ receiveDispute: { id: string; number: string } }>(
    await hub.request(RECEIVE, { input: trafficAccident(org.centreId) }, centreOfficer(org.centreId)),
  );
  const { acceptMediationCase } = expectData<{ acceptMediationCase: { id: string } }>(
    await hub.request(
      `mutation($input: AcceptMediationCaseInput!) { acceptMediationCase(input: $input) { id } }`,
      { input: { disputeId: receiveDispute.id, committeeId: org.committeeId } },
      mediator(org.committeeId),
    ),
  );
  expectData(
    await hub.request(
      `mutation($input: FileConfirmationApplicationInput!) { fileConfirmationApplication(input: $input) { id } }`,
      { input: { disputeId: receiveDispute.id, mediationCaseId: acceptMediationCase.id, courtId: org.courtId } },
      courtClerk(org.courtId),
    ),
  );
  expectData(
    await hub.request(
      `mutation($input: OpenSupervisionCaseInput!) { openSupervisionCase(input: $input) { id } }`,
      { input: { disputeId: receiveDispute.id, grounds: "MAJOR_SOCIAL_IMPACT", summary: "依职权关注调解程序合法性" } },
      prosecutor(),
    ),
  );
  return { disputeId: receiveDispute.id, number: receiveDispute.number, mediationCaseId: acceptMediationCase.id };
}

export { expectData };
