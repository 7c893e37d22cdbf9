import { randomUUID } from "node:crypto";
import { ACTOR_HEADER, REQUEST_ID_HEADER, signActor, type Actor } from "@hub/subgraph-kit";
import { centreOfficer, centreSupervisor, courtClerk, mediator, prosecutor } from "../support/actors";
import { startHub, type RunningHub } from "../support/hub-harness";
import { statementsOn } from "../support/subgraph-harness";
import { seedDisputeAcrossDepartments, seedOrganisations } from "./seed";
import { expectData, step, trafficAccident } from "./steps";

/**
 * Roles × jurisdictions × operations through the gateway. Two disputes: A in 包头市东河区
 * (150202001), mediated, before 东河区人民法院 and supervised; B in 呼和浩特市新城区 (150102001),
 * received at a centre there and never routed.
 */
let hub: RunningHub;
let org: Awaited<ReturnType<typeof seedOrganisations>>;
let disputeA: string;
let disputeB: string;
let mediationCaseA: string;
let applicationA: string;
let centreB: string;

beforeAll(async () => {
  hub = await startHub();
  org = await seedOrganisations(hub);
  const seeded = await seedDisputeAcrossDepartments(hub, org);
  disputeA = seeded.disputeId;
  mediationCaseA = seeded.mediationCaseId;
  const applications = expectData(
    await hub.request<{ dispute: { confirmationApplications: { id: string }[] } }>(
      `query($id: ID!) { dispute(id: $id) { confirmationApplications { id } } }`,
      { id: disputeA },
      centreSupervisor(),
    ),
  );
  applicationA = applications.dispute.confirmationApplications[0]?.id ?? "";
  centreB = randomUUID();
  expectData(
    await hub.request(
      `mutation($input: RegisterCentreInput!) { registerCentre(input: $input) { id } }`,
      { input: { id: centreB, name: `海拉尔东路街道综治中心-${org.suffix}`, divisionCode: "150102001" } },
      centreSupervisor(),
    ),
  );
  const received = expectData(
    await hub.request<{ receiveDispute: { id: string } }>(
      `mutation($input: ReceiveDisputeInput!) { receiveDispute(input: $input) { id } }`,
      {
        input: trafficAccident(centreB, {
          placeCode: "150102001",
          parties: [
            { role: "APPLICANT", kind: "PERSON", name: "其其格" },
            { role: "RESPONDENT", kind: "PERSON", name: "刘强" },
          ],
        }),
      },
      centreOfficer(centreB, "150102"),
    ),
  );
  disputeB = received.receiveDispute.id;
});
afterAll(() => hub.stop());

const READ_DISPUTE = `query($id: ID!) { dispute(id: $id) { id number } }`;

type Outcome = "ALLOWED" | "FORBIDDEN" | "UNAUTHENTICATED";

function outcomeOf(response: { data?: unknown; errors?: readonly { extensions?: Record<string, unknown> }[] }): Outcome | string {
  const code = response.errors?.[0]?.extensions?.code;
  return code === undefined ? "ALLOWED" : String(code);
}

// Who reads which record at the root and nested, role by role: access-matrix-reads.e2e.test.ts.
describe("who reads which dispute (Dispute scope, enforced at the centre)", () => {
  it("refuses an out-of-scope dispute exactly as an unknown one, so existence does not leak", async () => {
    const outsider = centreOfficer(centreB, "150102");
    const refused = await hub.request(READ_DISPUTE, { id: disputeA }, outsider);
    const unknown = await hub.request(READ_DISPUTE, { id: "00000000-0000-4000-8000-000000000000" }, outsider);
    expect(refused.data?.dispute ?? null).toBeNull();
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", reason: "NOT_FOUND_OR_OUT_OF_SCOPE" });
    expect(unknown.errors?.[0]?.extensions?.reason).toBe(refused.errors?.[0]?.extensions?.reason);
  });
});

