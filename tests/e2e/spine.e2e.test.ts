import { centreOfficer, centreSupervisor } from "../support/actors";
import { startHub, type RunningHub } from "../support/hub-harness";
import { statementsOn } from "../support/subgraph-harness";
import { seedDisputeAcrossDepartments, seedOrganisations } from "./seed";
import { expectData, trafficAccident } from "./steps";

const RECEIVE = `mutation($input: ReceiveDisputeInput!) { receiveDispute(input: $input) { id number } }`;

const WHOLE_CASE = /* GraphQL */ `
  query WholeCase($id: ID!) {
    dispute(id: $id) {
      id
      number
      category
      place {
        name
        path {
          name
        }
      }
      parties {
        role
        name
      }
      receivedBy {
        name
      }
      mediationCases {
        id
        status
        committee {
          name
        }
        acceptedBy {
          name
        }
      }
      confirmationApplications {
        id
        status
        court {
          name
        }
        mediationCase {
          id
          status
        }
        filedBy {
          name
        }
      }
      supervisionCases {
        id
        grounds
        status
        openedBy {
          name
        }
      }
    }
  }
`;

let hub: RunningHub;
let org: Awaited<ReturnType<typeof seedOrganisations>>;

beforeAll(async () => {
  hub = await startHub();
  org = await seedOrganisations(hub);
});
afterAll(() => hub.stop());

describe("one dispute, four databases, one query", () => {
  it("returns a dispute with fields resolved by all four subgraphs", async () => {
    const seeded = await seedDisputeAcrossDepartments(hub, org);
    const { data, errors, status } = await hub.request(WHOLE_CASE, { id: seeded.disputeId }, centreSupervisor());
    expect(status).toBe(200);
    expect(errors).toBeUndefined();
    const dispute = data.dispute;
    expect(dispute.number).toBe(seeded.number);
    expect(dispute.place.path.map((d: { name: string }) => d.name)).toEqual(["内蒙古自治区", "包头市", "东河区", "和平路街道"]);
    expect(dispute.mediationCases).toEqual([
      {
        id: seeded.mediationCaseId,
        status: "AGREEMENT_REACHED",
        committee: { name: expect.stringContaining("调解委员会") },
        acceptedBy: { name: "张调解" },
      },
    ]);
    expect(dispute.confirmationApplications).toEqual([
      expect.objectContaining({
        status: "FILED",
        court: { name: "包头市东河区人民法院" },
        mediationCase: { id: seeded.mediationCaseId, status: "AGREEMENT_REACHED" },
        filedBy: { name: "陈书记员" },
      }),
    ]);
    expect(dispute.supervisionCases).toEqual([
      expect.objectContaining({ grounds: "MAJOR_SOCIAL_IMPACT", status: "OPEN", openedBy: { name: "周检察" } }),
    ]);
  });

  it("records each step under the identity the gateway verified", async () => {
    const officer = centreOfficer(org.centreId);
    const { receiveDispute } = expectData<{ receiveDispute: { id: string } }>(
      await hub.request(RECEIVE, { input: trafficAccident(org.centreId) }, officer),
    );
    const { data } = await hub.request(
      `query($id: ID!) { dispute(id: $id) { receivedBy { id name } } }`,
      { id: receiveDispute.id },
      centreSupervisor(),
    );
    expect(data.dispute.receivedBy).toEqual({ id: officer.userId, name: officer.name });
  });
});

describe("the case file", () => {
  it("tells the dispute's story across the four departments in time order, with who did what", async () => {
    const seeded = await seedDisputeAcrossDepartments(hub, org);
    const { data, errors } = await hub.request(
      `query($id: ID!) { dispute(id: $id) { caseFile { at department type summary actor { name } subjectId } } }`,
      { id: seeded.disputeId },
      centreSupervisor(),
    );
    expect(errors).toBeUndefined();
    const caseFile = data.dispute.caseFile as { at: string; department: string; type: string; actor: { name: string } }[];
    const steps = caseFile.map((entry) => `${entry.department} ${entry.type} ${entry.actor.name}`);
    const milestones = [
      "CENTER dispute.received 王受理",
      "JUSTICE mediation.accepted 张调解",
      "JUSTICE mediation.agreement_reached 张调解",
      "COURT confirmation.filed 陈书记员",
      "PROCURATORATE supervision.opened 周检察",
    ];
    expect(steps.filter((entry) => milestones.includes(entry))).toEqual(milestones);
    expect(new Set(caseFile.map((entry) => entry.department))).toEqual(new Set(["CENTER", "JUSTICE", "COURT", "PROCURATORATE"]));
    const times = caseFile.map((entry) => Date.parse(entry.at));
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });
});

