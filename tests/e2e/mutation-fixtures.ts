import { randomUUID } from "node:crypto";
import type { Actor, Role } from "@hub/subgraph-kit";
import type { CenterServer } from "../../subgraphs/center/src/server";
import { actor, centreOfficer, centreSupervisor, judge, courtClerk, mediator, prosecutor } from "../support/actors";
import type { RunningHub } from "../support/hub-harness";
import { uniqueIdNumber } from "../support/id-numbers";
import { registerCourt } from "./seed";
import { expectData, mediateToAgreement, step, type Organisations } from "./steps";

/**
 * The two areas of the mutation matrix: IN is 包头市东河区 (150202), where every target record
 * lies; CROSS is 呼和浩特市新城区 (150102), with organisations of its own of every kind.
 */
export type Area = "IN" | "CROSS";
export type MatrixRole = Role | "ANONYMOUS";

export interface AreaOrganisations extends Organisations {
  county: string;
  city: string;
  procuratorateId: string;
  partnerId: string;
  /** The county's own centre, above the township one (area IN only). */
  countyCentreId?: string;
}

/** Builds the caller of `role` working in `area` (its organisations, its jurisdiction). */
export function callerOf(role: MatrixRole, area: AreaOrganisations): Actor | null {
  const county = area.county;
  switch (role) {
    case "ANONYMOUS":
      return null;
    case "CENTRE_OFFICER":
      return centreOfficer(area.centreId, county);
    case "CENTRE_SUPERVISOR":
      return centreSupervisor(area.city);
    case "MEDIATOR":
      return { ...mediator(area.committeeId), jurisdictionCode: county };
    case "JUSTICE_OFFICER":
      return actor({ department: "JUSTICE", roles: ["JUSTICE_OFFICER"], jurisdictionCode: county, name: "赵司法" });
    case "JUDGE":
      return { ...judge(area.courtId), jurisdictionCode: county };
    case "COURT_CLERK":
      return { ...courtClerk(area.courtId), jurisdictionCode: county };
    case "PROSECUTOR":
      return { ...prosecutor(area.procuratorateId), jurisdictionCode: county };
    case "PARTNER_SYSTEM":
      return actor({ department: "PARTNER", roles: ["PARTNER_SYSTEM"], organisationId: area.partnerId, jurisdictionCode: county });
    case "PUBLIC":
      return actor({ department: "PUBLIC", roles: ["PUBLIC"], jurisdictionCode: null, name: "公众" });
    case "HUB_SYSTEM":
      return actor({ department: "CENTER", roles: ["HUB_SYSTEM"], jurisdictionCode: null, name: "事件消费" });
    case "DEPARTMENT_SYSTEM":
      return actor({ department: "COURT", roles: ["DEPARTMENT_SYSTEM"], organisationId: area.courtId, jurisdictionCode: county });
  }
}

async function registerCentre(hub: RunningHub, id: string, name: string, divisionCode: string) {
  expectData(
    await hub.request(
      `mutation($input: RegisterCentreInput!) { registerCentre(input: $input) { id } }`,
      { input: { id, name, divisionCode } },
      centreSupervisor(),
    ),
  );
}

async function registerCommittee(hub: RunningHub, id: string, name: string, divisionCode: string) {
  expectData(
    await hub.request(
      `mutation($input: RegisterMediationCommitteeInput!) { registerMediationCommittee(input: $input) { id } }`,
      { input: { id, name, divisionCode } },
      actor({ department: "JUSTICE", roles: ["JUSTICE_OFFICER"] }),
    ),
  );
}

/** The organisations of both areas, registered through the gateway; area IN also has its county centre (上交 goes there). */
export async function seedAreas(hub: RunningHub, inArea: Organisations): Promise<Record<Area, AreaOrganisations>> {
  const cross = { centreId: randomUUID(), committeeId: randomUUID(), mediatorId: randomUUID(), courtId: randomUUID() };
  await registerCentre(hub, cross.centreId, "海拉尔东路街道综治中心", "150102001");
  const countyCentreId = randomUUID();
  await registerCentre(hub, countyCentreId, "东河区综治中心", "150202");
  await registerCommittee(hub, cross.committeeId, "新城区人民调解委员会", "150102");
  await registerCourt(hub, cross.courtId, "内0102", "呼和浩特市新城区人民法院");
  return {
    IN: { ...inArea, county: "150202", city: "1502", procuratorateId: randomUUID(), partnerId: randomUUID(), countyCentreId },
    CROSS: { ...cross, county: "150102", city: "1501", procuratorateId: randomUUID(), partnerId: randomUUID() },
  };
}

