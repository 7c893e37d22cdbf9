import type { Role } from "./departments";

/**
 * Who may use each root field of the graph, declared once. The subgraphs enforce it in their
 * resolvers (`authorize`), the gateway checks it again before planning, and the README's role
 * matrix is checked against it. A root field missing here is refused everywhere.
 */
export type OperationKind = "query" | "mutation";

export interface FieldPolicy {
  kind: OperationKind;
  /** Roles that may call the field; `ANYONE` also lets anonymous callers in (the public channel). */
  roles: readonly Role[] | "ANYONE";
  /** How the rows it returns or touches are narrowed for the caller (see SCOPE_RULES). */
  scope: string;
}

const CENTRE = ["CENTRE_OFFICER", "CENTRE_SUPERVISOR"] as const satisfies readonly Role[];
/** Every signed-in role: reference data (divisions, organisations) is not personal. */
export const STAFF = [
  "CENTRE_OFFICER",
  "CENTRE_SUPERVISOR",
  "MEDIATOR",
  "JUSTICE_OFFICER",
  "JUDGE",
  "COURT_CLERK",
  "PROSECUTOR",
  "PARTNER_SYSTEM",
] as const satisfies readonly Role[];
const RECEIVING = [
  "CENTRE_OFFICER",
  "CENTRE_SUPERVISOR",
  "MEDIATOR",
  "JUSTICE_OFFICER",
  "COURT_CLERK",
  "JUDGE",
] as const satisfies readonly Role[];
/** The hub's own consumers read every department's feed; a department's system its own (kit feed-access). */
const FEED_READERS = ["HUB_SYSTEM", "DEPARTMENT_SYSTEM"] as const satisfies readonly Role[];
const WEBHOOK_MANAGERS = ["PARTNER_SYSTEM", "CENTRE_SUPERVISOR"] as const satisfies readonly Role[];
/** The role columns of the README's matrix: every signed-in role, people and systems. */
export const MATRIX_ROLES = [...STAFF, ...FEED_READERS] as const satisfies readonly Role[];
const COMMITTEE = ["MEDIATOR", "JUSTICE_OFFICER"] as const satisfies readonly Role[];
/** Roles that may ever read a party's personal data in full (on the grounds in REVEAL_RULES). */
const REVEALERS = ["CENTRE_OFFICER", "MEDIATOR", "JUDGE", "COURT_CLERK", "PROSECUTOR"] as const satisfies readonly Role[];
const q = (roles: FieldPolicy["roles"], scope = "reference data: no narrowing"): FieldPolicy => ({ kind: "query", roles, scope });
const m = (roles: FieldPolicy["roles"], scope: string): FieldPolicy => ({ kind: "mutation", roles, scope });

