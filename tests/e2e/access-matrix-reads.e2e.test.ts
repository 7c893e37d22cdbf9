import { randomUUID } from "node:crypto";
import { ACCESS_POLICY, ANONYMOUS, MATRIX_ROLES, mayUse, scopeOf, type Actor, type Role, type ScopedEntity } from "@hub/subgraph-kit";
import { getNamedType, isObjectType } from "graphql";
import { uniqueCreditCode } from "../../subgraphs/center/test/credit-codes";
import { actor } from "../support/actors";
import { startHub, type HubResponse, type RunningHub } from "../support/hub-harness";
import { uniqueIdNumber } from "../support/id-numbers";
import { consumeAllFeeds } from "../security/consume-feeds";
import { apiSchema } from "../security/selection";
import { seedOrganisations } from "./seed";
import { expectData, mediateToAgreement, step } from "./steps";

/**
 * The read access matrix: every root query field of the access policy, and every nested field
 * that leads to a scoped entity, × every role (and anonymous) × a caller placed in the records'
 * scope and one placed outside it. The expected answer of each cell is computed from the
 * declaration (ACCESS_POLICY for who may call a field, SCOPE_RULES for which records they see)
 * and the facts of the seeded records, never written by hand; each cell asserts its exact code.
 *
 * Records: dispute A placed in 包头市东河区和平路街道 (150202001), received at centre A there,
 * routed to committee A (东河区), mediated to an agreement, before 东河区人民法院 (accepted, with a
 * case number) and supervised by procuratorate A (jurisdiction 东河区).
 */
type Side = "in" | "out";
type Answer = "ALLOWED" | "FORBIDDEN" | "UNAUTHENTICATED" | "NOT_FOUND" | "BAD_USER_INPUT";
interface Expected {
  answer: Answer;
  /** For lists: whether record A is among the rows. */
  listsRecord?: boolean;
}
interface Caller {
  label: string;
  side: Side;
  actor: Actor | null;
}

let hub: RunningHub;
const f = {
  centreA: "",
  committeeA: "",
  mediatorA: "",
  courtA: "",
  procuratorateA: randomUUID(),
  disputeA: "",
  numberA: "",
  routingA: "",
  caseA: "",
  agreementA: "",
  applicationA: "",
  caseNumberA: "",
  supervisionA: "",
  creditCode: uniqueCreditCode(),
};

/** Where each record lies and whom it is linked to, as SCOPE_RULES' grounds read them. */
interface Facts {
  jurisdiction: string;
  organisations: string[];
  disputePlace?: string;
  /** The committee that reached the agreement and where it sits (ConfirmationApplication C and A). */
  committee?: string;
  committeeArea?: string;
}
const facts = (): Record<ScopedEntity | "Routing" | "MediationAgreement", Facts> => ({
  Dispute: { jurisdiction: "150202001", organisations: [f.centreA, f.committeeA] },
  Routing: { jurisdiction: "150202001", organisations: [f.centreA, f.committeeA] },
  MediationCase: { jurisdiction: "150202", organisations: [f.committeeA], disputePlace: "150202001" },
  MediationAgreement: { jurisdiction: "150202", organisations: [f.committeeA], disputePlace: "150202001" },
  ConfirmationApplication: {
    jurisdiction: "150202",
    organisations: [f.courtA],
    disputePlace: "150202001",
    committee: f.committeeA,
    committeeArea: "150202",
  },
  SupervisionCase: { jurisdiction: "150202", organisations: [f.procuratorateA] },
  PersonalDataAccess: { jurisdiction: "150202001", organisations: [] },
});

/** The declaration's answer: does `actor` see the record of `entity`? */
function sees(entity: keyof ReturnType<typeof facts>, actor: Actor): boolean {
  const rule: ScopedEntity = entity === "Routing" ? "Dispute" : entity === "MediationAgreement" ? "MediationCase" : entity;
  const scope = scopeOf(rule, actor);
  const record = facts()[entity];
  const visible =
    (scope.jurisdiction !== null && record.jurisdiction.startsWith(scope.jurisdiction)) ||
    (scope.organisation !== null && record.organisations.includes(scope.organisation)) ||
    (scope.disputePlace !== null && (record.disputePlace ?? "").startsWith(scope.disputePlace)) ||
    (scope.committee !== null && record.committee === scope.committee) ||
    (scope.committeeArea !== null && record.committeeArea !== undefined && record.committeeArea.startsWith(scope.committeeArea));
  // Routing: "Dispute scope of its dispute, or routed to the caller's organisation".
  return visible || (entity === "Routing" && actor.organisationId?.toLowerCase() === f.committeeA);
}

