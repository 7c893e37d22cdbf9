import { randomUUID } from "node:crypto";
import { centreSupervisor, courtClerk, justiceOfficer } from "../support/actors";
import type { RunningHub } from "../support/hub-harness";
import { expectData, mediateToAgreement, step, type Organisations } from "./steps";

/** A court is one per case code, so every test shares 东河区人民法院; registering it again is a no-op. */
export const DONGHE_COURT_ID = "7f8c5e3a-4b6d-4e9c-9a23-00000000e2e0";

export async function registerCourt(hub: RunningHub, id: string, caseCode: string, name: string) {
  expectData(
    await hub.request(
      `mutation($input: RegisterCourtInput!) { registerCourt(input: $input) { id } }`,
      { input: { id, name, level: "BASIC", caseCode, divisionCode: "150202" } },
      courtClerk(id),
    ),
  );
}

/**
 * A unique township centre of 东河区 and a unique mediation committee with one mediator,
 * registered through the gateway, and 东河区人民法院.
 */
export async function seedOrganisations(hub: RunningHub, centreDivision = "150202001"): Promise<Organisations & { suffix: string }> {
  const suffix = randomUUID().slice(0, 6);
  const org = { centreId: randomUUID(), committeeId: randomUUID(), mediatorId: randomUUID(), courtId: DONGHE_COURT_ID, suffix };
  expectData(
    await hub.request(
      `mutation($input: RegisterCentreInput!) { registerCentre(input: $input) { id } }`,
      { input: { id: org.centreId, name: `和平路街道综治中心-${suffix}`, divisionCode: centreDivision } },
      centreSupervisor(),
    ),
  );
  expectData(
    await hub.request(
      `mutation($input: RegisterMediationCommitteeInput!) { registerMediationCommittee(input: $input) { id } }`,
      { input: { id: org.committeeId, name: `东河区道路交通事故纠纷人民调解委员会-${suffix}`, divisionCode: "150202" } },
      justiceOfficer(),
    ),
  );
  expectData(
    await hub.request(
      `mutation($input: RegisterMediatorInput!) { registerMediator(input: $input) { id } }`,
      {
        input: {
          id: org.mediatorId,
          name: "张其木格",
          committeeId: org.committeeId,
          kind: "COMMITTEE_MEMBER",
          libraries: ["MEDIATOR"],
          gender: "FEMALE",
          ethnicity: "蒙古族",
          adultAttested: true,
        },
      },
      justiceOfficer(),
    ),
  );
  await registerCourt(hub, org.courtId, "内0202", "包头市东河区人民法院");
  return org;
}

/** A dispute with a record in each of the other three departments: an oral agreement, a filed application, a supervision case. */
export async function seedDisputeAcrossDepartments(hub: RunningHub, org: Organisations) {
  const mediated = await mediateToAgreement(hub, org);
  expectData(await step.fileApplication(hub, org, mediated.caseId, [mediated.applicantId, mediated.respondentId]));
  expectData(await step.openSupervision(hub, mediated.disputeId));
  return { disputeId: mediated.disputeId, number: mediated.number, mediationCaseId: mediated.caseId, idNumbers: mediated.idNumbers };
}