describe("batching across the federation", () => {
  it("lists 50 disputes with fields from all four subgraphs in at most one SQL query per subgraph per entity type", async () => {
    const batchOrg = await seedOrganisations(hub);
    for (let batch = 0; batch < 5; batch++) {
      await Promise.all(Array.from({ length: 10 }, () => seedDisputeAcrossDepartments(hub, batchOrg)));
    }
    const LIST = `query($centre: ID!) { disputes(first: 50, filter: { receivingCentreId: $centre }) { nodes {
      id number parties { name } place { name } receivingCentre { name }
      mediationCases { status committee { name } }
      confirmationApplications { status court { name } }
      supervisionCases { grounds }
    } } }`;
    hub.resetQueries();
    const { data, errors } = await hub.request(LIST, { centre: batchOrg.centreId }, centreSupervisor());
    expect(errors).toBeUndefined();
    expect(data.disputes.nodes).toHaveLength(50);
    for (const node of data.disputes.nodes) {
      expect(node.mediationCases).toHaveLength(1);
      expect(node.confirmationApplications).toHaveLength(1);
      expect(node.supervisionCases).toHaveLength(1);
    }
    const { center, justice, court, procuratorate } = hub.subgraphs;
    expect(statementsOn(center.queries, "dispute")).toBe(1);
    expect(statementsOn(center.queries, "party")).toBe(1);
    expect(statementsOn(center.queries, "division")).toBe(1);
    expect(statementsOn(center.queries, "centre")).toBe(1);
    expect(statementsOn(justice.queries, "mediation_case")).toBe(1);
    // The committees' lookup, and the scope's EXISTS inside the one statement on mediation_case.
    expect(statementsOn(justice.queries, "mediation_committee")).toBe(2);
    expect(statementsOn(court.queries, "confirmation_application")).toBe(1);
    // The courts' lookup, and the scope's EXISTS inside the one statement on confirmation_application.
    expect(statementsOn(court.queries, "court")).toBe(2);
    expect(statementsOn(procuratorate.queries, "supervision_case")).toBe(1);
  }, 120_000);
});

describe("bad input is a coded GraphQL error, never a 500", () => {
  const supervisor = centreSupervisor();

  it.each([
    ["a malformed document", "{ disputes(first: 1) { nodes { id }", {}, 400, "GRAPHQL_PARSE_FAILED"],
    ["an unknown field", "{ disputes(first: 1) { nodes { id shoeSize } } }", {}, 400, "GRAPHQL_VALIDATION_FAILED"],
    ["a variable of the wrong type", "query($n: Int!) { disputes(first: $n) { nodes { id } } }", { n: "many" }, 400, "BAD_USER_INPUT"],
    ["an invalid division code", '{ division(code: "1502x") { name } }', {}, 200, "BAD_USER_INPUT"],
    ["an unknown division code", '{ division(code: "150299999") { name } }', {}, 200, "NOT_FOUND"],
    // Unknown and out of scope answer alike, so a refusal never tells whether a dispute exists.
    ["an unknown dispute id", '{ dispute(id: "00000000-0000-4000-8000-000000000000") { id } }', {}, 200, "FORBIDDEN"],
    ["an unknown mediation case id", '{ mediationCase(id: "00000000-0000-4000-8000-000000000000") { id } }', {}, 200, "FORBIDDEN"],
  ])("%s", async (_case, query, variables, status, code) => {
    const response = await hub.request(query, variables, supervisor);
    expect(response.status).toBe(status);
    expect(response.errors?.[0]?.extensions?.code).toBe(code);
  });

  it("refuses an invalid bearer token with 401 UNAUTHENTICATED", async () => {
    const response = await hub.request("{ __typename }", {}, null, { authorization: "Bearer not-a-token" });
    expect(response.status).toBe(401);
    expect(response.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});

describe("a subgraph that is down", () => {
  it("yields partial data with an error naming it, and the gateway recovers when it returns", async () => {
    const seeded = await seedDisputeAcrossDepartments(hub, org);
    await hub.stopSubgraph("court");
    try {
      const down = await hub.request(WHOLE_CASE, { id: seeded.disputeId }, centreSupervisor());
      expect(down.status).toBe(200);
      expect(down.data?.dispute.number).toBe(seeded.number);
      expect(down.data?.dispute.mediationCases).toHaveLength(1);
      expect(down.errors?.some((e) => e.extensions?.serviceName === "court")).toBe(true);
    } finally {
      await hub.restartSubgraph("court");
    }
    const back = await hub.request(WHOLE_CASE, { id: seeded.disputeId }, centreSupervisor());
    expect(back.errors).toBeUndefined();
    expect(back.data?.dispute.confirmationApplications).toHaveLength(1);
  });
});

describe("request ids", () => {
  it("gives each request an id of the gateway's own, keeps the caller's as a correlation id, and carries both into the subgraphs' logs", async () => {
    const correlationId = `e2e-${Date.now()}`;
    const response = await hub.request(`{ divisions { code } }`, {}, centreSupervisor(), { "x-request-id": correlationId });
    const requestId = response.headers.get("x-request-id");
    expect(requestId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(response.headers.get("x-correlation-id")).toBe(correlationId);
    expect(
      hub.subgraphLogs.some((line) => line.requestId === requestId && line.correlationId === correlationId && line.service === "center"),
    ).toBe(true);
  });
});