describe("what each role may read (roles, checked at the gateway before planning)", () => {
  // Every mutation × role × area is in access-matrix-mutations.e2e.test.ts.
  const SUPERVISION_LIST = `{ supervisionCases { id } }`;

  const rows: [string, () => Actor | null, string, Outcome][] = [
    ["a mediator listing supervision cases", () => mediator(org.committeeId), SUPERVISION_LIST, "FORBIDDEN"],
    ["a prosecutor listing supervision cases", () => prosecutor(), SUPERVISION_LIST, "ALLOWED"],
    ["an anonymous caller listing disputes", () => null, `{ disputes { nodes { id } } }`, "UNAUTHENTICATED"],
    ["an anonymous caller reading the schema", () => null, `{ __schema { queryType { name } } }`, "UNAUTHENTICATED"],
  ];

  it.each(rows)("%s", async (_what, as, query, expected) => {
    const caller = as();
    hub.resetQueries();
    const response = await hub.request(query, {}, caller);
    expect(outcomeOf(response)).toBe(expected);
    if (expected !== "ALLOWED") {
      expect(response.status).toBe(expected === "UNAUTHENTICATED" ? 401 : 403);
      // Refused before planning: no subgraph saw a statement.
      for (const name of ["center", "justice", "court", "procuratorate"] as const) {
        expect(hub.subgraphs[name].queries.filter((sql) => /^\s*(SELECT|INSERT|UPDATE|DELETE|WITH)\b/i.test(sql))).toEqual([]);
      }
    }
  });
});

describe("no leak through federation", () => {
  const ACROSS = `query($id: ID!) {
    confirmationApplication(id: $id) {
      id
      dispute { id number supervisionCases { id } mediationCases { id } procuratorateEvents { type } }
    }
  }`;

  it("a clerk of the court sees its application but not a dispute outside their scope, nor its fields from other departments", async () => {
    const clerk = { ...courtClerk(org.courtId), jurisdictionCode: "150203" };
    const response = await hub.request(ACROSS, { id: applicationA }, clerk);
    expect(response.data?.confirmationApplication?.id).toBe(applicationA);
    expect(response.data?.confirmationApplication?.dispute ?? null).toBeNull();
    expect(JSON.stringify(response.data)).not.toContain("supervisionCases");
    expect(response.errors?.map((error) => error.extensions?.code)).toContain("FORBIDDEN");
  });

  it("the same clerk with the court's jurisdiction sees the dispute and its mediation, not the procuratorate's cases on it", async () => {
    const clerk = { ...courtClerk(org.courtId), jurisdictionCode: "150202" };
    const data = expectData(await hub.request(ACROSS, { id: applicationA }, clerk));
    expect(data.confirmationApplication.dispute.id).toBe(disputeA);
    expect(data.confirmationApplication.dispute.mediationCases).toEqual([{ id: mediationCaseA }]);
    expect(data.confirmationApplication.dispute.supervisionCases).toEqual([]);
  });
});

