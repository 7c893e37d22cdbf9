import type { GraphQLFormattedError } from "graphql";
import { actor, centreOfficer } from "../support/actors";
import { startFingerprintedHub, type FingerprintedHub } from "../support/fingerprinted-hub";
import type { HubResponse, RunningHub } from "../support/hub-harness";
import { seedOrganisations } from "../e2e/seed";
import { trafficAccident, type Organisations } from "../e2e/steps";
import { uniqueIdNumber } from "../support/id-numbers";

/**
 * Finding 8: a NUL byte, a lone surrogate, a crafted page cursor, a year-0001 date and an
 * unknown operationName each reached the driver or the server's internals and came back as
 * INTERNAL_SERVER_ERROR or HTTP 500 with PostgreSQL messages and generated-client paths. Every
 * argument now goes through one input guard (kit input-guard.ts, in every subgraph), cursors are
 * verified, and the gateway runs here in production mode: no stack trace, path or driver text.
 */
let hub: RunningHub;
let running: FingerprintedHub;
let org: Organisations;

beforeAll(async () => {
  running = await startFingerprintedHub({ gateway: { production: true } });
  hub = running.hub;
  org = await seedOrganisations(hub);
}, 60_000);
afterAll(() => running?.stop());

/** A refused request: every department's database, event log included, stays as it was. */
const refused = <T>(send: () => Promise<HubResponse<T>>) => running.writingNothing(send);

const RECEIVE = `mutation($input: ReceiveDisputeInput!) { receiveDispute(input: $input) { id } }`;
const PUBLIC = `mutation($input: PublicDisputeInput!) { submitPublicDispute(input: $input) { trackingCode } }`;
const DISPUTES = `query($after: String) { disputes(first: 5, after: $after) { nodes { id } } }`;
const FEED = `query($after: String) { centerEventFeed(after: $after, first: 5) { nextCursor } }`;
const officer = () => centreOfficer(org.centreId);
const hubSystem = () => actor({ department: "CENTER", roles: ["HUB_SYSTEM"], jurisdictionCode: null });
const base64url = (text: string) => Buffer.from(text, "utf8").toString("base64url");

const LEAK =
  /\bat [\w.<>]+ \(|node_modules|generated\/client|\.ts:\d+|prisma|postgres|invalid input syntax|invalid byte sequence|\bSQLSTATE\b/i;

/** Nothing internal in what the caller gets back. */
function expectNoLeak(response: HubResponse<unknown>) {
  expect(response.status).not.toBe(500);
  for (const error of response.errors ?? []) {
    expect(error.extensions?.code).not.toBe("INTERNAL_SERVER_ERROR");
    expect(error.extensions).not.toHaveProperty("stacktrace");
    expect(JSON.stringify(error)).not.toMatch(LEAK);
  }
}

function expectBadInput(response: HubResponse<unknown>, field: string, rule?: RegExp) {
  expectNoLeak(response);
  const error = response.errors?.[0] as GraphQLFormattedError;
  expect(error?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
  expect(typeof error.extensions?.messageZh).toBe("string");
  expect(typeof error.extensions?.messageEn).toBe("string");
  if (rule) expect(String(error.extensions?.rule)).toMatch(rule);
}

describe("strings PostgreSQL cannot hold faithfully are refused naming the field", () => {
  it.each([
    ["a NUL byte in the facts", { facts: "追尾\u0000事故" }, "input.facts"],
    ["a NUL byte in a party's name", { parties: [{ role: "APPLICANT", kind: "PERSON", name: "巴特\u0000尔" }] }, "input.parties.0.name"],
    ["a lone high surrogate in the claims", { claims: "赔偿\ud83d" }, "input.claims"],
    ["a lone low surrogate in the facts", { facts: "\ude00事故" }, "input.facts"],
  ])("receiveDispute with %s", async (_what, overrides, field) => {
    expectBadInput(await refused(() => hub.request(RECEIVE, { input: trafficAccident(org.centreId, overrides) }, officer())), field);
  });

  it("the anonymous public intake with a NUL byte in the name", async () => {
    const input = {
      centreId: org.centreId,
      name: "乌\u0000云",
      idNumber: uniqueIdNumber(),
      phone: "13947260002",
      category: "NEIGHBOUR",
      facts: "邻居装修噪音。",
      claims: "停止夜间施工。",
      placeCode: "150202001",
    };
    expectBadInput(await refused(() => hub.request(PUBLIC, { input })), "input.name");
  });

  it("an emoji (a well-formed surrogate pair) is kept", async () => {
    const response = await hub.request(RECEIVE, { input: trafficAccident(org.centreId, { facts: "追尾事故 🚗💥" }) }, officer());
    expect(response.errors).toBeUndefined();
  });
});

describe("page cursors are opaque and verified", () => {
  it.each([
    ["a NUL byte", "\u0000"],
    ["a cursor whose id is not a uuid", base64url(JSON.stringify(["2024-01-01T00:00:00.000Z", "1' OR '1'='1"]))],
    [
      "a cursor whose date is out of any range",
      base64url(JSON.stringify(["+275760-09-13T00:00:00.000Z", "6f1d2b9e-0c1a-4c55-8a8b-1d2e3f4a5b6c"])),
    ],
    ["a cursor that is not JSON", base64url("[[[")],
  ])("disputes(after:) with %s", async (_what, after) => {
    expectBadInput(await hub.request(DISPUTES, { after }, officer()), "after");
  });

  it.each([
    ["a sequence beyond any bigint", base64url("99999999999999999999:1")],
    ["a NUL byte", "\u0000"],
  ])("the event feed with %s", async (_what, after) => {
    expectBadInput(await hub.request(FEED, { after }, hubSystem()), "after");
  });
});

describe("dates are bounded", () => {
  it.each([
    ["year 0001", "0001-01-01T00:00:00.000Z"],
    ["year 9999", "9999-12-31T00:00:00.000Z"],
  ])("receivedAt in %s is BAD_USER_INPUT naming the field and the rule", async (_what, receivedAt) => {
    expectBadInput(
      await refused(() => hub.request(RECEIVE, { input: trafficAccident(org.centreId, { receivedAt }) }, officer())),
      "input.receivedAt",
      /\d{4}/,
    );
  });
});

describe("the gateway refuses what it cannot run with a coded 400", () => {
  it("an unknown operationName", async () => {
    const response = await fetch(hub.gatewayUrl, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${await hub.tokenFor(officer())}` },
      body: JSON.stringify({ query: 'query Known { divisions(parentCode: "15") { code } }', operationName: "Unknown" }),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: GraphQLFormattedError[] };
    expect(body.errors[0]?.extensions).toMatchObject({ code: "BAD_REQUEST", field: "operationName" });
    expect(JSON.stringify(body)).not.toMatch(LEAK);
  });

  it("no error carries a stack trace in production mode, a coded one relayed from a subgraph included", async () => {
    const response = await hub.request(`query { dispute(id: "not-a-uuid") { id } }`, {}, officer());
    expect(response.errors?.length).toBeGreaterThan(0);
    expectNoLeak(response);
  });
});