const within = (actor: Actor, code: string) => actor.jurisdictionCode !== null && code.startsWith(actor.jurisdictionCode);
const has = (actor: Actor, ...roles: Role[]) => roles.some((role) => actor.roles.includes(role));

/** One caller per role in the records' scope and one outside it (another league, other organisations). */
function callersOf(role: Role): [Caller, Caller] {
  const make = (side: Side): Actor => {
    const here = side === "in";
    const code = here ? "150202" : "150102";
    switch (role) {
      case "CENTRE_OFFICER":
        return actor({ department: "CENTER", roles: [role], organisationId: here ? f.centreA : randomUUID(), jurisdictionCode: code });
      case "CENTRE_SUPERVISOR":
        return actor({ department: "CENTER", roles: [role], jurisdictionCode: here ? "1502" : "1501" });
      case "MEDIATOR":
        return actor({ department: "JUSTICE", roles: [role], organisationId: here ? f.committeeA : randomUUID(), jurisdictionCode: code });
      case "JUSTICE_OFFICER":
        return actor({ department: "JUSTICE", roles: [role], jurisdictionCode: code });
      case "JUDGE":
      case "COURT_CLERK":
        return actor({ department: "COURT", roles: [role], organisationId: here ? f.courtA : randomUUID(), jurisdictionCode: code });
      case "PROSECUTOR":
        return actor({
          department: "PROCURATORATE",
          roles: [role],
          organisationId: here ? f.procuratorateA : randomUUID(),
          jurisdictionCode: code,
        });
      case "PARTNER_SYSTEM":
        return actor({ department: "PARTNER", roles: [role], jurisdictionCode: code });
      case "HUB_SYSTEM":
        return actor({ department: "CENTER", roles: [role], jurisdictionCode: "15" });
      case "DEPARTMENT_SYSTEM":
        // A department's own system: the centre's "in", the court's "out".
        return actor({ department: here ? "CENTER" : "COURT", roles: [role], jurisdictionCode: code });
      case "PUBLIC":
        return actor({ department: "PUBLIC", roles: [role], jurisdictionCode: null });
    }
  };
  return [
    { label: `${role} in scope`, side: "in", actor: make("in") },
    { label: `${role} out of scope`, side: "out", actor: make("out") },
  ];
}

const CALLERS = (): Caller[] => [...MATRIX_ROLES.flatMap((role) => callersOf(role)), { label: "anonymous", side: "in", actor: null }];

const allowed = (listsRecord?: boolean): Expected =>
  listsRecord === undefined ? { answer: "ALLOWED" } : { answer: "ALLOWED", listsRecord };
const ifSees = (entity: keyof ReturnType<typeof facts>, actor: Actor): Expected =>
  sees(entity, actor) ? allowed() : { answer: "FORBIDDEN" };
const centreQueue = (actor: Actor): Expected =>
  actor.organisationId === f.centreA || (has(actor, "CENTRE_SUPERVISOR") && within(actor, "150202001"))
    ? allowed()
    : { answer: "FORBIDDEN" };
const ofJurisdiction = (actor: Actor): Expected => (within(actor, "150202") ? allowed() : { answer: "FORBIDDEN" });
const feedOf =
  (department: string) =>
  (actor: Actor): Expected =>
    has(actor, "HUB_SYSTEM") || actor.department === department ? allowed() : { answer: "FORBIDDEN" };

interface Probe {
  query: string;
  variables?: () => Record<string, unknown>;
  /** The answer for a caller whose roles the policy lets in; refusals by role are the policy's. */
  expect: (actor: Actor) => Expected;
  /** Where record A shows in a list answer. */
  rows?: (data: Record<string, unknown>) => unknown[];
}

const ids = (rows: unknown) => (Array.isArray(rows) ? rows.map((row) => (row as { id?: string } | null)?.id ?? null) : []);