export const ACCESS_POLICY = {
  // center
  division: q(STAFF),
  divisions: q(STAFF),
  centre: q(STAFF),
  centres: q(STAFF),
  organisationByCreditCode: q(STAFF, "public registration data: no narrowing"),
  dispute: q(STAFF, "Dispute scope"),
  disputeByNumber: q(STAFF, "Dispute scope"),
  disputes: q(STAFF, "Dispute scope, in the SQL of the page"),
  routing: q(STAFF, "Dispute scope of its dispute, or routed to the caller's organisation"),
  routingsTo: q(STAFF, "the caller's own organisation; centre roles any"),
  routingQueue: q(CENTRE, "the caller's centre, or a centre in a supervisor's jurisdiction"),
  routingRules: q(STAFF),
  registerCentre: m(["CENTRE_SUPERVISOR"], "divisions within the supervisor's jurisdiction"),
  // Partners hand disputes over (channel PARTNER_SYSTEM) to a centre of their jurisdiction, for a place within it.
  receiveDispute: m(
    [...CENTRE, "PARTNER_SYSTEM"],
    "the officer's own centre, or a centre in a supervisor's jurisdiction; a partner system: a centre and a place within its jurisdiction",
  ),
  routeDispute: m(CENTRE, "the handling centre's officers, or a supervisor over it"),
  withdrawRouting: m(CENTRE, "the handling centre's officers, or a supervisor over it"),
  escalateDispute: m(CENTRE, "the handling centre's officers, or a supervisor over it"),
  respondToRouting: m(RECEIVING, "officers of the organisation the case was routed to"),
  upsertRoutingRule: m(["CENTRE_SUPERVISOR"], "rules within the supervisor's jurisdiction"),
  duplicateReviewQueue: q(CENTRE, "the caller's centre, or a centre in a supervisor's jurisdiction"),
  duplicateCandidates: q(
    CENTRE,
    "a receiving centre the caller may receive for; each candidate read within the caller's scope, its number only otherwise",
  ),
  linkDuplicate: m(CENTRE, "the handling centre's officers, or a supervisor over it"),
  overrideDuplicateReview: m(CENTRE, "the handling centre's officers, or a supervisor over it"),
  mergeDisputes: m(CENTRE, "the handling centre's officers, or a supervisor over it"),
  overdueList: q(CENTRE, "the caller's centre, or disputes placed in the caller's jurisdiction"),
  deadlineReminders: q(CENTRE, "the caller's centre, or a centre in a supervisor's jurisdiction"),
  earlyWarnings: q(CENTRE, "disputes placed in the caller's jurisdiction"),
  recordReturnVisit: m(CENTRE, "the handling centre's officers, or a supervisor over it"),
  recordPetitionerNotice: m(CENTRE, "the handling centre's officers, or a supervisor over it"),
  requestReview: m(CENTRE, "the handling centre's officers, or a supervisor over it"),
  answerReview: m(CENTRE, "the handling centre's officers, or a supervisor over it"),
  closeDispute: m(CENTRE, "the handling centre's officers, or a supervisor over it"),
  disputeStatistics: q([...CENTRE, "PROSECUTOR"], "disputes placed in the caller's jurisdiction, aggregated in the SQL"),
  urgeStage: m(["CENTRE_SUPERVISOR"], "disputes in the supervisor's jurisdiction"),
  extendDeadline: m(["CENTRE_SUPERVISOR"], "disputes in the supervisor's jurisdiction"),
  reassignDispute: m(["CENTRE_SUPERVISOR"], "disputes and targets in the supervisor's jurisdiction"),
  centerEventFeed: q(FEED_READERS, "the hub's systems; the centre's own integration system"),
  webhookSubscriptions: q(WEBHOOK_MANAGERS, "a partner's own subscriptions; a supervisor's within their jurisdiction"),
  webhookDeliveries: q(WEBHOOK_MANAGERS, "deliveries of subscriptions the caller may manage"),
  createWebhookSubscription: m(WEBHOOK_MANAGERS, "events within the caller's jurisdiction"),
  pauseWebhookSubscription: m(WEBHOOK_MANAGERS, "subscriptions the caller may manage"),
  resumeWebhookSubscription: m(WEBHOOK_MANAGERS, "subscriptions the caller may manage"),
  deleteWebhookSubscription: m(WEBHOOK_MANAGERS, "subscriptions the caller may manage"),
  replayWebhookDelivery: m(WEBHOOK_MANAGERS, "a partner's own subscriptions; a supervisor's within their jurisdiction"),
  replayDeadWebhookDeliveries: m(WEBHOOK_MANAGERS, "a partner's own subscriptions; a supervisor's within their jurisdiction"),
  eventReconciliation: q(["CENTRE_SUPERVISOR", "HUB_SYSTEM"], "every department's log: operators only"),
  revealPersonalData: m(REVEALERS, "parties of disputes the caller handles (REVEAL_RULES); each field read is audited"),
  personalDataAccessLog: q(["CENTRE_SUPERVISOR"], "PersonalDataAccess scope, in the SQL of the page"),
  submitPublicDispute: m("ANYONE", "any registered centre; channel QR_CODE"),
  publicDisputeStatus: q("ANYONE", "the one case its tracking code names; status and public milestones only"),
  // justice
  justiceEventFeed: q(FEED_READERS, "the hub's systems; the justice bureau's own integration system"),
  mediationCommittee: q(STAFF),
  mediationCommittees: q(STAFF),
  mediator: q(STAFF),
  mediators: q(STAFF),
  experts: q(STAFF),
  mediationCase: q(STAFF, "MediationCase scope"),
  mediationAgreement: q(STAFF, "MediationCase scope of its case"),
  acceptMediationCase: m(COMMITTEE, "members of the committee the case was routed to"),
  assignMediator: m(COMMITTEE, "the committee, or the justice bureau over it"),
  recordSession: m(COMMITTEE, "the committee, or the justice bureau over it"),
  recordPartyRefusal: m(COMMITTEE, "the committee, or the justice bureau over it"),
  endMediationAtPartyRequest: m(COMMITTEE, "the committee, or the justice bureau over it"),
  concludeWithAgreement: m(COMMITTEE, "the committee, or the justice bureau over it"),
  concludeWithFailure: m(COMMITTEE, "the committee, or the justice bureau over it"),
  signAgreement: m(COMMITTEE, "the committee, or the justice bureau over it"),
  sealAgreement: m(COMMITTEE, "the committee, or the justice bureau over it"),
  recordTermPerformance: m(COMMITTEE, "the committee, or the justice bureau over it"),
  urgePerformance: m(COMMITTEE, "the committee, or the justice bureau over it"),
  overduePerformance: q(COMMITTEE, "the committee, or the justice bureau over it"),
  registerMediationCommittee: m(["JUSTICE_OFFICER"], "within the bureau's jurisdiction"),
  registerMediator: m(["JUSTICE_OFFICER"], "committees within the bureau's jurisdiction"),
  // court
  courtEventFeed: q(FEED_READERS, "the hub's systems; the court's own integration system"),
  court: q(STAFF),
  courts: q(STAFF),
  courtDeadlineRules: q(STAFF),
  confirmationApplication: q(STAFF, "ConfirmationApplication scope"),
  confirmationApplicationByCaseNumber: q(STAFF, "ConfirmationApplication scope"),
  registerCourt: m(["COURT_CLERK"], "the clerk's own court"),
  fileConfirmationApplication: m(["COURT_CLERK"], "the clerk's own court"),
  decideConfirmationAcceptance: m(["COURT_CLERK", "JUDGE"], "applications before the caller's court"),
  withdrawConfirmationApplication: m(["COURT_CLERK", "JUDGE"], "applications before the caller's court"),
  startConfirmationReview: m(["JUDGE"], "applications before the judge's court"),
  ruleOnConfirmation: m(["JUDGE"], "applications before the judge's court"),
  orderMaterialsSupplement: m(["COURT_CLERK", "JUDGE"], "applications before the caller's court"),
  recordMaterialsSupplied: m(["COURT_CLERK", "JUDGE"], "applications before the caller's court"),
  deemConfirmationWithdrawn: m(["COURT_CLERK", "JUDGE"], "applications before the caller's court"),
  recordPartyHearing: m(["COURT_CLERK", "JUDGE"], "applications before the caller's court"),
  extendConfirmationConclusion: m(["JUDGE"], "applications before the judge's court"),
  recordRulingService: m(["COURT_CLERK", "JUDGE"], "applications before the caller's court"),
  fileRulingObjection: m(["COURT_CLERK", "JUDGE"], "applications before the caller's court"),
  startObjectionReview: m(["JUDGE"], "applications before the judge's court"),
  decideRulingObjection: m(["JUDGE"], "applications before the judge's court"),
  // procuratorate
  procuratorateEventFeed: q(FEED_READERS, "the hub's systems; the procuratorate's own integration system"),
  supervisionCase: q(["PROSECUTOR", "CENTRE_SUPERVISOR"], "SupervisionCase scope"),
  supervisionCases: q(["PROSECUTOR", "CENTRE_SUPERVISOR"], "SupervisionCase scope, in the SQL of the page"),
  openSupervisionCase: m(["PROSECUTOR"], "disputes in the prosecutor's Dispute scope"),
  startSupervisionReview: m(["PROSECUTOR"], "prosecutors of the procuratorate that opened it"),
  concludeSupervision: m(["PROSECUTOR"], "prosecutors of the procuratorate that opened it"),
  supervisionLeads: q(["PROSECUTOR"], "rulings and agreements on disputes in the prosecutor's jurisdiction"),
  openSupervisionCaseFromLead: m(["PROSECUTOR"], "leads in the prosecutor's jurisdiction"),
  redFlagScreen: q(["PROSECUTOR"], "disputes in the prosecutor's jurisdiction"),
  redFlagScreening: q(["PROSECUTOR"], "disputes in the prosecutor's jurisdiction"),
  redFlagRules: q(["PROSECUTOR"]),
  disputesForScreening: q(["PROSECUTOR"], "Dispute scope (the centre answers each key)"),
} as const satisfies Record<string, FieldPolicy>;

