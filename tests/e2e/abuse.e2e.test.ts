import { randomUUID } from "node:crypto";
import { HubClient, ListDisputesDocument, WholeCaseDocument } from "../../clients/sdk/src";
import { DEFAULT_MANIFEST_PATH, readManifest } from "../../gateway/src/persisted/manifest";
import { actor, centreSupervisor } from "../support/actors";
import { startHub, type RunningHub } from "../support/hub-harness";
import { seedDisputeAcrossDepartments, seedOrganisations } from "./seed";

const manifest = readManifest(DEFAULT_MANIFEST_PATH);
const partner = () => actor({ department: "PARTNER", roles: ["PARTNER_SYSTEM"], name: "法院办案系统" });

let hub: RunningHub;

beforeAll(async () => {
  // The gateway's default limits, with partner systems bound to the committed manifest.
  hub = await startHub({ gateway: { persistedOperations: { manifest, onlyFor: ["PARTNER_SYSTEM"] } } });
});
afterAll(() => hub.stop());

interface Answer {
  status: number;
  body: { data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

async function post(body: string, token?: string): Promise<Answer> {
  const response = await fetch(hub.gatewayUrl, {
    method: "POST",
    headers: { "content-type": "application/json", "x-request-id": randomUUID(), ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body,
  });
  return { status: response.status, body: (await response.json()) as Answer["body"] };
}

const ABUSE = {
  depth50: `{ disputes { nodes { ${"parties { ".repeat(48)}name${" }".repeat(48)} } } }`,
  // The same alias 10,000 times is valid GraphQL (the fields merge) and fits in 64 KiB.
  aliases10000: `{ disputes(first: 1) { nodes { ${"x: id ".repeat(10_000)}} } }`,
  hugeNestedList: `{ disputes(first: 1000000) { nodes { id parties { name } mediationCases { id committee { name } } } } routingQueue(first: 1000000, centreId: "${randomUUID()}") { id } }`,
  fiveMegabytes: `{ disputes { nodes { id } } }${" ".repeat(5 * 1024 * 1024)}`,
};

describe("the gateway under abuse", () => {
  it("refuses depth 50, 10,000 aliases, first: 1000000 nested and a 5 MB document while normal queries, a partner's persisted operation and health checks succeed", async () => {
    const seeded = await seedDisputeAcrossDepartments(hub, await seedOrganisations(hub));
    const supervisorToken = await hub.tokenFor(centreSupervisor());
    const partnerToken = await hub.tokenFor(partner());
    const listDisputes = manifest.operations.find((operation) => operation.name === "ListDisputes");
    if (!listDisputes) throw new Error("ListDisputes is missing from the manifest");

    const abusive = Object.entries(ABUSE).flatMap(([name, query]) =>
      Array.from({ length: 3 }, async () => ({ name, answer: await post(JSON.stringify({ query }), supervisorToken) })),
    );
    const normal = Array.from({ length: 5 }, async () => {
      const whole = await new HubClient({ url: hub.gatewayUrl, token: supervisorToken }).request(WholeCaseDocument, {
        id: seeded.disputeId,
      });
      const page = await post(
        JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: listDisputes.id } }, variables: { first: 5 } }),
        partnerToken,
      );
      const health = await fetch(hub.gatewayUrl.replace(/\/graphql$/, "/health"));
      return { whole, page, health: health.status };
    });

    const [refused, served] = await Promise.all([Promise.all(abusive), Promise.all(normal)]);

    // Every answer to every attack, not only the last one per kind.
    const EXPECTED: Record<keyof typeof ABUSE, string> = {
      depth50: "400 DEPTH_LIMIT_EXCEEDED",
      // 10,000 aliases are 30,000 tokens: the token limit stops them before the parser builds the document.
      aliases10000: "400 TOO_MANY_TOKENS",
      hugeNestedList: "400 COST_LIMIT_EXCEEDED",
      fiveMegabytes: "413 REQUEST_TOO_LARGE",
    };
    expect(refused).toHaveLength(Object.keys(ABUSE).length * 3);
    expect(refused.map(({ name, answer }) => `${name}: ${answer.status} ${String(answer.body.errors?.[0]?.extensions?.code)}`)).toEqual(
      Object.entries(EXPECTED).flatMap(([name, code]) => Array.from({ length: 3 }, () => `${name}: ${code}`)),
    );
    for (const { answer } of refused) {
      expect(answer.body.data).toBeUndefined();
      expect(answer.body.errors?.[0]?.extensions).toHaveProperty("limit");
    }
    for (const { whole, page, health } of served) {
      expect(whole.dispute.number).toBe(seeded.number);
      expect(page.status).toBe(200);
      expect(page.body.errors).toBeUndefined();
      expect(Array.isArray(page.body.data?.disputes.nodes)).toBe(true);
      expect(health).toBe(200);
    }
  });

  it("refuses one alias over the default limit by the alias limit itself", async () => {
    const token = await hub.tokenFor(centreSupervisor());
    const query = `{ disputes(first: 1) { nodes { ${Array.from({ length: 31 }, (_, i) => `a${i}: id`).join(" ")} } } }`;
    const answer = await post(JSON.stringify({ query }), token);
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]?.extensions).toMatchObject({ code: "TOO_MANY_ALIASES", limit: 30, actual: 31 });
  });

  it("runs the SDK's partner operations for a partner system by id or exact text, and nothing else", async () => {
    const token = await hub.tokenFor(partner());
    const client = new HubClient({ url: hub.gatewayUrl, token });
    const page = await client.request(ListDisputesDocument, { first: 2 });
    expect(page.disputes.nodes.length).toBeLessThanOrEqual(2);

    const adHoc = await post(JSON.stringify({ query: "{ disputes { nodes { id facts } } }" }), token);
    expect(adHoc.status).toBe(403);
    expect(adHoc.body.errors?.[0]?.extensions?.code).toBe("PERSISTED_QUERY_NOT_ALLOWED");
  });
});