/** One probe per root query field of the policy (a test below keeps them equal). */
const PROBES: Record<string, Probe> = {
  division: { query: `{ division(code: "150202") { code } }`, expect: () => allowed() },
  divisions: { query: `{ divisions(parentCode: "1502") { code } }`, expect: () => allowed() },
  centre: { query: `query($id: ID!) { centre(id: $id) { id } }`, variables: () => ({ id: f.centreA }), expect: () => allowed() },
  centres: { query: `{ centres(divisionCode: "150202") { id } }`, expect: () => allowed() },
  organisationByCreditCode: {
    query: `query($code: String!) { organisationByCreditCode(creditCode: $code) { id } }`,
    variables: () => ({ code: f.creditCode }),
    expect: () => allowed(),
  },
  dispute: {
    query: `query($id: ID!) { dispute(id: $id) { id } }`,
    variables: () => ({ id: f.disputeA }),
    expect: (a) => ifSees("Dispute", a),
  },
  disputeByNumber: {
    query: `query($n: String!) { disputeByNumber(number: $n) { id } }`,
    variables: () => ({ n: f.numberA }),
    expect: (a) => ifSees("Dispute", a),
  },
  disputes: {
    query: `query($c: ID!) { disputes(first: 100, filter: { receivingCentreId: $c }) { nodes { id } } }`,
    variables: () => ({ c: f.centreA }),
    expect: (a) => allowed(sees("Dispute", a)),
    rows: (data) => ids((data.disputes as { nodes: unknown }).nodes),
  },
  routing: {
    query: `query($id: ID!) { routing(id: $id) { id } }`,
    variables: () => ({ id: f.routingA }),
    expect: (a) => ifSees("Routing", a),
  },
  routingsTo: {
    query: `query($o: ID!) { routingsTo(first: 50, status: ACCEPTED, organisationId: $o) { id } }`,
    variables: () => ({ o: f.committeeA }),
    expect: (a) =>
      has(a, "CENTRE_OFFICER", "CENTRE_SUPERVISOR") || a.organisationId === f.committeeA ? allowed(true) : { answer: "FORBIDDEN" },
    rows: (data) => ids(data.routingsTo),
  },
  routingQueue: {
    query: `query($c: ID!) { routingQueue(first: 50, centreId: $c) { id } }`,
    variables: () => ({ c: f.centreA }),
    expect: centreQueue,
  },
  routingRules: { query: `{ routingRules(jurisdictionCode: "150202") { id } }`, expect: () => allowed() },
  duplicateReviewQueue: {
    query: `query($c: ID!) { duplicateReviewQueue(first: 50, centreId: $c) { id } }`,
    variables: () => ({ c: f.centreA }),
    expect: centreQueue,
  },
  duplicateCandidates: {
    query: `query($c: ID!) { duplicateCandidates(input: { receivingCentreId: $c, placeCode: "150202001", parties: [] }) { score } }`,
    variables: () => ({ c: f.centreA }),
    expect: centreQueue,
  },
  overdueList: { query: `{ overdueList(first: 50, jurisdictionCode: "150202") { totalCount } }`, expect: ofJurisdiction },
  deadlineReminders: {
    query: `query($c: ID!) { deadlineReminders(first: 50, centreId: $c) { id } }`,
    variables: () => ({ c: f.centreA }),
    expect: centreQueue,
  },
  earlyWarnings: { query: `{ earlyWarnings(jurisdictionCode: "150202") { kind } }`, expect: ofJurisdiction },
  disputeStatistics: {
    query: `query($from: DateTime!, $to: DateTime!) { disputeStatistics(input: { jurisdictionCode: "150202", from: $from, to: $to }) { jurisdictionCode } }`,
    variables: () => ({ from: new Date(Date.now() - 86_400_000).toISOString(), to: new Date(Date.now() + 86_400_000).toISOString() }),
    expect: ofJurisdiction,
  },
  centerEventFeed: { query: `{ centerEventFeed(first: 1) { hasMore } }`, expect: feedOf("CENTER") },
  justiceEventFeed: { query: `{ justiceEventFeed(first: 1) { hasMore } }`, expect: feedOf("JUSTICE") },
  courtEventFeed: { query: `{ courtEventFeed(first: 1) { hasMore } }`, expect: feedOf("COURT") },
  procuratorateEventFeed: { query: `{ procuratorateEventFeed(first: 1) { hasMore } }`, expect: feedOf("PROCURATORATE") },
  webhookSubscriptions: { query: `{ webhookSubscriptions { id } }`, expect: () => allowed() },
  webhookDeliveries: {
    // A subscription nobody may manage: unknown and out of reach answer alike.
    query: `query($s: ID!) { webhookDeliveries(subscriptionId: $s) { id } }`,
    variables: () => ({ s: "00000000-0000-4000-8000-000000000000" }),
    expect: () => ({ answer: "NOT_FOUND" }),
  },
  eventReconciliation: { query: `{ eventReconciliation { __typename } }`, expect: () => allowed() },
  personalDataAccessLog: {
    query: `query($d: ID!) { personalDataAccessLog(first: 10, filter: { disputeId: $d }) { nodes { id } } }`,
    variables: () => ({ d: f.disputeA }),
    expect: () => allowed(),
  },
  publicDisputeStatus: {
    query: `{ publicDisputeStatus(trackingCode: "0000-0000-0000-0000-0000") { status } }`,
    expect: () => ({ answer: "NOT_FOUND" }),
  },
  mediationCommittee: {
    query: `query($id: ID!) { mediationCommittee(id: $id) { id } }`,
    variables: () => ({ id: f.committeeA }),
    expect: () => allowed(),
  },
  mediationCommittees: { query: `{ mediationCommittees(divisionCode: "150202") { id } }`, expect: () => allowed() },
  mediator: { query: `query($id: ID!) { mediator(id: $id) { id } }`, variables: () => ({ id: f.mediatorA }), expect: () => allowed() },
  mediators: {
    query: `query($c: ID!) { mediators(committeeId: $c) { id } }`,
    variables: () => ({ c: f.committeeA }),
    expect: () => allowed(),
  },
  experts: { query: `{ experts(divisionCode: "150202", library: MEDIATOR) { id } }`, expect: () => allowed() },
  overduePerformance: {
    // 人民调解法 art 31: the committee, or the justice bureau over it, follows its agreements' performance.
    query: `query($c: ID!) { overduePerformance(first: 10, committeeId: $c) { id } }`,
    variables: () => ({ c: f.committeeA }),
    expect: (a) =>
      a.organisationId === f.committeeA || (has(a, "JUSTICE_OFFICER") && within(a, "150202")) ? allowed() : { answer: "FORBIDDEN" },
  },
  mediationCase: {
    query: `query($id: ID!) { mediationCase(id: $id) { id } }`,
    variables: () => ({ id: f.caseA }),
    expect: (a) => ifSees("MediationCase", a),
  },
  mediationAgreement: {
    query: `query($id: ID!) { mediationAgreement(id: $id) { id } }`,
    variables: () => ({ id: f.agreementA }),
    expect: (a) => ifSees("MediationAgreement", a),
  },
  court: { query: `query($id: ID!) { court(id: $id) { id } }`, variables: () => ({ id: f.courtA }), expect: () => allowed() },
  courts: { query: `{ courts(divisionCode: "150202") { id } }`, expect: () => allowed() },
  courtDeadlineRules: { query: `{ courtDeadlineRules { name } }`, expect: () => allowed() },
  confirmationApplication: {
    query: `query($id: ID!) { confirmationApplication(id: $id) { id } }`,
    variables: () => ({ id: f.applicationA }),
    expect: (a) => ifSees("ConfirmationApplication", a),
  },
  confirmationApplicationByCaseNumber: {
    query: `query($n: String!) { confirmationApplicationByCaseNumber(caseNumber: $n) { id } }`,
    variables: () => ({ n: f.caseNumberA }),
    expect: (a) => ifSees("ConfirmationApplication", a),
  },
  supervisionCase: {
    query: `query($id: ID!) { supervisionCase(id: $id) { id } }`,
    variables: () => ({ id: f.supervisionA }),
    expect: (a) => ifSees("SupervisionCase", a),
  },
  supervisionCases: {
    query: `{ supervisionCases(first: 100) { id } }`,
    expect: (a) => allowed(sees("SupervisionCase", a)),
    rows: (data) => ids(data.supervisionCases),
  },
  supervisionLeads: { query: `{ supervisionLeads(first: 50, jurisdictionCode: "150202") { id } }`, expect: ofJurisdiction },
  redFlagScreen: {
    query: `query($d: ID!) { redFlagScreen(disputeId: $d) { score } }`,
    variables: () => ({ d: f.disputeA }),
    expect: (a) => ifSees("Dispute", a),
  },
  redFlagScreening: {
    query: `{ redFlagScreening(includeUnconfirmedAgreements: true, onlySuspicious: false, first: 10, jurisdictionCode: "150202") { __typename } }`,
    expect: ofJurisdiction,
  },
  redFlagRules: { query: `{ redFlagRules { __typename } }`, expect: () => allowed() },
  disputesForScreening: {
    // `number` comes from the centre, which answers each key within the caller's Dispute scope.
    query: `query($ids: [ID!]!) { disputesForScreening(ids: $ids) { id number } }`,
    variables: () => ({ ids: [f.disputeA] }),
    expect: (a) => (sees("Dispute", a) ? allowed(true) : { answer: "FORBIDDEN" }),
    rows: (data) => ids(data.disputesForScreening),
  },
};

