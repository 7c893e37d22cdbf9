import { randomUUID } from "node:crypto";
import { ACCESS_POLICY, MATRIX_ROLES, type Actor, type PolicyField } from "@hub/subgraph-kit";
import type { CourtServer } from "../../subgraphs/court/src/server";
import { courtClerk } from "../support/actors";
import { apiSchemaOf } from "../../schema/api-schema";
import { readFileSync } from "node:fs";
import { startHub, SUPERGRAPH_PATH, type RunningHub } from "../support/hub-harness";
import { ownDatabase } from "../support/own-database";
import { dataStatements } from "../support/subgraph-harness";
import { databaseFingerprint, type Fingerprinter } from "../support/database-fingerprint";
import { DEPARTMENT_NAMES, type DepartmentName } from "../support/migrations";
import {
  callerOf,
  fixtures,
  publicDispute,
  seedAreas,
  webhookInput,
  type Area,
  type AreaOrganisations,
  type MatrixRole,
} from "./mutation-fixtures";
import { seedOrganisations } from "./seed";
import { expectData, step, trafficAccident } from "./steps";

/**
 * Every mutation of the graph × every role × a caller in the area of the record it acts on
 * (包头市东河区) and one from another area (呼和浩特市新城区). The cells follow from the access
 * policy: a role it does not name is refused by the gateway before planning (FORBIDDEN, 403;
 * anonymous callers UNAUTHENTICATED, 401); a role it names succeeds on a record it may act on
 * (a fresh one per cell) and is refused FORBIDDEN on one outside its scope. A refusal leaves
 * every department's database as it was, event log included. The hub runs on databases of
 * this file's own, so nothing else writes to them while a cell runs.
 */
let hub: RunningHub;
let areas: Record<Area, AreaOrganisations>;
let fixture: ReturnType<typeof fixtures>;
let fingerprint: Fingerprinter;

const DEPARTMENTS: readonly DepartmentName[] = DEPARTMENT_NAMES;

beforeAll(async () => {
  const urls = await Promise.all(DEPARTMENTS.map((name) => ownDatabase(name)));
  const databaseUrls = Object.fromEntries(DEPARTMENTS.map((name, i) => [name, urls[i] as string]));
  hub = await startHub({ databaseUrls });
  fingerprint = databaseFingerprint(databaseUrls);
  areas = await seedAreas(hub, await seedOrganisations(hub));
  fixture = fixtures(hub, areas);
}, 120_000);
afterAll(async () => {
  await fingerprint?.close();
  await hub?.stop();
});

type Variables = Record<string, unknown>;

interface MutationSpec {
  document: string;
  /** A fresh record in area IN for the mutation to act on, as the mutation's variables. */
  target(): Promise<Variables>;
  /** The policy's roles that may act on that record from area IN; its other roles are refused by scope. */
  inArea: readonly MatrixRole[];
  /** The roles that may act on it from the other area too (the public channel). */
  crossArea?: readonly MatrixRole[];
  /** The cell's variables for `role`, when a role acts through its own channel (a partner hands a dispute over). */
  forRole?(variables: Variables, role: MatrixRole): Variables;
  /** The cell's caller, when it must be the one the variables name (a clerk registering their own court). */
  callerFor?(variables: Variables, role: MatrixRole, area: Area): Actor | null | undefined;
}

const withInput = (type: string, field: string, selection = "{ __typename }") =>
  `mutation($input: ${type}!) { ${field}(input: $input) ${selection} }`;
const withId = (field: string, selection = "{ __typename }", argument = "id") =>
  `mutation($id: ID!) { ${field}(${argument}: $id) ${selection} }`;
const input = (value: Variables): Variables => ({ input: value });
const COMMITTEE_ROLES = ["MEDIATOR", "JUSTICE_OFFICER"] as const;
/** Every column, anonymous callers included: the public channel is open to anyone. */
const PUBLIC_CHANNEL: readonly MatrixRole[] = [...MATRIX_ROLES, "ANONYMOUS"];