export type PolicyField = keyof typeof ACCESS_POLICY;

export function policyOf(field: string): FieldPolicy | undefined {
  return Object.prototype.hasOwnProperty.call(ACCESS_POLICY, field) ? (ACCESS_POLICY as Record<string, FieldPolicy>)[field] : undefined;
}

/** Whether a caller holding `roles` may ever use `field` (scope aside). Anonymous callers hold ["PUBLIC"]. */
export function mayUse(field: string, roles: readonly Role[]): boolean {
  const policy = policyOf(field);
  if (!policy) return false;
  if (policy.roles === "ANYONE") return true;
  return policy.roles.some((role) => roles.includes(role));
}

/**
 * Grounds on which a row is in a caller's scope:
 * - `JURISDICTION`: the row is located in the caller's jurisdiction subtree (division-code prefix);
 * - `ORGANISATION`: the row is linked to the caller's organisation;
 * - `DISPUTE_PLACE`: the dispute the row belongs to arose in the caller's jurisdiction subtree
 *   (for another department's records on a dispute; the place is recorded with the row).
 * - `COMMITTEE`: the row concerns an agreement reached by the mediation committee that is the
 *   caller's organisation (the committee is recorded with the row);
 * - `COMMITTEE_AREA`: the row concerns an agreement reached by a committee that sits in the
 *   caller's jurisdiction subtree (the justice bureau over it, 人民调解法 art 5).
 * What "located" and "linked" mean for each entity is in SCOPE_RULES' `means`.
 */