/** The policy's answer for a caller the declaration keeps out of the field altogether. */
function refusedByRole(field: string, caller: Caller): Expected | null {
  if (caller.actor === null) return mayUse(field, ["PUBLIC"]) ? null : { answer: "UNAUTHENTICATED" };
  return mayUse(field, caller.actor.roles) ? null : { answer: "FORBIDDEN" };
}

function answerOf(response: HubResponse<unknown>, field: string): Answer | string {
  const value = (response.data as Record<string, unknown> | null | undefined)?.[field];
  if (value !== null && value !== undefined && !response.errors?.length) return "ALLOWED";
  return String(response.errors?.[0]?.extensions?.code ?? "NULL_WITHOUT_ERROR");
}

beforeAll(async () => {
  hub = await startHub();
  const org = await seedOrganisations(hub);
  Object.assign(f, { centreA: org.centreId, committeeA: org.committeeId, mediatorA: org.mediatorId, courtA: org.courtId });
  const mediated = await mediateToAgreement(hub, org, "ORAL", {
    parties: [
      { role: "APPLICANT", kind: "PERSON", name: "巴特尔", idNumber: uniqueIdNumber(), phone: "13947260011" },
      { role: "RESPONDENT", kind: "PERSON", name: "王建国", idNumber: uniqueIdNumber() },
      { role: "THIRD_PARTY", kind: "ORGANISATION", name: `包头市鹿城运输有限公司-${org.suffix}`, creditCode: f.creditCode },
    ],
  });
  Object.assign(f, { disputeA: mediated.disputeId, numberA: mediated.number, caseA: mediated.caseId, agreementA: mediated.agreementId });
  const filed = expectData(await step.fileApplication(hub, org, mediated.caseId, [mediated.applicantId, mediated.respondentId]));
  f.applicationA = filed.fileConfirmationApplication.id;
  f.caseNumberA = expectData(await step.acceptApplication(hub, f.applicationA, org.courtId)).decideConfirmationAcceptance.caseNumber;
  const opened = expectData(
    await hub.request<{ openSupervisionCase: { id: string } }>(
      `mutation($input: OpenSupervisionCaseInput!) { openSupervisionCase(input: $input) { id } }`,
      { input: { disputeId: f.disputeA, grounds: "MAJOR_SOCIAL_IMPACT", summary: "社会影响重大，依职权监督" } },
      actor({ department: "PROCURATORATE", roles: ["PROSECUTOR"], organisationId: f.procuratorateA, jurisdictionCode: "150202" }),
    ),
  );
  f.supervisionA = opened.openSupervisionCase.id;
  const routed = expectData(
    await hub.request<{ dispute: { currentRouting: { id: string } } }>(
      `query($id: ID!) { dispute(id: $id) { currentRouting { id } } }`,
      { id: f.disputeA },
      actor({ department: "CENTER", roles: ["CENTRE_SUPERVISOR"], jurisdictionCode: "15" }),
    ),
  );
  f.routingA = routed.dispute.currentRouting.id;
  // The centre's timeline is what its consumer made of the departments' feeds.
  await consumeAllFeeds(hub);
}, 180_000);
afterAll(() => hub.stop());

