import { randomUUID } from "node:crypto";
import { SignJWT } from "jose";
import type { Actor } from "@hub/subgraph-kit";
import { DEFAULT_MANIFEST_PATH, readManifest } from "../../gateway/src/persisted/manifest";
import { expectData, step } from "../e2e/steps";
import { seedOrganisations } from "../e2e/seed";
import { actor, mediator } from "../support/actors";
import { TEST_GATEWAY_SECRET } from "../support/env";
import { grantFor } from "../support/granted";
import { startHub, type RunningHub } from "../support/hub-harness";

/**
 * Finding 6: the access grant was `${disputeId}:${requestId}` with a request id the caller
 * chose, a captured x-hub-actor replayed with any query for about 60 s, a credential without
 * `exp` (or one ten years away) was accepted, a delegated actor skipped the persisted-operation
 * rule, and bearer tokens of any age were accepted. Every grant and credential here is built
 * from its documented format, not by the code that checks it.
 */

const WRONG_SECRET = "not-the-gateway-secret-but-long-enough-0000000";
const now = () => Math.floor(Date.now() / 1000);

interface Times {
  iat?: number | null;
  exp?: number | null;
  secret?: string;
  audience?: "hub-subgraph" | "hub-gateway";
}

/** x-hub-actor as the gateway forwards it (HS256 over { actor, rid }, iss dispute-hub, jti, iat, exp), by hand. */
async function actorHeader(who: Actor, requestId: string, times: Times = {}): Promise<string> {
  const jwt = new SignJWT({ actor: who, rid: requestId })
    .setProtectedHeader({ alg: "HS256" })
    .setIssuer("dispute-hub")
    .setAudience(times.audience ?? "hub-subgraph")
    .setJti(randomUUID());
  if (times.iat !== null) jwt.setIssuedAt(times.iat ?? now());
  if (times.exp !== null) jwt.setExpirationTime(times.exp ?? now() + 30);
  return jwt.sign(new TextEncoder().encode(times.secret ?? TEST_GATEWAY_SECRET));
}