export type ScopeGround = "JURISDICTION" | "ORGANISATION" | "DISPUTE_PLACE" | "COMMITTEE" | "COMMITTEE_AREA";

export interface EntityScopeRule {
  /** What each ground means for this entity (the optional ones only where the entity has them). */
  means: Record<"JURISDICTION" | "ORGANISATION", string> & { DISPUTE_PLACE?: string; COMMITTEE?: string; COMMITTEE_AREA?: string };
  /** The grounds each role may see rows on; a role absent sees nothing. */
  grounds: Partial<Record<Role, readonly ScopeGround[]>>;
}

const BOTH = ["JURISDICTION", "ORGANISATION"] as const;
/**
 * 人民检察院民事诉讼监督规则 (2021): a procuratorate supervises the rulings of the courts in its area
 * (同级管辖) and, on its own motion (art 37), what it finds in its area: the mediations and
 * confirmations of disputes that arose there, wherever the committee or the court sits.
 */
const SUPERVISED = ["JURISDICTION", "DISPUTE_PLACE"] as const;

export const SCOPE_RULES = {
  Dispute: {
    means: {
      JURISDICTION: "its place lies in the caller's jurisdiction",
      ORGANISATION: "the caller's organisation is its receiving or handling centre, or it was routed to the caller's organisation",
    },
    grounds: {
      CENTRE_OFFICER: BOTH,
      CENTRE_SUPERVISOR: BOTH,
      MEDIATOR: ["ORGANISATION"],
      JUSTICE_OFFICER: ["JURISDICTION"],
      JUDGE: BOTH,
      COURT_CLERK: BOTH,
      PROSECUTOR: ["JURISDICTION"],
      PARTNER_SYSTEM: BOTH,
    },
  },
  MediationCase: {
    means: {
      JURISDICTION: "its committee sits in the caller's jurisdiction",
      ORGANISATION: "its committee is the caller's organisation, or the caller's court invited the mediation",
      DISPUTE_PLACE: "its dispute arose in the caller's jurisdiction",
    },
    grounds: {
      CENTRE_OFFICER: ["JURISDICTION"],
      CENTRE_SUPERVISOR: ["JURISDICTION"],
      MEDIATOR: ["ORGANISATION"],
      JUSTICE_OFFICER: ["JURISDICTION"],
      JUDGE: BOTH,
      COURT_CLERK: BOTH,
      PROSECUTOR: SUPERVISED,
      PARTNER_SYSTEM: BOTH,
    },
  },
  ConfirmationApplication: {
    means: {
      JURISDICTION: "the court it is before serves a division in the caller's jurisdiction",
      ORGANISATION: "it is before the caller's court",
      DISPUTE_PLACE: "its dispute arose in the caller's jurisdiction",
      // A court officer's jurisdiction is their court's area: for a basic court, its county.
      COMMITTEE: "it confirms an agreement reached by the caller's committee",
      COMMITTEE_AREA: "it confirms an agreement reached by a committee that sits in the caller's jurisdiction",
    },
    // 民事诉讼法 art 206: the committee, and the bureau over it, learn of the ruling on their agreement
    // (驳回 reopens mediation); 2011 provisions art 12: the court informs them of a non-confirmation.
    grounds: {
      CENTRE_SUPERVISOR: ["JURISDICTION"],
      MEDIATOR: ["COMMITTEE"],
      JUSTICE_OFFICER: ["COMMITTEE_AREA"],
      JUDGE: BOTH,
      COURT_CLERK: BOTH,
      PROSECUTOR: SUPERVISED,
      PARTNER_SYSTEM: ["ORGANISATION"],
    },
  },
  SupervisionCase: {
    means: {
      JURISDICTION: "the procuratorate that opened it serves a division in the caller's jurisdiction",
      ORGANISATION: "it was opened by the caller's procuratorate",
    },
    grounds: {
      CENTRE_SUPERVISOR: ["JURISDICTION"],
      PROSECUTOR: BOTH,
    },
  },
  PersonalDataAccess: {
    means: {
      JURISDICTION: "the dispute whose party was read lies in the caller's jurisdiction",
      ORGANISATION: "the read was made by a member of the caller's organisation",
    },
    grounds: {
      CENTRE_SUPERVISOR: ["JURISDICTION"],
    },
  },
} as const satisfies Record<string, EntityScopeRule>;

