import { centreOfficer, centreSupervisor } from "../../../tests/support/actors";
import { startSubgraph, statementsOn, type RunningSubgraph } from "../../../tests/support/subgraph-harness";
import { createCenterServer, type CenterServer } from "../src/server";
import { DONGHE_TOWNSHIP, seedCentre, trafficDispute } from "./fixtures";

const RECEIVE = /* GraphQL */ `
  mutation Receive($input: ReceiveDisputeInput!) {
    receiveDispute(input: $input) {
      id
      number
      channel
      category
      status
      facts
      claims
      amountFen
      placeCode
      receivedAt
      place {
        code
        name
        path {
          code
          name
        }
      }
      receivingCentre {
        id
        name
      }
      receivedBy {
        id
        name
      }
      parties {
        role
        kind
        name
      }
    }
  }
`;

let center: RunningSubgraph<CenterServer>;
let centreId: string;

beforeAll(async () => {
  center = await startSubgraph("center", createCenterServer);
  centreId = (await seedCentre(center.server.db)).id;
});
afterAll(() => center.stop());

describe("receiving a dispute (受理)", () => {
  it("records parties, facts, place and the receiving officer, and numbers it by county and year", async () => {
    const officer = centreOfficer(centreId);
    const { data, errors } = await center.request<{ receiveDispute: Record<string, any> }>(RECEIVE, { input: trafficDispute() }, officer);
    expect(errors).toBeUndefined();
    const dispute = data?.receiveDispute;
    expect(dispute?.number).toMatch(/^150202-\d{4}-\d{6}$/);
    expect(dispute?.status).toBe("RECEIVED");
    expect(dispute?.amountFen).toBe(800_000);
    expect(dispute?.place.path.map((d: { name: string }) => d.name)).toEqual(["内蒙古自治区", "包头市", "东河区", dispute?.place.name]);
    expect(dispute?.receivingCentre.id).toBe(centreId);
    expect(dispute?.receivedBy).toEqual({ id: officer.userId, name: officer.name });
    expect(dispute?.parties).toEqual([
      { role: "APPLICANT", kind: "PERSON", name: "巴特尔" },
      { role: "RESPONDENT", kind: "PERSON", name: "王建国" },
    ]);
  });

  it("gives concurrent receipts in one county distinct consecutive numbers", async () => {
    const officer = centreOfficer(centreId);
    // 满洲里市 (150781) in 2019: no other test numbers disputes there, so the sequence is this test's alone.
    const input = trafficDispute({ placeCode: "150781001", receivedAt: "2019-06-01T02:00:00Z" });
    const results = await Promise.all(
      Array.from({ length: 10 }, () => center.request<{ receiveDispute: { number: string } }>(RECEIVE, { input }, officer)),
    );
    expect(results.map((r) => r.data?.receiveDispute.number.slice(0, 12))).toEqual(Array(10).fill("150781-2019-"));
    const sequence = results.map((r) => Number(r.data?.receiveDispute.number.split("-")[2])).sort((a, b) => a - b);
    expect(new Set(sequence).size).toBe(10);
    expect((sequence.at(-1) as number) - (sequence[0] as number)).toBe(9);
  });

  it.each([
    ["a county code as the place", { placeCode: "150202" }, "input.placeCode"],
    ["a malformed place", { placeCode: "15020200X" }, "input.placeCode"],
    ["a township that does not exist", { placeCode: "150202999" }, "input.placeCode"],
    ["empty facts", { facts: "   " }, "input.facts"],
    ["a negative amount", { amountFen: -1 }, "input.amountFen"],
    ["no respondent", { parties: [{ role: "APPLICANT", kind: "PERSON", name: "巴特尔" }] }, "input.parties"],
    [
      "a blank party name",
      {
        parties: [
          { role: "APPLICANT", kind: "PERSON", name: "" },
          { role: "RESPONDENT", kind: "PERSON", name: "王" },
        ],
      },
      "input.parties.0.name",
    ],
    ["a receipt time in the future", { receivedAt: new Date(Date.now() + 86_400_000).toISOString() }, "input.receivedAt"],
  ])("refuses %s, naming the field", async (_case, overrides, field) => {
    const { data, errors } = await center.request(RECEIVE, { input: trafficDispute(overrides) }, centreOfficer(centreId));
    expect(data).toBeNull();
    expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
    expect(errors?.[0]?.message).toMatch(/[\u4e00-\u9fa5].* \/ [A-Za-z]/);
  });

  it("refuses a receiving centre that is not registered", async () => {
    const { errors } = await center.request(
      RECEIVE,
      { input: trafficDispute({ receivingCentreId: "00000000-0000-4000-8000-000000000000" }) },
      centreOfficer(null),
    );
    expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.receivingCentreId" });
  });

  it("refuses callers who are not centre officers", async () => {
    const { errors } = await center.request(
      RECEIVE,
      { input: trafficDispute() },
      { ...centreOfficer(centreId), department: "COURT", roles: ["JUDGE"] },
    );
    expect(errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("resident ID numbers (GB 11643)", () => {
  const withIds = (applicantId: string, respondentKind = "PERSON", respondentId: string | null = null) =>
    trafficDispute({
      parties: [
        { role: "APPLICANT", kind: "PERSON", name: "巴特尔", idNumber: applicantId },
        { role: "RESPONDENT", kind: respondentKind, name: "包头市某运输有限公司", idNumber: respondentId },
      ],
    });

  it("stores a valid number encrypted, with a blind index, and shows it masked", async () => {
    const { data, errors } = await center.request<{ receiveDispute: { id: string } }>(
      `mutation($input: ReceiveDisputeInput!) { receiveDispute(input: $input) { id parties { name idNumberMasked } } }`,
      { input: withIds("11010519491231002x", "ORGANISATION") },
      centreOfficer(centreId),
    );
    expect(errors).toBeUndefined();
    expect((data?.receiveDispute as any).parties).toEqual([
      { name: "巴特尔", idNumberMasked: "110105************" },
      { name: "包头市某运输有限公司", idNumberMasked: null },
    ]);
    const [stored] = await center.server.db.$queryRaw<{ id_number_cipher: string; id_number_index: string }[]>`
      SELECT person.id_number_cipher, person.id_number_index FROM party JOIN person ON person.id = party.person_id
      WHERE party.dispute_id = ${data?.receiveDispute.id}::uuid AND party.position = 0`;
    expect(stored?.id_number_cipher).not.toContain("11010519491231002X");
    expect(stored?.id_number_cipher).toMatch(/^v1:test-1:/);
    expect(stored?.id_number_index).toMatch(/^[0-9a-f]{64}$/);
  });

  it.each([
    ["a wrong check character", "110105194912310021", "CHECK_CHARACTER"],
    ["a malformed number", "1101051949", "FORMAT"],
    ["an impossible birth date", "110105194902300027", "BIRTH_DATE"],
  ])("refuses %s, naming the party's field and the rule", async (_case, idNumber, problem) => {
    const { errors } = await center.request(RECEIVE, { input: withIds(idNumber) }, centreOfficer(centreId));
    expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.parties.0.idNumber", rule: "GB 11643", problem });
  });

  it("refuses a resident ID number on an organisation", async () => {
    const { errors } = await center.request(
      RECEIVE,
      { input: withIds("11010519491231002X", "ORGANISATION", "11010519491231002X") },
      centreOfficer(centreId),
    );
    expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.parties.1.idNumber" });
  });
});

describe("reading disputes", () => {
  it("pages through a centre's disputes newest first with one query per page and batched fields", async () => {
    const officer = centreOfficer(centreId);
    for (let i = 0; i < 5; i++) {
      await center.request(RECEIVE, { input: trafficDispute({ receivedAt: new Date(Date.UTC(2026, 0, 1 + i)).toISOString() }) }, officer);
    }
    const LIST = `query($filter: DisputeFilter, $after: String) {
      disputes(filter: $filter, first: 3, after: $after) { nodes { id receivedAt parties { name } place { name } receivingCentre { name } } pageInfo { hasNextPage endCursor } }
    }`;
    const filter = { receivingCentreId: centreId, receivedFrom: "2026-01-01T00:00:00Z", receivedBefore: "2026-02-01T00:00:00Z" };
    center.resetQueries();
    const first = await center.request<{ disputes: any }>(LIST, { filter }, officer);
    expect(first.data?.disputes.nodes).toHaveLength(3);
    expect(first.data?.disputes.pageInfo.hasNextPage).toBe(true);
    expect(statementsOn(center.queries, "dispute")).toBe(1);
    expect(statementsOn(center.queries, "party")).toBe(1);
    expect(statementsOn(center.queries, "division")).toBe(1);
    expect(statementsOn(center.queries, "centre")).toBe(1);

    const second = await center.request<{ disputes: any }>(LIST, { filter, after: first.data?.disputes.pageInfo.endCursor }, officer);
    const dates = [...(first.data?.disputes.nodes ?? []), ...(second.data?.disputes.nodes ?? [])].map(
      (d: { receivedAt: string }) => d.receivedAt,
    );
    expect(dates).toEqual([...dates].sort().reverse());
    expect(dates).toHaveLength(5);
    expect(second.data?.disputes.pageInfo.hasNextPage).toBe(false);
  });

  it("answers an unknown id as it answers one out of scope (FORBIDDEN), and a malformed one with BAD_USER_INPUT", async () => {
    const supervisor = centreSupervisor();
    const unknown = await center.request(`{ dispute(id: "00000000-0000-4000-8000-000000000000") { id } }`, {}, supervisor);
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", reason: "NOT_FOUND_OR_OUT_OF_SCOPE" });
    const malformed = await center.request(`{ dispute(id: "42") { id } }`, {}, supervisor);
    expect(malformed.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "id" });
  });

  it("refuses a page size over the limit", async () => {
    const { errors } = await center.request(`{ disputes(first: 1000) { nodes { id } } }`, {}, centreSupervisor());
    expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "first" });
  });
});

describe("_entities", () => {
  it("resolves Dispute, Division and Centre references in one query per type, null for unknown keys", async () => {
    const officer = centreOfficer(centreId);
    const received = await center.request<{ receiveDispute: { id: string } }>(RECEIVE, { input: trafficDispute() }, officer);
    const disputeId = received.data?.receiveDispute.id;
    const query = `query($representations: [_Any!]!) { _entities(representations: $representations) {
      ... on Dispute { id number } ... on Division { code name } ... on Centre { id name } } }`;
    center.resetQueries();
    const { data, errors } = await center.request<{ _entities: any[] }>(
      query,
      {
        representations: [
          { __typename: "Dispute", id: disputeId },
          { __typename: "Division", code: DONGHE_TOWNSHIP },
          { __typename: "Centre", id: centreId },
          { __typename: "Dispute", id: "00000000-0000-4000-8000-000000000000" },
          { __typename: "Division", code: "1502" },
          { __typename: "Dispute", id: "not-a-uuid" },
        ],
      },
      officer,
    );
    // Unknown disputes resolve to null with FORBIDDEN, as out-of-scope ones do.
    expect(errors?.map((error) => [error.path?.[1], error.extensions?.code])).toEqual([
      [3, "FORBIDDEN"],
      [5, "FORBIDDEN"],
    ]);
    expect(data?._entities[0]).toMatchObject({ id: disputeId });
    expect(data?._entities[1]).toEqual({ code: DONGHE_TOWNSHIP, name: "和平路街道" });
    expect(data?._entities[2]).toMatchObject({ id: centreId });
    expect(data?._entities[3]).toBeNull();
    expect(data?._entities[4]).toEqual({ code: "1502", name: "包头市" });
    expect(data?._entities[5]).toBeNull();
    expect(statementsOn(center.queries, "division")).toBe(1);
  });
});

describe("the event log", () => {
  it("records the receipt in the same transaction and refuses to change or delete an entry", async () => {
    const received = await center.request<{ receiveDispute: { id: string } }>(
      RECEIVE,
      { input: trafficDispute() },
      centreOfficer(centreId),
    );
    const disputeId = received.data?.receiveDispute.id as string;
    const rows = await center.server.db.eventLog.findMany({ where: { disputeId } });
    expect(rows.map((row) => row.type)).toEqual(["dispute.received"]);
    await expect(center.server.db.eventLog.updateMany({ where: { disputeId }, data: { summary: "改写" } })).rejects.toThrow(/append-only/);
    await expect(center.server.db.eventLog.deleteMany({ where: { disputeId } })).rejects.toThrow(/append-only/);
  });
});

describe("the gateway credential", () => {
  it("refuses a request with no credential or a forged one", async () => {
    const none = await center.rawRequest({ query: "{ __typename }" }, {});
    expect(none.status).toBe(401);
    const forged = await center.rawRequest({ query: "{ __typename }" }, { "x-hub-actor": "eyJhbGciOiJIUzI1NiJ9.e30.forged" });
    expect(forged.status).toBe(401);
    expect((forged.body as any).errors[0].extensions.code).toBe("UNAUTHENTICATED");
  });
});