it("has a probe for exactly the root query fields of the access policy", () => {
  const queries = Object.entries(ACCESS_POLICY)
    .filter(([, policy]) => policy.kind === "query")
    .map(([field]) => field)
    .sort();
  expect(Object.keys(PROBES).sort()).toEqual(queries);
});

describe.each(Object.keys(PROBES).map((field) => [field]))("root field %s", (field) => {
  it("answers every role, in and out of scope, as the declaration says", async () => {
    const probe = PROBES[field];
    if (!probe) throw new Error(`no probe for ${field}`);
    const cells: { who: string; answer: string; listsRecord?: boolean }[] = [];
    const expected: typeof cells = [];
    for (const caller of CALLERS()) {
      const byRole = refusedByRole(field, caller);
      const want = byRole ?? probe.expect(caller.actor ?? ANONYMOUS);
      const response = await hub.request(probe.query, probe.variables?.() ?? {}, caller.actor);
      const answer = answerOf(response, field);
      const cell: (typeof cells)[number] = { who: caller.label, answer };
      if (want.listsRecord !== undefined && probe.rows && answer === "ALLOWED") {
        cell.listsRecord = probe
          .rows(response.data as Record<string, unknown>)
          .includes(
            field === "disputes" || field === "disputesForScreening" ? f.disputeA : field === "routingsTo" ? f.routingA : f.supervisionA,
          );
      }
      if (byRole) {
        // Refused by role at the gateway, before any subgraph is asked.
        expect({ who: caller.label, status: response.status }).toEqual({
          who: caller.label,
          status: byRole.answer === "UNAUTHENTICATED" ? 401 : 403,
        });
      }
      cells.push(cell);
      expected.push({ who: caller.label, ...want });
    }
    expect(cells).toEqual(expected);
  });
});