/** Records in area IN, each in the state a mutation needs, built through the gateway as their departments would. */
export function fixtures(hub: RunningHub, areas: Record<Area, AreaOrganisations>) {
  const org = areas.IN;
  const center = () => (hub.subgraphs.center.server as CenterServer).db;
  const prosecutorIn = () => callerOf("PROSECUTOR", org) as Actor;

  const received = () => step.receive(hub, org);
  const routed = async () => {
    const dispute = await received();
    const routingId = expectData(await step.routeToCommittee(hub, org, dispute.disputeId)).routeDispute.id;
    return { ...dispute, routingId };
  };
  const inMediation = async () => {
    const dispute = await routed();
    const caseId = expectData(await step.acceptMediation(hub, org, dispute.disputeId)).acceptMediationCase.id;
    return { ...dispute, caseId };
  };
  const withMediator = async () => {
    const dispute = await inMediation();
    expectData(await step.assignMediator(hub, org, dispute.caseId));
    return dispute;
  };
  const afterSession = async () => {
    const dispute = await withMediator();
    expectData(await step.holdSession(hub, org, dispute.caseId, dispute));
    return dispute;
  };
  const filed = async () => {
    const mediated = await mediateToAgreement(hub, org);
    const applicationId = expectData(await step.fileApplication(hub, org, mediated.caseId, [mediated.applicantId, mediated.respondentId]))
      .fileConfirmationApplication.id;
    return { ...mediated, applicationId };
  };
  const acceptedApplication = async () => {
    const application = await filed();
    expectData(await step.acceptApplication(hub, application.applicationId, org.courtId));
    return application;
  };
  const underReview = async () => {
    const application = await acceptedApplication();
    expectData(await step.startReview(hub, application.applicationId, org.courtId));
    return application;
  };
  const supervision = async () => {
    const dispute = await received();
    const opened = await hub.request<{ openSupervisionCase: { id: string } }>(
      `mutation($input: OpenSupervisionCaseInput!) { openSupervisionCase(input: $input) { id } }`,
      { input: { disputeId: dispute.disputeId, grounds: "MAJOR_SOCIAL_IMPACT", summary: "依职权关注调解程序合法性" } },
      prosecutorIn(),
    );
    return { ...dispute, supervisionCaseId: expectData(opened).openSupervisionCase.id };
  };
  const supervisionUnderReview = async () => {
    const opened = await supervision();
    expectData(
      await hub.request(
        `mutation($input: StartSupervisionReviewInput!) { startSupervisionReview(input: $input) { id } }`,
        { input: { caseId: opened.supervisionCaseId } },
        prosecutorIn(),
      ),
    );
    return opened;
  };
  /** The second of two disputes between the same persons: the centre holds it for a duplicate review. */
  const duplicatePair = async () => {
    const first = await received();
    const parties = [
      { role: "APPLICANT", kind: "PERSON", name: "巴特尔", idNumber: first.idNumbers[0] },
      { role: "RESPONDENT", kind: "PERSON", name: "王建国", idNumber: first.idNumbers[1] },
    ];
    const second = await step.receive(hub, org, { parties });
    return { first, second };
  };
  /** A dispute the centre has learned is resolved (as its consumer records an agreement taking effect). */
  const resolved = async () => {
    const dispute = await step.receive(hub, org, { receivedAt: new Date(Date.now() - 20 * 86_400_000).toISOString() });
    const resolvedAt = new Date(Date.now() - 10 * 86_400_000);
    await center().dispute.update({ where: { id: dispute.disputeId }, data: { status: "RESOLVED", resolvedAt } });
    return dispute;
  };
  const subscription = async (status: "ACTIVE" | "PAUSED" = "ACTIVE") => {
    const partner = callerOf("PARTNER_SYSTEM", org) as Actor;
    const created = expectData(
      await hub.request<{ createWebhookSubscription: { id: string } }>(
        `mutation($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) { id } }`,
        { input: webhookInput(org.partnerId) },
        partner,
      ),
    ).createWebhookSubscription;
    if (status === "PAUSED") {
      expectData(await hub.request(`mutation($id: ID!) { pauseWebhookSubscription(id: $id) { id } }`, { id: created.id }, partner));
    }
    return created.id;
  };
  /** A subscription with one dead-lettered delivery, written as the delivery worker leaves it. */
  const deadDelivery = async () => {
    const subscriptionId = await subscription();
    const eventId = randomUUID();
    const deliveryId = randomUUID();
    const now = new Date();
    await center().consumedEvent.create({
      data: {
        eventId,
        source: "center",
        type: "dispute.received",
        subjectType: "Dispute",
        subjectId: randomUUID(),
        occurredAt: now,
        actorId: "test",
        actorName: "测试",
        summary: "受理",
        payload: {},
        consumedAt: now,
      },
    });
    await center().webhookDelivery.create({
      data: { id: deliveryId, subscriptionId, eventId, status: "DEAD", attempts: 8, nextAttemptAt: now, deadAt: now, createdAt: now },
    });
    return { subscriptionId, deliveryId };
  };

  /** A dispute resolved 10 days ago whose handling opinion the applicant received 5 days ago, with a 复查 requested. */
  const reviewRequested = async () => {
    const dispute = await resolved();
    const answer = await hub.request<{ requestReview: { id: string } }>(
      `mutation($input: RequestReviewInput!) { requestReview(input: $input) { id } }`,
      {
        input: {
          disputeId: dispute.disputeId,
          kind: "REVIEW",
          opinionReceivedAt: new Date(Date.now() - 5 * 86_400_000).toISOString(),
          reason: "对处理意见不服",
        },
      },
      callerOf("CENTRE_OFFICER", org) as Actor,
    );
    return { ...dispute, reviewRequestId: expectData(answer).requestReview.id };
  };
  /** An application the judge has ruled on (VALID). */
  const ruled = async () => {
    const application = await underReview();
    expectData(await step.rule(hub, application.applicationId, callerOf("JUDGE", org) as Actor));
    return application;
  };
  /** An objection (异议) a party filed against a ruling. */
  const objection = async () => {
    const application = await ruled();
    const filed = await hub.request<{ fileRulingObjection: { id: string } }>(
      `mutation($input: FileRulingObjectionInput!) { fileRulingObjection(input: $input) { id } }`,
      {
        input: {
          applicationId: application.applicationId,
          objectorKind: "PARTY",
          partyId: application.respondentId,
          grounds: "调解协议内容违背真实意愿",
        },
      },
      callerOf("COURT_CLERK", org) as Actor,
    );
    return { ...application, objectionId: expectData(filed).fileRulingObjection.id };
  };
  const objectionUnderReview = async () => {
    const filed = await objection();
    expectData(
      await hub.request(
        `mutation($input: StartObjectionReviewInput!) { startObjectionReview(input: $input) { id } }`,
        { input: { objectionId: filed.objectionId } },
        callerOf("JUDGE", org) as Actor,
      ),
    );
    return filed;
  };
  /** The first term of an oral agreement, in force at once. */
  const agreedTerm = async () => {
    const mediated = await mediateToAgreement(hub, org);
    const read = await hub.request<{ mediationAgreement: { terms: { id: string }[] } }>(
      `query($id: ID!) { mediationAgreement(id: $id) { terms { id } } }`,
      { id: mediated.agreementId },
      callerOf("MEDIATOR", org) as Actor,
    );
    return { ...mediated, termId: expectData(read).mediationAgreement.terms[0]?.id ?? "" };
  };

  return {
    reviewRequested,
    ruled,
    objection,
    objectionUnderReview,
    agreedTerm,
    received,
    routed,
    inMediation,
    withMediator,
    afterSession,
    mediated: (form: "ORAL" | "WRITTEN" = "ORAL") => mediateToAgreement(hub, org, form),
    filed,
    acceptedApplication,
    underReview,
    supervision,
    supervisionUnderReview,
    duplicatePair,
    resolved,
    subscription,
    deadDelivery,
    /** A dispute with a record in every department: routed, mediated, filed with the court, supervised by area IN's procuratorate. */
    async acrossDepartments() {
      const application = await filed();
      expectData(
        await hub.request(
          `mutation($input: OpenSupervisionCaseInput!) { openSupervisionCase(input: $input) { id } }`,
          { input: { disputeId: application.disputeId, grounds: "MAJOR_SOCIAL_IMPACT", summary: "依职权关注调解程序合法性" } },
          prosecutorIn(),
        ),
      );
      return application;
    },
  };
}

export function webhookInput(organisationId: string) {
  return {
    url: "https://hooks.partner.example/hub",
    secret: "partner-webhook-secret-0123456789abcdef",
    eventTypes: ["dispute.received"],
    jurisdictionCode: "150202",
    organisationId,
  };
}

export function publicDispute(centreId: string) {
  return {
    centreId,
    name: "乌云",
    idNumber: uniqueIdNumber(),
    phone: "13947260002",
    category: "NEIGHBOUR",
    facts: "邻居装修噪音持续影响休息。",
    claims: "请求协调停止夜间施工。",
    placeCode: "150202001",
  };
}
