import { randomUUID } from "node:crypto";
import type { Actor } from "@hub/subgraph-kit";
import pg from "pg";
import { actor, centreOfficer, centreSupervisor, judge, mediator, prosecutor } from "../support/actors";
import { testDatabaseUrl } from "../support/env";
import { startHub, type RunningHub } from "../support/hub-harness";
import { seedDisputeAcrossDepartments, seedOrganisations } from "./seed";
import { expectData, TRAFFIC_APPLICANT_PHONE } from "./steps";

/**
 * Audited full reads of personal data through the gateway: who may read which party's data in
 * full (REVEAL_RULES), one append-only access record per field read, the records queryable by a
 * supervisor in scope only, and unalterable in the database itself.
 */
let hub: RunningHub;
let org: Awaited<ReturnType<typeof seedOrganisations>>;
let disputeId: string;
let applicantIdNumber: string;
let respondentIdNumber: string;
let applicantId: string;
let respondentId: string;
const procuratorateId = randomUUID();

const REVEAL = `mutation($input: RevealPersonalDataInput!) {
  revealPersonalData(input: $input) { partyId disputeId values { field value accessId } }
}`;
const LOG = `query($filter: PersonalDataAccessFilter, $first: Int!, $after: String) {
  personalDataAccessLog(filter: $filter, first: $first, after: $after) {
    nodes { id accessedAt readBy { id name } actorRoles organisationId ground field partyId disputeId placeCode purpose purposeDetail requestId }
    pageInfo { hasNextPage endCursor }
  }
}`;

const prosecutorOf = (organisationId: string) => ({ ...prosecutor(organisationId), jurisdictionCode: "1502" });

/** The answer carries the request id the gateway generated (`x-request-id`), the one the audit records. */
function reveal(as: Actor | null, partyId: string, fields: string[] = ["ID_NUMBER"]) {
  return hub.request<{
    revealPersonalData: { partyId: string; disputeId: string; values: { field: string; value: string | null; accessId: string }[] };
  }>(REVEAL, { input: { partyId, fields, purpose: "SERVICE_OF_DOCUMENTS", purposeDetail: "送达调解协议书，需核对受送达人身份" } }, as, {
    "x-request-id": randomUUID(),
  });
}

function requestIdOf(response: { headers: Headers }): string {
  const id = response.headers.get("x-request-id");
  if (!id) throw new Error("the gateway answered without x-request-id");
  return id;
}

async function withCentreDb<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: testDatabaseUrl("center") });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const recordsOfParty = (partyId: string) =>
  withCentreDb(async (client) =>
    Number((await client.query(`SELECT count(*) FROM personal_data_access WHERE party_id = $1`, [partyId])).rows[0].count),
  );

beforeAll(async () => {
  hub = await startHub();
  org = await seedOrganisations(hub);
  const seeded = await seedDisputeAcrossDepartments(hub, org);
  disputeId = seeded.disputeId;
  applicantIdNumber = seeded.idNumbers[0] ?? "";
  respondentIdNumber = seeded.idNumbers[1] ?? "";
  const { dispute } = expectData(
    await hub.request<{ dispute: { parties: { id: string; role: string }[] } }>(
      `query($id: ID!) { dispute(id: $id) { parties { id role } } }`,
      { id: disputeId },
      centreSupervisor(),
    ),
  );
  applicantId = dispute.parties.find((party) => party.role === "APPLICANT")?.id ?? "";
  respondentId = dispute.parties.find((party) => party.role === "RESPONDENT")?.id ?? "";
  expectData(
    await hub.request(
      `mutation($input: OpenSupervisionCaseInput!) { openSupervisionCase(input: $input) { id } }`,
      { input: { disputeId, grounds: "FALSE_LITIGATION", summary: "当事人疑似串通虚假调解" } },
      prosecutorOf(procuratorateId),
    ),
  );
});
afterAll(() => hub.stop());