const SPECS: Record<string, MutationSpec> = {
  // center
  registerCentre: {
    document: withInput("RegisterCentreInput", "registerCentre"),
    target: async () => input({ id: randomUUID(), name: `和平路街道第二综治中心-${randomUUID().slice(0, 6)}`, divisionCode: "150202001" }),
    inArea: ["CENTRE_SUPERVISOR"],
  },
  receiveDispute: {
    document: withInput("ReceiveDisputeInput", "receiveDispute"),
    target: async () => input(trafficAccident(areas.IN.centreId)),
    inArea: ["CENTRE_OFFICER", "CENTRE_SUPERVISOR", "PARTNER_SYSTEM"],
    forRole: (variables, role) =>
      role === "PARTNER_SYSTEM" ? input({ ...(variables.input as Variables), channel: "PARTNER_SYSTEM" }) : variables,
  },
  routeDispute: {
    document: withInput("RouteDisputeInput", "routeDispute"),
    target: async () =>
      input({
        disputeId: (await fixture.received()).disputeId,
        target: { department: "JUSTICE", organisationId: areas.IN.committeeId },
        stationingMode: "PERMANENT",
        tier: "STATIONED",
        overrideReason: "直接分流至人民调解委员会",
      }),
    inArea: ["CENTRE_OFFICER", "CENTRE_SUPERVISOR"],
  },
  withdrawRouting: {
    document: withInput("WithdrawRoutingInput", "withdrawRouting"),
    target: async () => input({ routingId: (await fixture.routed()).routingId, reason: "分流对象有误" }),
    inArea: ["CENTRE_OFFICER", "CENTRE_SUPERVISOR"],
  },
  escalateDispute: {
    document: withInput("EscalateDisputeInput", "escalateDispute"),
    target: async () => input({ disputeId: (await fixture.received()).disputeId, reason: "涉及多个街道，本级调处不成" }),
    inArea: ["CENTRE_OFFICER", "CENTRE_SUPERVISOR"],
  },
  respondToRouting: {
    document: withInput("RespondToRoutingInput", "respondToRouting"),
    target: async () => input({ routingId: (await fixture.routed()).routingId, decision: "ACCEPT" }),
    // The receiving organisation answers for itself (信访工作条例 art 23), not the bureau over it.
    inArea: ["MEDIATOR"],
  },
  upsertRoutingRule: {
    document: withInput("UpsertRoutingRuleInput", "upsertRoutingRule"),
    target: async () =>
      input({
        id: randomUUID(),
        category: "LAND",
        jurisdictionCode: "150202",
        target: { department: "JUSTICE", organisationId: areas.IN.committeeId },
        stationingMode: "PERMANENT",
        tier: "STATIONED",
        basis: "人民调解法 art 8",
      }),
    inArea: ["CENTRE_SUPERVISOR"],
  },
  linkDuplicate: {
    document: withInput("LinkDuplicateInput", "linkDuplicate"),
    target: async () => {
      const { first, second } = await fixture.duplicatePair();
      return input({ disputeId: second.disputeId, survivorId: first.disputeId });
    },
    inArea: ["CENTRE_OFFICER", "CENTRE_SUPERVISOR"],
  },
  overrideDuplicateReview: {
    document: withInput("OverrideDuplicateReviewInput", "overrideDuplicateReview"),
    target: async () => input({ disputeId: (await fixture.duplicatePair()).second.disputeId, reason: "同一当事人的另一起事故" }),
    inArea: ["CENTRE_OFFICER", "CENTRE_SUPERVISOR"],
  },
  mergeDisputes: {
    document: withInput("MergeDisputesInput", "mergeDisputes"),
    target: async () => {
      const [merged, survivor] = [await fixture.received(), await fixture.received()];
      return input({ mergedId: merged.disputeId, survivorId: survivor.disputeId, reason: "同一交通事故，分别登记为两件" });
    },
    inArea: ["CENTRE_OFFICER", "CENTRE_SUPERVISOR"],
  },
  recordReturnVisit: {
    document: withInput("RecordReturnVisitInput", "recordReturnVisit"),
    target: async () =>
      input({
        disputeId: (await fixture.resolved()).disputeId,
        method: "PHONE",
        outcome: "PERFORMED",
        satisfaction: "SATISFIED",
        notes: "被申请人已按协议支付维修费。",
        notificationMethod: "PHONE",
        notificationSummary: "告知申请人：协议已履行完毕。",
      }),
    inArea: ["CENTRE_OFFICER", "CENTRE_SUPERVISOR"],
  },
  closeDispute: {
    document: withInput("CloseDisputeInput", "closeDispute"),
    target: async () => input({ disputeId: (await fixture.resolved()).disputeId, reason: "申请人明确拒绝回访" }),
    inArea: ["CENTRE_OFFICER", "CENTRE_SUPERVISOR"],
  },
  urgeStage: {
    document: withInput("UrgeStageInput", "urgeStage"),
    target: async () => input({ disputeId: (await fixture.received()).disputeId, stage: "ROUTE", note: "请尽快分流" }),
    inArea: ["CENTRE_SUPERVISOR"],
  },
  extendDeadline: {
    document: withInput("ExtendDeadlineInput", "extendDeadline"),
    target: async () =>
      input({ disputeId: (await fixture.inMediation()).disputeId, stage: "HANDLE", days: 30, reason: "案情复杂，经批准延长" }),
    inArea: ["CENTRE_SUPERVISOR"],
  },
  reassignDispute: {
    document: withInput("ReassignDisputeInput", "reassignDispute"),
    target: async () =>
      input({ disputeId: (await fixture.received()).disputeId, toCentreId: areas.IN.countyCentreId, reason: "改由区综治中心办理" }),
    inArea: ["CENTRE_SUPERVISOR"],
  },
  createWebhookSubscription: {
    document: withInput("CreateWebhookSubscriptionInput", "createWebhookSubscription"),
    target: async () => input(webhookInput(areas.IN.partnerId)),
    inArea: ["CENTRE_SUPERVISOR", "PARTNER_SYSTEM"],
  },
  pauseWebhookSubscription: {
    document: withId("pauseWebhookSubscription"),
    target: async () => ({ id: await fixture.subscription() }),
    inArea: ["CENTRE_SUPERVISOR", "PARTNER_SYSTEM"],
  },
  resumeWebhookSubscription: {
    document: withId("resumeWebhookSubscription"),
    target: async () => ({ id: await fixture.subscription("PAUSED") }),
    inArea: ["CENTRE_SUPERVISOR", "PARTNER_SYSTEM"],
  },
  deleteWebhookSubscription: {
    document: withId("deleteWebhookSubscription"),
    target: async () => ({ id: await fixture.subscription() }),
    inArea: ["CENTRE_SUPERVISOR", "PARTNER_SYSTEM"],
  },
  replayWebhookDelivery: {
    document: withId("replayWebhookDelivery", ""),
    target: async () => ({ id: (await fixture.deadDelivery()).deliveryId }),
    // The partner replays its own subscription's deliveries; a supervisor those in their jurisdiction.
    inArea: ["CENTRE_SUPERVISOR", "PARTNER_SYSTEM"],
  },
  replayDeadWebhookDeliveries: {
    document: withId("replayDeadWebhookDeliveries", "", "subscriptionId"),
    target: async () => ({ id: (await fixture.deadDelivery()).subscriptionId }),
    inArea: ["CENTRE_SUPERVISOR", "PARTNER_SYSTEM"],
  },
  revealPersonalData: {
    document: withInput("RevealPersonalDataInput", "revealPersonalData", "{ partyId }"),
    target: async () =>
      input({
        partyId: (await fixture.acrossDepartments()).applicantId,
        fields: ["PHONE"],
        purpose: "CONTACT_PARTY",
        purposeDetail: "通知当事人参加调解",
      }),
    inArea: ["CENTRE_OFFICER", "MEDIATOR", "JUDGE", "COURT_CLERK", "PROSECUTOR"],
  },
  submitPublicDispute: {
    document: withInput("PublicDisputeInput", "submitPublicDispute", "{ trackingCode }"),
    target: async () => input(publicDispute(areas.IN.centreId)),
    inArea: PUBLIC_CHANNEL,
    crossArea: PUBLIC_CHANNEL,
  },
  recordPetitionerNotice: {
    document: withInput("RecordPetitionerNoticeInput", "recordPetitionerNotice"),
    target: async () => input({ disputeId: (await fixture.received()).disputeId, method: "SMS" }),
    inArea: ["CENTRE_OFFICER", "CENTRE_SUPERVISOR"],
  },
  requestReview: {
    document: withInput("RequestReviewInput", "requestReview"),
    target: async () =>
      input({
        disputeId: (await fixture.resolved()).disputeId,
        kind: "REVIEW",
        opinionReceivedAt: new Date(Date.now() - 5 * 86_400_000).toISOString(),
        reason: "对处理意见不服，赔偿数额计算有误",
      }),
    inArea: ["CENTRE_OFFICER", "CENTRE_SUPERVISOR"],
  },
  answerReview: {
    document: withInput("AnswerReviewInput", "answerReview"),
    target: async () => input({ reviewRequestId: (await fixture.reviewRequested()).reviewRequestId, answer: "经复查，维持原处理意见" }),
    inArea: ["CENTRE_OFFICER", "CENTRE_SUPERVISOR"],
  },
  // justice
  recordTermPerformance: {
    document: withInput("RecordTermPerformanceInput", "recordTermPerformance"),
    target: async () => input({ termId: (await fixture.agreedTerm()).termId, status: "PARTLY_PERFORMED", asOf: new Date().toISOString() }),
    inArea: COMMITTEE_ROLES,
  },
  urgePerformance: {
    document: withInput("UrgePerformanceInput", "urgePerformance"),
    target: async () => input({ termId: (await fixture.agreedTerm()).termId, method: "电话督促", note: "请按约履行" }),
    inArea: COMMITTEE_ROLES,
  },
  acceptMediationCase: {
    document: withInput("AcceptMediationCaseInput", "acceptMediationCase"),
    target: async () => input({ disputeId: (await fixture.routed()).disputeId, committeeId: areas.IN.committeeId }),
    // Accepting a routed case is the committee's own act (信访工作条例 art 23), not the bureau's.
    inArea: ["MEDIATOR"],
  },
  assignMediator: {
    document: withInput("AssignMediatorInput", "assignMediator"),
    target: async () => input({ caseId: (await fixture.inMediation()).caseId, mediatorId: areas.IN.mediatorId, chosenByParties: true }),
    inArea: COMMITTEE_ROLES,
  },
  recordSession: {
    document: withInput("RecordSessionInput", "recordSession"),
    target: async () => {
      const dispute = await fixture.withMediator();
      return input({
        caseId: dispute.caseId,
        heldAt: new Date().toISOString(),
        publicity: "PRIVATE",
        attendingPartyIds: [dispute.applicantId, dispute.respondentId],
        summary: "双方陈述事故经过。",
      });
    },
    inArea: COMMITTEE_ROLES,
  },
  recordPartyRefusal: {
    document: withInput("RecordPartyRefusalInput", "recordPartyRefusal"),
    target: async () => {
      const dispute = await fixture.withMediator();
      return input({ caseId: dispute.caseId, partyId: dispute.respondentId, statement: "被申请人明确表示不同意调解" });
    },
    inArea: COMMITTEE_ROLES,
  },
  endMediationAtPartyRequest: {
    document: withInput("EndMediationAtPartyRequestInput", "endMediationAtPartyRequest"),
    target: async () => {
      const dispute = await fixture.afterSession();
      return input({ caseId: dispute.caseId, partyId: dispute.applicantId, statement: "申请人要求终止调解" });
    },
    inArea: COMMITTEE_ROLES,
  },
  concludeWithAgreement: {
    document: withInput("ConcludeWithAgreementInput", "concludeWithAgreement"),
    target: async () => {
      const dispute = await fixture.afterSession();
      return input({
        caseId: dispute.caseId,
        form: "ORAL",
        partyIds: [dispute.applicantId, dispute.respondentId],
        facts: "被申请人驾车追尾申请人车辆。",
        disputedPoints: "维修费用的数额。",
        responsibility: "被申请人负全部责任。",
        terms: [
          {
            obligorPartyId: dispute.respondentId,
            obligeePartyId: dispute.applicantId,
            obligation: "赔偿车辆维修费人民币7500元",
            subject: "PAYMENT",
            manner: "银行转账",
            deadline: new Date(Date.now() + 14 * 86_400_000).toISOString(),
          },
        ],
      });
    },
    inArea: COMMITTEE_ROLES,
  },
  concludeWithFailure: {
    document: withInput("ConcludeWithFailureInput", "concludeWithFailure"),
    target: async () =>
      input({
        caseId: (await fixture.afterSession()).caseId,
        reason: "双方对赔偿数额分歧过大",
        routesExplained: ["ARBITRATION", "ADMINISTRATIVE", "LITIGATION"],
      }),
    inArea: COMMITTEE_ROLES,
  },
  signAgreement: {
    document: withInput("SignAgreementInput", "signAgreement"),
    target: async () => {
      const mediated = await fixture.mediated("WRITTEN");
      return input({ agreementId: mediated.agreementId, signer: "PARTY", partyId: mediated.applicantId, method: "FINGERPRINT" });
    },
    inArea: COMMITTEE_ROLES,
  },
  sealAgreement: {
    document: withInput("SealAgreementInput", "sealAgreement"),
    target: async () => {
      const mediated = await fixture.mediated("WRITTEN");
      const sign = (signer: string, partyId?: string) =>
        hub.request(
          withInput("SignAgreementInput", "signAgreement"),
          input({ agreementId: mediated.agreementId, signer, partyId, method: "SIGNATURE" }),
          callerOf("MEDIATOR", areas.IN),
        );
      await sign("PARTY", mediated.applicantId);
      await sign("PARTY", mediated.respondentId);
      await sign("MEDIATOR");
      return input({ agreementId: mediated.agreementId });
    },
    inArea: COMMITTEE_ROLES,
  },
  registerMediationCommittee: {
    document: withInput("RegisterMediationCommitteeInput", "registerMediationCommittee"),
    target: async () =>
      input({ id: randomUUID(), name: `东河区劳动争议人民调解委员会-${randomUUID().slice(0, 6)}`, divisionCode: "150202" }),
    inArea: ["JUSTICE_OFFICER"],
  },
  registerMediator: {
    document: withInput("RegisterMediatorInput", "registerMediator"),
    target: async () =>
      input({
        id: randomUUID(),
        name: "其木格",
        committeeId: areas.IN.committeeId,
        kind: "COMMITTEE_MEMBER",
        libraries: ["MEDIATOR"],
        adultAttested: true,
      }),
    inArea: ["JUSTICE_OFFICER"],
  },
  // court
  registerCourt: {
    document: withInput("RegisterCourtInput", "registerCourt"),
    target: async () =>
      input({ id: randomUUID(), name: "包头市青山区人民法院", level: "BASIC", caseCode: "内0204", divisionCode: "150204" }),
    inArea: ["COURT_CLERK"],
    // A clerk registers their own court: in area IN the caller is the clerk of the court being registered.
    callerFor: (variables, role, area) =>
      role === "COURT_CLERK" && area === "IN"
        ? { ...courtClerk((variables.input as { id: string }).id), jurisdictionCode: "150204" }
        : undefined,
  },
  fileConfirmationApplication: {
    document: withInput("FileConfirmationApplicationInput", "fileConfirmationApplication"),
    target: async () => {
      const mediated = await fixture.mediated();
      return input({
        mediationCaseId: mediated.caseId,
        courtId: areas.IN.courtId,
        applicantPartyIds: [mediated.applicantId, mediated.respondentId],
      });
    },
    inArea: ["COURT_CLERK"],
  },
  decideConfirmationAcceptance: {
    document: withInput("DecideConfirmationAcceptanceInput", "decideConfirmationAcceptance"),
    target: async () => input({ applicationId: (await fixture.filed()).applicationId, accept: true }),
    inArea: ["COURT_CLERK", "JUDGE"],
  },
  withdrawConfirmationApplication: {
    document: withInput("WithdrawConfirmationApplicationInput", "withdrawConfirmationApplication"),
    target: async () => input({ applicationId: (await fixture.filed()).applicationId, reason: "当事人撤回申请" }),
    inArea: ["COURT_CLERK", "JUDGE"],
  },
  startConfirmationReview: {
    document: withInput("StartConfirmationReviewInput", "startConfirmationReview"),
    target: async () => input({ applicationId: (await fixture.acceptedApplication()).applicationId }),
    inArea: ["JUDGE"],
  },
  ruleOnConfirmation: {
    document: withInput("RuleOnConfirmationInput", "ruleOnConfirmation"),
    target: async () => {
      const application = await fixture.underReview();
      // 民诉法解释 356: the parties are heard before any ruling.
      await step.hearParties(hub, application.applicationId, areas.IN.courtId);
      return input({ applicationId: application.applicationId, outcome: "VALID", reasoning: "调解协议系双方自愿达成。" });
    },
    inArea: ["JUDGE"],
  },
  orderMaterialsSupplement: {
    document: withInput("OrderMaterialsSupplementInput", "orderMaterialsSupplement"),
    target: async () => input({ applicationId: (await fixture.filed()).applicationId, missing: ["POWER_OF_ATTORNEY"] }),
    inArea: ["COURT_CLERK", "JUDGE"],
  },
  recordMaterialsSupplied: {
    document: withInput("RecordMaterialsSuppliedInput", "recordMaterialsSupplied"),
    target: async () => {
      const application = await fixture.filed();
      expectData(
        await hub.request(
          withInput("OrderMaterialsSupplementInput", "orderMaterialsSupplement"),
          input({ applicationId: application.applicationId, missing: ["POWER_OF_ATTORNEY"] }),
          callerOf("COURT_CLERK", areas.IN),
        ),
      );
      return input({ applicationId: application.applicationId });
    },
    inArea: ["COURT_CLERK", "JUDGE"],
  },
  deemConfirmationWithdrawn: {
    document: withInput("DeemConfirmationWithdrawnInput", "deemConfirmationWithdrawn"),
    target: async () => {
      const application = await fixture.filed();
      expectData(
        await hub.request(
          withInput("OrderMaterialsSupplementInput", "orderMaterialsSupplement"),
          input({ applicationId: application.applicationId, missing: ["POWER_OF_ATTORNEY"] }),
          callerOf("COURT_CLERK", areas.IN),
        ),
      );
      // The time to supply has run out (民诉法解释 357(2)), as if its days had passed.
      await (hub.subgraphs.court.server as CourtServer).db.supplementOrder.updateMany({
        where: { applicationId: application.applicationId },
        data: { dueAt: new Date(Date.now() - 60_000) },
      });
      return input({ applicationId: application.applicationId, reason: "逾期未补充材料" });
    },
    inArea: ["COURT_CLERK", "JUDGE"],
  },
  recordPartyHearing: {
    document: withInput("RecordPartyHearingInput", "recordPartyHearing"),
    target: async () => {
      const application = await fixture.underReview();
      return input({ applicationId: application.applicationId, partyId: application.applicantId, manner: "APPEARED_IN_PERSON" });
    },
    inArea: ["COURT_CLERK", "JUDGE"],
  },
  extendConfirmationConclusion: {
    document: withInput("ExtendConfirmationConclusionInput", "extendConfirmationConclusion"),
    target: async () =>
      input({
        applicationId: (await fixture.underReview()).applicationId,
        limit: "STATUTORY",
        days: 10,
        reason: "案情复杂",
        approvedByName: "院长",
      }),
    inArea: ["JUDGE"],
  },
  recordRulingService: {
    document: withInput("RecordRulingServiceInput", "recordRulingService"),
    target: async () => {
      const application = await fixture.ruled();
      return input({
        applicationId: application.applicationId,
        partyId: application.applicantId,
        servedAt: new Date().toISOString(),
        method: "DIRECT",
      });
    },
    inArea: ["COURT_CLERK", "JUDGE"],
  },
  fileRulingObjection: {
    document: withInput("FileRulingObjectionInput", "fileRulingObjection"),
    target: async () => {
      const application = await fixture.ruled();
      return input({
        applicationId: application.applicationId,
        objectorKind: "PARTY",
        partyId: application.respondentId,
        grounds: "调解协议内容违背真实意愿",
      });
    },
    inArea: ["COURT_CLERK", "JUDGE"],
  },
  startObjectionReview: {
    document: withInput("StartObjectionReviewInput", "startObjectionReview"),
    target: async () => input({ objectionId: (await fixture.objection()).objectionId }),
    inArea: ["JUDGE"],
  },
  decideRulingObjection: {
    document: withInput("DecideRulingObjectionInput", "decideRulingObjection"),
    target: async () =>
      input({ objectionId: (await fixture.objectionUnderReview()).objectionId, revokeRuling: false, reasoning: "异议理由不成立" }),
    inArea: ["JUDGE"],
  },
  // procuratorate
  openSupervisionCase: {
    document: withInput("OpenSupervisionCaseInput", "openSupervisionCase"),
    target: async () => input({ disputeId: (await fixture.received()).disputeId, grounds: "MAJOR_SOCIAL_IMPACT", summary: "社会影响重大" }),
    inArea: ["PROSECUTOR"],
  },
  openSupervisionCaseFromLead: {
    document: withInput("OpenSupervisionCaseFromLeadInput", "openSupervisionCaseFromLead"),
    target: async () =>
      input({
        leadKind: "MEDIATION_AGREEMENT",
        leadId: (await fixture.mediated()).agreementId,
        grounds: "MAJOR_SOCIAL_IMPACT",
        summary: "依职权审查调解协议",
      }),
    inArea: ["PROSECUTOR"],
  },
  startSupervisionReview: {
    document: withInput("StartSupervisionReviewInput", "startSupervisionReview"),
    target: async () => input({ caseId: (await fixture.supervision()).supervisionCaseId }),
    inArea: ["PROSECUTOR"],
  },
  concludeSupervision: {
    document: withInput("ConcludeSupervisionInput", "concludeSupervision"),
    target: async () =>
      input({ caseId: (await fixture.supervisionUnderReview()).supervisionCaseId, outcome: "NO_IRREGULARITY", summary: "未发现违法情形" }),
    inArea: ["PROSECUTOR"],
  },
};