export type ScopedEntity = keyof typeof SCOPE_RULES;

/** The caller's scope over one entity: the conditions to OR together (none: sees nothing). */
export interface Scope {
  /** Division-code prefix, when the caller holds the jurisdiction ground and has a jurisdiction. */
  jurisdiction: string | null;
  /** Organisation id (lower case), when the caller holds the organisation ground and has an organisation. */
  organisation: string | null;
  /** Division-code prefix the row's dispute must have arisen in, when the caller holds the dispute-place ground. */
  disputePlace: string | null;
  /** Committee id (lower case) the row's agreement must have been reached by, when the caller holds the committee ground. */
  committee: string | null;
  /** Division-code prefix the row's committee must sit in, when the caller holds the committee-area ground. */
  committeeArea: string | null;
}

export function scopeOf(
  entity: ScopedEntity,
  actor: { roles: readonly Role[]; jurisdictionCode: string | null; organisationId: string | null },
): Scope {
  const grounds = new Set<ScopeGround>();
  const rule: EntityScopeRule = SCOPE_RULES[entity];
  for (const role of actor.roles) for (const ground of rule.grounds[role] ?? []) grounds.add(ground);
  return {
    jurisdiction: grounds.has("JURISDICTION") ? actor.jurisdictionCode : null,
    organisation: grounds.has("ORGANISATION") && actor.organisationId ? actor.organisationId.toLowerCase() : null,
    disputePlace: grounds.has("DISPUTE_PLACE") ? actor.jurisdictionCode : null,
    committee: grounds.has("COMMITTEE") && actor.organisationId ? actor.organisationId.toLowerCase() : null,
    committeeArea: grounds.has("COMMITTEE_AREA") ? actor.jurisdictionCode : null,
  };
}

export function isEmptyScope(scope: Scope): boolean {
  return (
    scope.jurisdiction === null &&
    scope.organisation === null &&
    scope.disputePlace === null &&
    scope.committee === null &&
    scope.committeeArea === null
  );
}

/**
 * 个人信息 Personal data of a party read in full (个人信息保护法 arts 6, 28: minimum necessary,
 * sensitive data only with a specific purpose). Everyone else sees it masked. A role reads it
 * only on its ground below, for a stated purpose, and every field read is audited.
 */
export type RevealGround = "HANDLING_CENTRE" | "ROUTED_ORGANISATION" | "COURT_SEIZED" | "OPEN_SUPERVISION";

export const REVEAL_RULES = {
  means: {
    HANDLING_CENTRE: "the caller's organisation is the dispute's receiving or handling centre",
    ROUTED_ORGANISATION:
      "the dispute is routed to the caller's organisation (a mediation committee) and the routing is live (pending or accepted)",
    COURT_SEIZED: "a judicial-confirmation application on the dispute is before the caller's court",
    OPEN_SUPERVISION: "the caller's procuratorate has an open supervision case on the dispute (opened or under review)",
  },
  grounds: {
    CENTRE_OFFICER: "HANDLING_CENTRE",
    MEDIATOR: "ROUTED_ORGANISATION",
    JUDGE: "COURT_SEIZED",
    COURT_CLERK: "COURT_SEIZED",
    PROSECUTOR: "OPEN_SUPERVISION",
  },
} as const satisfies { means: Record<RevealGround, string>; grounds: Partial<Record<Role, RevealGround>> };

/**
 * Whether `roles` may ever read personal data in full (a ground in REVEAL_RULES). Only they see a
 * party's exact birth date and gender; everyone else an age band, so that no role rebuilds the ID
 * number from what is shown (the mask keeps the address code only).
 */
export function mayRevealPersonalData(roles: readonly Role[]): boolean {
  return revealGroundsOf(roles).length > 0;
}

/** The grounds on which `roles` may read personal data in full, in a stable order. */
export function revealGroundsOf(roles: readonly Role[]): RevealGround[] {
  const grounds = REVEAL_RULES.grounds as Partial<Record<Role, RevealGround>>;
  return [...new Set(roles.flatMap((role) => grounds[role] ?? []))].sort();
}