describe("who may read a party's personal data in full (个人信息保护法 arts 6, 28: REVEAL_RULES)", () => {
  const allowed: [string, () => Actor, string][] = [
    ["an officer of the handling centre", () => centreOfficer(org.centreId), "HANDLING_CENTRE"],
    ["a mediator of the committee the dispute was routed to", () => mediator(org.committeeId), "ROUTED_ORGANISATION"],
    [
      "a judge of the court the confirmation application is before",
      () => ({ ...judge(org.courtId), jurisdictionCode: "150202" }),
      "COURT_SEIZED",
    ],
    ["a prosecutor of the procuratorate with an open supervision case", () => prosecutorOf(procuratorateId), "OPEN_SUPERVISION"],
  ];

  it.each(allowed)("%s reads it, and one access record is written per field", async (_who, as, ground) => {
    const caller = as();
    const before = await recordsOfParty(applicantId);
    const answer = await reveal(caller, applicantId, ["ID_NUMBER", "PHONE", "ID_NUMBER"]);
    const requestId = requestIdOf(answer);
    const { revealPersonalData } = expectData(answer);
    expect(revealPersonalData).toMatchObject({ partyId: applicantId, disputeId });
    expect(revealPersonalData.values.map((value) => value.field)).toEqual(["ID_NUMBER", "PHONE"]);
    expect(revealPersonalData.values[0]?.value).toBe(applicantIdNumber);
    expect(revealPersonalData.values[1]?.value).toBe(TRAFFIC_APPLICANT_PHONE);
    expect(await recordsOfParty(applicantId)).toBe(before + 2);
    const rows = await withCentreDb(
      async (client) => (await client.query(`SELECT * FROM personal_data_access WHERE request_id = $1 ORDER BY field`, [requestId])).rows,
    );
    expect(rows.map((row) => row.field)).toEqual(["ID_NUMBER", "PHONE"]);
    expect(rows[0]).toMatchObject({
      actor_id: caller.userId,
      actor_name: caller.name,
      actor_roles: caller.roles,
      organisation_id: caller.organisationId,
      ground,
      party_id: applicantId,
      dispute_id: disputeId,
      place_code: "150202001",
      purpose: "SERVICE_OF_DOCUMENTS",
      purpose_detail: "送达调解协议书，需核对受送达人身份",
    });
    expect(rows.map((row) => row.id).sort()).toEqual(revealPersonalData.values.map((value) => value.accessId).sort());
  });

  const refused: [string, () => Actor | null, string, number][] = [
    ["an officer of another centre of the same district", () => centreOfficer(randomUUID(), "150202"), "FORBIDDEN", 200],
    ["a mediator of another committee", () => mediator(randomUUID()), "FORBIDDEN", 200],
    ["a judge of another court", () => ({ ...judge(randomUUID()), jurisdictionCode: "150202" }), "FORBIDDEN", 200],
    ["a prosecutor of a procuratorate without a supervision case", () => prosecutorOf(randomUUID()), "FORBIDDEN", 200],
    ["a centre supervisor (no role that reads in full)", () => centreSupervisor(), "FORBIDDEN", 403],
    ["a justice officer", () => actor({ department: "JUSTICE", roles: ["JUSTICE_OFFICER"], jurisdictionCode: "150202" }), "FORBIDDEN", 403],
    ["an anonymous caller", () => null, "UNAUTHENTICATED", 401],
  ];

  it.each(refused)("%s is refused: nothing revealed, nothing written", async (_who, as, code, status) => {
    const before = await recordsOfParty(respondentId);
    const response = await reveal(as(), respondentId, ["ID_NUMBER"]);
    expect(response.status).toBe(status);
    expect(response.errors?.[0]?.extensions?.code).toBe(code);
    expect(response.data?.revealPersonalData ?? null).toBeNull();
    expect(respondentIdNumber).toMatch(/^\d{17}[\dX]$/);
    expect(JSON.stringify(response)).not.toContain(respondentIdNumber);
    expect(await recordsOfParty(respondentId)).toBe(before);
  });

  it("answers an unknown party exactly as one the caller has no ground for", async () => {
    const outsider = centreOfficer(randomUUID(), "150202");
    const unknown = await reveal(outsider, randomUUID());
    const noGround = await reveal(outsider, respondentId);
    expect(unknown.errors?.[0]?.extensions?.reason).toBe("NOT_FOUND_OR_NO_GROUND");
    expect(noGround.errors?.[0]?.extensions?.reason).toBe("NOT_FOUND_OR_NO_GROUND");
  });

  it("requires a stated purpose", async () => {
    const response = await hub.request(
      REVEAL,
      { input: { partyId: applicantId, fields: ["ID_NUMBER"], purpose: "CONTACT_PARTY", purposeDetail: " " } },
      centreOfficer(org.centreId),
    );
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.purposeDetail" });
  });

  it("keeps every other read masked", async () => {
    const { dispute } = expectData(
      await hub.request<{ dispute: { parties: { idNumberMasked: string }[] } }>(
        `query($id: ID!) { dispute(id: $id) { parties { idNumberMasked } } }`,
        { id: disputeId },
        centreOfficer(org.centreId),
      ),
    );
    expect(dispute.parties[0]?.idNumberMasked).toBe(`${applicantIdNumber.slice(0, 6)}************`);
  });
});