/** Entities whose reads are narrowed by a scope rule: a nested field leading to one must answer as its root read does. */
const SCOPED_TYPES = ["Dispute", "Routing", "MediationCase", "MediationAgreement", "ConfirmationApplication", "SupervisionCase"] as const;
type ScopedType = (typeof SCOPED_TYPES)[number];

interface NestedProbe {
  /** The root field that reaches the parent (its own cells are above). */
  parent: keyof typeof PROBES;
  query: string;
  variables: () => Record<string, unknown>;
  /** Path from the root field's value to the nested value. */
  pick: (root: Record<string, unknown>) => unknown;
  /** The record the nested field should lead to, when the caller sees it. */
  record: () => string;
  child: ScopedType;
}

const nestedUnder = (
  parent: keyof typeof PROBES,
  root: string,
  id: () => string,
  field: string,
  child: ScopedType,
  record: () => string,
) => ({
  parent,
  query: `query($id: ID!) { ${root}(id: $id) { id ${field} { id } } }`,
  variables: () => ({ id: id() }),
  pick: (value: Record<string, unknown>) => value[field],
  record,
  child,
});

const NESTED: Record<string, NestedProbe> = {
  "Dispute.mediationCases": nestedUnder(
    "dispute",
    "dispute",
    () => f.disputeA,
    "mediationCases",
    "MediationCase",
    () => f.caseA,
  ),
  "Dispute.confirmationApplications": nestedUnder(
    "dispute",
    "dispute",
    () => f.disputeA,
    "confirmationApplications",
    "ConfirmationApplication",
    () => f.applicationA,
  ),
  "Dispute.supervisionCases": nestedUnder(
    "dispute",
    "dispute",
    () => f.disputeA,
    "supervisionCases",
    "SupervisionCase",
    () => f.supervisionA,
  ),
  "Dispute.currentRouting": nestedUnder(
    "dispute",
    "dispute",
    () => f.disputeA,
    "currentRouting",
    "Routing",
    () => f.routingA,
  ),
  "Dispute.routings": nestedUnder(
    "dispute",
    "dispute",
    () => f.disputeA,
    "routings",
    "Routing",
    () => f.routingA,
  ),
  "Routing.dispute": nestedUnder(
    "routing",
    "routing",
    () => f.routingA,
    "dispute",
    "Dispute",
    () => f.disputeA,
  ),
  "MediationCase.dispute": nestedUnder(
    "mediationCase",
    "mediationCase",
    () => f.caseA,
    "dispute",
    "Dispute",
    () => f.disputeA,
  ),
  "MediationCase.agreement": nestedUnder(
    "mediationCase",
    "mediationCase",
    () => f.caseA,
    "agreement",
    "MediationAgreement",
    () => f.agreementA,
  ),
  "MediationAgreement.mediationCase": nestedUnder(
    "mediationAgreement",
    "mediationAgreement",
    () => f.agreementA,
    "mediationCase",
    "MediationCase",
    () => f.caseA,
  ),
  "ConfirmationApplication.dispute": nestedUnder(
    "confirmationApplication",
    "confirmationApplication",
    () => f.applicationA,
    "dispute",
    "Dispute",
    () => f.disputeA,
  ),
  "ConfirmationApplication.mediationCase": nestedUnder(
    "confirmationApplication",
    "confirmationApplication",
    () => f.applicationA,
    "mediationCase",
    "MediationCase",
    () => f.caseA,
  ),
  "SupervisionCase.dispute": nestedUnder(
    "supervisionCase",
    "supervisionCase",
    () => f.supervisionA,
    "dispute",
    "Dispute",
    () => f.disputeA,
  ),
  "AgreementTerm.agreement": {
    parent: "mediationAgreement",
    query: `query($id: ID!) { mediationAgreement(id: $id) { id terms { agreement { id } } } }`,
    variables: () => ({ id: f.agreementA }),
    pick: (value) => (value.terms as { agreement: unknown }[] | undefined)?.[0]?.agreement ?? null,
    record: () => f.agreementA,
    child: "MediationAgreement",
  },
  "RedFlagScreen.dispute": {
    parent: "redFlagScreen",
    query: `query($id: ID!) { redFlagScreen(disputeId: $id) { dispute { id } } }`,
    variables: () => ({ id: f.disputeA }),
    pick: (value) => value.dispute,
    record: () => f.disputeA,
    child: "Dispute",
  },
};