const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Dispute { id mediationCases { id } } } }`;

let hub: RunningHub;
let reader: Actor;
let disputeA: string;
let disputeB: string;
let caseA: string;

beforeAll(async () => {
  // As configured by default: partner systems run only the operations of the manifest.
  hub = await startHub({
    gateway: { persistedOperations: { manifest: readManifest(DEFAULT_MANIFEST_PATH), onlyFor: ["PARTNER_SYSTEM"] } },
  });
  const org = await seedOrganisations(hub);
  reader = mediator(org.committeeId);
  const open = async () => {
    const dispute = await step.receive(hub, org);
    expectData(await step.routeToCommittee(hub, org, dispute.disputeId));
    const caseId = expectData(await step.acceptMediation(hub, org, dispute.disputeId)).acceptMediationCase.id;
    return { disputeId: dispute.disputeId, caseId };
  };
  const a = await open();
  const b = await open();
  disputeA = a.disputeId;
  caseA = a.caseId;
  disputeB = b.disputeId;
}, 120_000);
afterAll(() => hub.stop());

/**
 * Asks the justice subgraph directly, as whoever holds the header, for a dispute's mediation
 * cases; the caller also names the request id it likes (x-request-id).
 */
async function askJustice(representation: Record<string, unknown>, header: string, requestId: string) {
  const { status, body } = await hub.subgraphs.justice.rawRequest(
    { query: ENTITIES, variables: { r: [{ __typename: "Dispute", ...representation }] } },
    { "x-hub-actor": header, "x-request-id": requestId },
  );
  const answer = body as {
    data?: { _entities: ({ mediationCases: { id: string }[] } | null)[] };
    errors?: { extensions?: Record<string, unknown> }[];
  };
  return { status, cases: answer.data?._entities[0]?.mediationCases ?? null, code: answer.errors?.[0]?.extensions?.code };
}

describe("access grants (finding 6)", () => {
  it("opens the dispute with a grant over its id, the actor and the request, made under the gateway secret", async () => {
    const requestId = randomUUID();
    const grant = grantFor({ disputeIds: [disputeA], subject: reader.userId, requestId });
    const answer = await askJustice({ id: disputeA, accessGrant: grant }, await actorHeader(reader, requestId), requestId);
    expect(answer.code).toBeUndefined();
    expect(answer.cases?.map((found) => found.id)).toEqual([caseA]);
  });

  it.each([
    ["the old form, dispute:request id chosen by the caller", (requestId: string) => `${disputeA}:${requestId}`],
    ["a grant for another dispute", (requestId: string) => grantFor({ disputeIds: [disputeB], subject: reader.userId, requestId })],
    ["a grant for another subject", (requestId: string) => grantFor({ disputeIds: [disputeA], subject: "someone-else", requestId })],
    ["a grant for another request", () => grantFor({ disputeIds: [disputeA], subject: reader.userId, requestId: randomUUID() })],
    [
      "an expired grant",
      (requestId: string) => grantFor({ disputeIds: [disputeA], subject: reader.userId, requestId, expiresAt: now() - 1 }),
    ],
    [
      "a grant under another key",
      (requestId: string) => grantFor({ disputeIds: [disputeA], subject: reader.userId, requestId, secret: WRONG_SECRET }),
    ],
    ["no grant", () => ""],
  ])("refuses %s with FORBIDDEN and no data", async (_case, grantOf) => {
    const requestId = randomUUID();
    const answer = await askJustice({ id: disputeA, accessGrant: grantOf(requestId) }, await actorHeader(reader, requestId), requestId);
    expect(answer.code).toBe("FORBIDDEN");
    expect(answer.cases).toBeNull();
  });

  it("refuses a grant for dispute B stretched to dispute A by naming A among B's merged disputes", async () => {
    const requestId = randomUUID();
    const grant = grantFor({ disputeIds: [disputeB], subject: reader.userId, requestId });
    const answer = await askJustice(
      { id: disputeB, accessGrant: grant, mergedIds: [disputeA] },
      await actorHeader(reader, requestId),
      requestId,
    );
    expect(answer.code).toBe("FORBIDDEN");
    expect(answer.cases).toBeNull();
  });
});

describe("the forwarded actor (finding 6)", () => {
  it("accepts a captured x-hub-actor once: replayed, with the same or any other query, it is refused", async () => {
    const requestId = randomUUID();
    const header = await actorHeader(reader, requestId);
    const grant = grantFor({ disputeIds: [disputeA], subject: reader.userId, requestId });
    expect((await askJustice({ id: disputeA, accessGrant: grant }, header, requestId)).cases).toHaveLength(1);
    const again = await askJustice({ id: disputeA, accessGrant: grant }, header, requestId);
    expect(again.status).toBe(401);
    expect(again.code).toBe("UNAUTHENTICATED");
    const other = await hub.subgraphs.justice.rawRequest({ query: "{ mediationCommittees { id } }" }, { "x-hub-actor": header });
    expect(other.status).toBe(401);
  });

  it.each([
    ["no exp", { exp: null }],
    ["an exp ten years away", { exp: now() + 10 * 365 * 86_400 }],
    ["a lifetime over 60 s", { iat: now(), exp: now() + 120 }],
    ["no iat", { iat: null }],
    ["an iat in the future", { iat: now() + 300, exp: now() + 320 }],
    ["another secret", { secret: WRONG_SECRET }],
  ])("refuses a credential with %s (401)", async (_case, times: Times) => {
    const header = await actorHeader(reader, randomUUID(), times);
    const answer = await hub.subgraphs.justice.rawRequest({ query: "{ mediationCommittees { id } }" }, { "x-hub-actor": header });
    expect(answer.status).toBe(401);
  });

  it("signs a request id of the gateway's own: the caller's x-request-id is only a correlation id", async () => {
    const response = await hub.request(`{ divisions(parentCode: "1502") { code } }`, {}, reader, {
      "x-request-id": "chosen-by-the-caller",
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("x-request-id")).not.toBe("chosen-by-the-caller");
    expect(response.headers.get("x-correlation-id")).toBe("chosen-by-the-caller");
  });
});

describe("at the gateway (finding 6)", () => {
  const post = (headers: Record<string, string>, query = `{ divisions(parentCode: "1502") { code } }`) =>
    fetch(hub.gatewayUrl, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify({ query }) });

  it("accepts a delegated actor once", async () => {
    const header = await actorHeader(reader, randomUUID(), { audience: "hub-gateway" });
    expect((await post({ "x-hub-actor": header })).status).toBe(200);
    const replayed = await post({ "x-hub-actor": header });
    expect(replayed.status).toBe(401);
  });

  it("holds a partner system's delegated actor to the persisted operations, like the partner's own calls", async () => {
    const partner = actor({ department: "PARTNER", roles: ["PARTNER_SYSTEM"], organisationId: "org-partner", jurisdictionCode: "1502" });
    const header = await actorHeader(partner, randomUUID(), { audience: "hub-gateway" });
    const response = await post({ "x-hub-actor": header });
    expect(response.status).toBe(403);
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe(
      "PERSISTED_QUERY_NOT_ALLOWED",
    );
  });

  it.each([
    ["issued in the future", { issuedAt: now() + 600, expiresAt: now() + 3600 }],
    ["issued longer ago than the maximum token age", { issuedAt: now() - 13 * 3600, expiresAt: now() + 3600 }],
  ])("refuses a bearer token %s with 401 UNAUTHENTICATED", async (_case, times) => {
    const response = await post({ authorization: `Bearer ${await hub.tokenFor(reader, times)}` });
    expect(response.status).toBe(401);
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe("UNAUTHENTICATED");
  });
});