describe("the access log (personalDataAccessLog)", () => {
  it("shows a supervisor over the dispute's place every record, newest first, a page at a time", async () => {
    const answer = await reveal(centreOfficer(org.centreId), respondentId, ["ID_NUMBER", "ADDRESS"]);
    const requestId = requestIdOf(answer);
    expectData(answer);
    const supervisor = centreSupervisor("1502");
    const first = expectData(
      await hub.request<{ personalDataAccessLog: { nodes: any[]; pageInfo: { hasNextPage: boolean; endCursor: string } } }>(
        LOG,
        { filter: { partyId: respondentId }, first: 1 },
        supervisor,
      ),
    ).personalDataAccessLog;
    expect(first.nodes).toHaveLength(1);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = expectData(
      await hub.request<{ personalDataAccessLog: { nodes: any[] } }>(
        LOG,
        { filter: { partyId: respondentId }, first: 100, after: first.pageInfo.endCursor },
        supervisor,
      ),
    ).personalDataAccessLog;
    const all = [...first.nodes, ...second.nodes];
    expect(
      all
        .filter((node) => node.requestId === requestId)
        .map((node) => node.field)
        .sort(),
    ).toEqual(["ADDRESS", "ID_NUMBER"]);
    expect(new Set(all.map((node) => node.id)).size).toBe(all.length);
    expect(all[0]).toMatchObject({ disputeId, partyId: respondentId, placeCode: "150202001", ground: "HANDLING_CENTRE" });
    expect(all[0].readBy.name).toBe("王受理");
    const times = all.map((node) => Date.parse(node.accessedAt));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  it("shows a supervisor of another city none of them", async () => {
    const { personalDataAccessLog } = expectData(
      await hub.request<{ personalDataAccessLog: { nodes: unknown[] } }>(
        LOG,
        { filter: { disputeId }, first: 100 },
        centreSupervisor("1501"),
      ),
    );
    expect(personalDataAccessLog.nodes).toEqual([]);
  });

  it("is refused to roles that do not supervise", async () => {
    const response = await hub.request(LOG, { first: 10 }, centreOfficer(org.centreId));
    expect(response.status).toBe(403);
    expect(response.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it.each([
    ["UPDATE", `UPDATE personal_data_access SET purpose_detail = 'changed' WHERE party_id = $1`],
    ["DELETE", `DELETE FROM personal_data_access WHERE party_id = $1`],
  ])("refuses %s in the database itself", async (_verb, sql) => {
    const before = await recordsOfParty(applicantId);
    expect(before).toBeGreaterThan(0);
    await expect(withCentreDb((client) => client.query(sql, [applicantId]))).rejects.toThrow(/append-only/);
    expect(await recordsOfParty(applicantId)).toBe(before);
    const changed = await withCentreDb(
      async (client) => (await client.query(`SELECT count(*) FROM personal_data_access WHERE purpose_detail = 'changed'`)).rows[0].count,
    );
    expect(Number(changed)).toBe(0);
  });

  it("refuses TRUNCATE in the database itself", async () => {
    await expect(withCentreDb((client) => client.query(`TRUNCATE personal_data_access`))).rejects.toThrow(/append-only/);
    expect(await recordsOfParty(applicantId)).toBeGreaterThan(0);
  });
});