/**
 * Nested fields leading to a scoped entity that need records this matrix does not seed (a
 * merge, a duplicate review, a case opened from a lead, stage deadlines), with where they are
 * checked; each resolves through the same scoped loader or `_entities` as the probes above.
 */
const ELSEWHERE: Record<string, string> = {
  "Dispute.survivor": "merge.e2e.test.ts (merged disputes; the centre's scoped dispute loader)",
  "Dispute.mergedDisputes": "merge.e2e.test.ts (merged disputes; the centre's scoped dispute loader)",
  "DuplicateReview.dispute": "subgraphs/center/test/duplicates.int.test.ts (scoped dispute loader)",
  "DuplicateReview.linkedTo": "subgraphs/center/test/duplicates.int.test.ts (scoped dispute loader)",
  "DuplicateCandidate.dispute": "subgraphs/center/test/duplicates.int.test.ts (out of scope: dispute null, number only)",
  "DisputeSubmission.dispute": "subgraphs/center/test/duplicates.int.test.ts (scoped dispute loader)",
  "StageDeadline.dispute": "subgraphs/center/test/oversight-deadlines.int.test.ts (scoped dispute loader)",
  "DeadlineReminder.dispute": "subgraphs/center/test/oversight-deadlines.int.test.ts (scoped dispute loader)",
  "EarlyWarning.disputes": "subgraphs/center/test/early-warnings.int.test.ts (scoped dispute loader)",
  "DisputeConnection.nodes": "the `disputes` row above (the page is narrowed in its SQL)",
  "SupervisionCase.sourceConfirmationApplication": "procuratorial-oversight.e2e.test.ts (the court's scoped `_entities`)",
  "SupervisionCase.sourceMediationAgreement": "procuratorial-oversight.e2e.test.ts (justice's scoped `_entities`)",
  "SupervisionLead.dispute": "procuratorial-oversight.e2e.test.ts (the centre's scoped `_entities`)",
  "SupervisionLead.supervisionCases": "procuratorial-oversight.e2e.test.ts (the procuratorate's scoped loader by lead)",
};

it("covers every nested field of the graph that leads to a scoped entity", () => {
  const schema = apiSchema();
  const nested: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__") || ["Query", "Mutation"].includes(type.name)) continue;
    for (const field of Object.values(type.getFields())) {
      if ((SCOPED_TYPES as readonly string[]).includes(getNamedType(field.type).name)) nested.push(`${type.name}.${field.name}`);
    }
  }
  expect([...Object.keys(NESTED), ...Object.keys(ELSEWHERE)].sort()).toEqual(nested.sort());
});

/** What the parent root read answers the caller (the root cells above assert it). */
function parentAnswer(parent: keyof typeof PROBES, caller: Caller): Expected {
  const probe = PROBES[parent];
  if (!probe) throw new Error(`no probe for ${parent}`);
  return refusedByRole(parent, caller) ?? probe.expect(caller.actor ?? ANONYMOUS);
}