describe("_entities straight to a subgraph", () => {
  const ENTITIES = `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Dispute { id } } }`;

  it.each(["center", "justice", "court", "procuratorate"] as const)(
    "%s refuses _entities without the gateway's signed actor",
    async (name) => {
      const { status, body } = await hub.subgraphs[name].rawRequest(
        { query: ENTITIES, variables: { representations: [{ __typename: "Dispute", id: disputeA }] } },
        { [REQUEST_ID_HEADER]: randomUUID() },
      );
      expect(status).toBe(401);
      expect(JSON.stringify(body)).toContain("UNAUTHENTICATED");
      expect(JSON.stringify(body)).not.toContain(disputeA);
    },
  );

  it.each(["center", "justice", "court", "procuratorate"] as const)("%s refuses _entities with a forged actor", async (name) => {
    const requestId = randomUUID();
    const forged = await signActor(centreSupervisor(), "not-the-gateway-secret-but-long-enough-000000", requestId);
    const { status } = await hub.subgraphs[name].rawRequest(
      { query: ENTITIES, variables: { representations: [{ __typename: "Dispute", id: disputeA }] } },
      { [REQUEST_ID_HEADER]: requestId, [ACTOR_HEADER]: forged },
    );
    expect(status).toBe(401);
  });

  it("the centre answers a signed _entities for an out-of-scope dispute with null and FORBIDDEN", async () => {
    const response = await hub.subgraphs.center.request<{ _entities: unknown[] }>(
      `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Dispute { id number } } }`,
      {
        representations: [
          { __typename: "Dispute", id: disputeA },
          { __typename: "Dispute", id: disputeB },
        ],
      },
      centreOfficer(centreB, "150102"),
    );
    expect(response.data?._entities[0]).toBeNull();
    expect(response.data?._entities[1]).toMatchObject({ id: disputeB });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN" });
  });

  it("the other departments answer a Dispute representation without the centre's grant with nothing", async () => {
    const response = await hub.subgraphs.procuratorate.request<{ _entities: { supervisionCases: unknown }[] }>(
      `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Dispute { supervisionCases { id } } } }`,
      { representations: [{ __typename: "Dispute", id: disputeA }] },
      centreSupervisor(),
    );
    expect(response.data?._entities[0]?.supervisionCases ?? null).toBeNull();
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("scoping costs no per-row queries", () => {
  it("lists a page of disputes for an officer (jurisdiction or organisation) in one statement on the dispute table", async () => {
    await Promise.all(Array.from({ length: 5 }, () => step.receive(hub, org)));
    hub.resetQueries();
    const data = expectData(
      await hub.request<{ disputes: { nodes: { id: string }[] } }>(
        `{ disputes(first: 50) { nodes { id number parties { name } } } }`,
        {},
        centreOfficer(org.centreId, "150203"),
      ),
    );
    expect(data.disputes.nodes.length).toBeGreaterThanOrEqual(6);
    const center = hub.subgraphs.center.queries;
    expect(statementsOn(center, "dispute")).toBe(1);
    expect(statementsOn(center, "party")).toBe(1);
    expect(statementsOn(center, "routing")).toBe(1); // the EXISTS of the same statement
  });
});

describe("who reads which supervision case (SupervisionCase scope, enforced at the procuratorate)", () => {
  const procuratorateA = randomUUID();
  let caseA: string;
  const prosecutorOf = (organisationId: string, jurisdictionCode: string) => ({ ...prosecutor(organisationId), jurisdictionCode });

  beforeAll(async () => {
    const opened = expectData(
      await hub.request<{ openSupervisionCase: { id: string } }>(
        `mutation($input: OpenSupervisionCaseInput!) { openSupervisionCase(input: $input) { id } }`,
        { input: { disputeId: disputeA, grounds: "MAJOR_SOCIAL_IMPACT", summary: "社会影响重大，依职权监督" } },
        prosecutorOf(procuratorateA, "150202"),
      ),
    );
    caseA = opened.openSupervisionCase.id;
  });

  const READ = `query($id: ID!) { supervisionCase(id: $id) { id } }`;
  const LIST = `{ supervisionCases(first: 100) { id } }`;
  const who: [string, () => Actor, boolean][] = [
    ["a prosecutor of the opening procuratorate", () => prosecutorOf(procuratorateA, "150202"), true],
    ["a prosecutor of another procuratorate of the same district", () => prosecutorOf(randomUUID(), "150202"), true],
    ["a prosecutor of the city above (包头市)", () => prosecutorOf(randomUUID(), "1502"), true],
    ["a prosecutor of another city (呼和浩特市)", () => prosecutorOf(randomUUID(), "1501"), false],
    ["the regional centre supervisor", () => centreSupervisor("15"), true],
    ["a centre supervisor of another city", () => centreSupervisor("1501"), false],
  ];

  it.each(who)("%s", async (_who, as, sees) => {
    const caller = as();
    const read = await hub.request(READ, { id: caseA }, caller);
    if (sees) expect(read.data?.supervisionCase?.id).toBe(caseA);
    else expect(read.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", reason: "NOT_FOUND_OR_OUT_OF_SCOPE" });
    const listed = expectData(await hub.request<{ supervisionCases: { id: string }[] }>(LIST, {}, caller)).supervisionCases;
    expect(listed.some((row) => row.id === caseA)).toBe(sees);
  });

  it("answers _entities out of scope with null, in one statement", async () => {
    hub.subgraphs.procuratorate.resetQueries();
    const response = await hub.subgraphs.procuratorate.request<{ _entities: ({ id: string } | null)[] }>(
      `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on SupervisionCase { id } } }`,
      { representations: [{ __typename: "SupervisionCase", id: caseA }] },
      prosecutorOf(randomUUID(), "1501"),
    );
    expect(response.data?._entities).toEqual([null]);
    expect(statementsOn(hub.subgraphs.procuratorate.queries, "supervision_case")).toBe(1);
  });
});