const MUTATIONS = Object.keys(apiSchemaOf(readFileSync(SUPERGRAPH_PATH, "utf8")).getMutationType()?.getFields() ?? {}).sort();
const COLUMNS: readonly MatrixRole[] = [...MATRIX_ROLES, "ANONYMOUS"];

function policyRoles(field: string): readonly MatrixRole[] {
  const roles = ACCESS_POLICY[field as PolicyField].roles;
  return roles === "ANYONE" ? COLUMNS : roles;
}

type Expected = "ALLOWED" | "FORBIDDEN_AT_GATEWAY" | "UNAUTHENTICATED" | "FORBIDDEN_BY_SCOPE";

function expectedCell(field: string, spec: MutationSpec, role: MatrixRole, area: Area): Expected {
  if (!policyRoles(field).includes(role)) return role === "ANONYMOUS" ? "UNAUTHENTICATED" : "FORBIDDEN_AT_GATEWAY";
  const allowed: readonly MatrixRole[] = area === "IN" ? spec.inArea : (spec.crossArea ?? []);
  return allowed.includes(role) ? "ALLOWED" : "FORBIDDEN_BY_SCOPE";
}

describe("the mutation matrix covers the graph", () => {
  it("has a row for every mutation of the schema, and only those", () => {
    expect(Object.keys(SPECS).sort()).toEqual(MUTATIONS);
  });

  it.each(Object.entries(SPECS))("%s: the roles allowed in area are roles the policy names", (field, spec) => {
    for (const role of [...spec.inArea, ...(spec.crossArea ?? [])]) expect(policyRoles(field)).toContain(role);
  });
});