describe.each(Object.keys(NESTED).map((field) => [field]))("nested field %s", (field) => {
  it("answers every role, in and out of scope, as the child's own root read does", async () => {
    const probe = NESTED[field];
    if (!probe) throw new Error(`no probe for ${field}`);
    const cells: { who: string; answer: string }[] = [];
    const expected: typeof cells = [];
    for (const caller of CALLERS()) {
      const parent = parentAnswer(probe.parent, caller);
      const want =
        parent.answer !== "ALLOWED"
          ? parent.answer
          : caller.actor && sees(probe.child, caller.actor)
            ? "ALLOWED"
            : // A list leaves the record out; a single field answers null with FORBIDDEN, as the root does.
              "ABSENT_OR_FORBIDDEN";
      const response = await hub.request(probe.query, probe.variables(), caller.actor);
      const root = (response.data as Record<string, Record<string, unknown> | null> | null | undefined)?.[probe.parent] ?? null;
      let answer: string;
      if (!root) answer = String(response.errors?.[0]?.extensions?.code ?? "NULL_WITHOUT_ERROR");
      else {
        const value = probe.pick(root);
        const rows = Array.isArray(value) ? value : [value];
        const found = rows.some((row) => (row as { id?: string } | null)?.id === probe.record());
        const code = response.errors?.[0]?.extensions?.code;
        answer =
          found && !response.errors?.length
            ? "ALLOWED"
            : Array.isArray(value)
              ? found
                ? "LISTED_WITH_ERROR"
                : "ABSENT_OR_FORBIDDEN"
              : code === "FORBIDDEN" && value === null
                ? "ABSENT_OR_FORBIDDEN"
                : `UNEXPECTED ${String(code)}`;
      }
      cells.push({ who: caller.label, answer });
      expected.push({ who: caller.label, answer: want });
    }
    expect(cells).toEqual(expected);
  });
});

/**
 * The dispute's event lists: each shows an event about a record (a mediation case, an
 * application, a supervision case) exactly when the caller sees that record, as its root read does.
 */
type EventSubject = "MediationCase" | "ConfirmationApplication" | "SupervisionCase";
const EVENT_SUBJECTS: Record<EventSubject, () => string> = {
  MediationCase: () => f.caseA,
  ConfirmationApplication: () => f.applicationA,
  SupervisionCase: () => f.supervisionA,
};
const EVENT_LISTS: Record<string, EventSubject[]> = {
  "Dispute.justiceEvents": ["MediationCase"],
  "Dispute.courtEvents": ["ConfirmationApplication"],
  "Dispute.procuratorateEvents": ["SupervisionCase"],
  "Dispute.caseFile": ["MediationCase", "ConfirmationApplication", "SupervisionCase"],
  "Dispute.timeline": ["MediationCase", "ConfirmationApplication", "SupervisionCase"],
};

it("covers every event list of Dispute", () => {
  const dispute = apiSchema().getType("Dispute");
  if (!isObjectType(dispute)) throw new Error("no Dispute type");
  const lists = Object.values(dispute.getFields())
    .filter((field) => ["CaseEvent", "TimelineEntry"].includes(getNamedType(field.type).name) && field.name !== "centerEvents")
    .map((field) => `Dispute.${field.name}`);
  expect(Object.keys(EVENT_LISTS).sort()).toEqual(lists.sort());
});

describe.each(Object.keys(EVENT_LISTS).map((list) => [list]))("event list %s", (list) => {
  it("shows every role, in and out of scope, a record's events exactly when it sees the record", async () => {
    const field = list.replace("Dispute.", "");
    const subjects = EVENT_LISTS[list] ?? [];
    const cells: { who: string; answer: string }[] = [];
    const expected: typeof cells = [];
    for (const caller of CALLERS()) {
      const parent = parentAnswer("dispute", caller);
      const want =
        parent.answer !== "ALLOWED"
          ? parent.answer
          : subjects.map((subject) => `${subject} ${caller.actor && sees(subject, caller.actor) ? "SHOWN" : "ABSENT"}`).join(", ");
      const response = await hub.request<{ dispute: Record<string, { subjectType: string; subjectId: string }[] | null> | null }>(
        `query($id: ID!) { dispute(id: $id) { id ${field} { subjectType subjectId } } }`,
        { id: f.disputeA },
        caller.actor,
      );
      const rows = response.data?.dispute?.[field];
      const answer =
        response.data?.dispute && !response.errors?.length
          ? subjects
              .map((subject) => {
                const shown = (rows ?? []).some((row) => row.subjectType === subject && row.subjectId === EVENT_SUBJECTS[subject]());
                return `${subject} ${shown ? "SHOWN" : "ABSENT"}`;
              })
              .join(", ")
          : String(response.errors?.[0]?.extensions?.code ?? "NULL_WITHOUT_ERROR");
      cells.push({ who: caller.label, answer });
      expected.push({ who: caller.label, answer: want });
    }
    expect(cells).toEqual(expected);
  });
});