const CELLS = MUTATIONS.flatMap((field) =>
  (["IN", "CROSS"] as const).flatMap((area) => COLUMNS.map((role) => [field, role, area] as const)),
);

describe.each(MUTATIONS)("%s", (field) => {
  const spec = SPECS[field] as MutationSpec;
  let shared: Variables | undefined;
  const sharedTarget = async () => (shared ??= await spec.target());
  const cells = CELLS.filter(([name]) => name === field).map(
    ([, role, area]) => [role, area, expectedCell(field, spec, role, area)] as const,
  );

  it.each(cells)("%s from area %s: %s", async (role, area, expected) => {
    const target = expected === "ALLOWED" ? await spec.target() : await sharedTarget();
    const variables = spec.forRole ? spec.forRole(target, role) : target;
    const caller = spec.callerFor?.(variables, role, area) ?? callerOf(role, areas[area]);
    const before = expected === "FORBIDDEN_BY_SCOPE" ? await fingerprint.take() : undefined;
    hub.resetQueries();
    const response = await hub.request(spec.document, variables, caller);
    const codes = (response.errors ?? []).map((error) => error.extensions?.code);
    switch (expected) {
      case "ALLOWED":
        expect(response.errors ?? []).toEqual([]);
        expect(response.data?.[field]).not.toBeNull();
        return;
      case "FORBIDDEN_AT_GATEWAY":
      case "UNAUTHENTICATED":
        expect(codes).toEqual([expected === "UNAUTHENTICATED" ? "UNAUTHENTICATED" : "FORBIDDEN"]);
        expect(response.status).toBe(expected === "UNAUTHENTICATED" ? 401 : 403);
        // Refused before planning: no department read or wrote anything.
        for (const name of DEPARTMENTS) expect(dataStatements(hub.subgraphs[name].queries)).toEqual([]);
        return;
      case "FORBIDDEN_BY_SCOPE":
        expect(codes.join() === "FORBIDDEN" ? [] : response.errors).toEqual([]);
        expect(response.data?.[field] ?? null).toBeNull();
        expect(await fingerprint.take()).toEqual(before);
        return;
    }
  });
});
