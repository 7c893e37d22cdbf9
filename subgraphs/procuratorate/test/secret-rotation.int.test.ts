import { randomUUID } from "node:crypto";
import { ACTOR_HEADER, createLogger, REQUEST_ID_HEADER, signActor } from "@hub/subgraph-kit";
import { prosecutor } from "../../../tests/support/actors";
import { testDatabaseUrl } from "../../../tests/support/env";
import { createProcuratorateServer, type ProcuratorateServer } from "../src/server";

/**
 * Rotating HUB_GATEWAY_SECRET without downtime: a subgraph configured with the new secret and
 * the previous one accepts what a gateway still on the previous secret signs; restarted without
 * the previous one, it refuses it.
 */
const OLD = "gateway-secret-being-retired-0123456789abcdef";
const NEW = "gateway-secret-rolled-out-0123456789abcdef00";

async function start(previous?: string): Promise<{ server: ProcuratorateServer; url: string }> {
  const server = await createProcuratorateServer({
    env: {
      DATABASE_URL: testDatabaseUrl("procuratorate"),
      DATABASE_POOL_SIZE: 2,
      HUB_GATEWAY_SECRET: NEW,
      HUB_GATEWAY_URL: "http://127.0.0.1:9/graphql",
      ...(previous ? { HUB_GATEWAY_SECRET_PREVIOUS: previous } : {}),
      NODE_ENV: "test",
    },
    log: createLogger("procuratorate", "silent"),
  });
  const port = await server.listen(0, "127.0.0.1");
  return { server, url: `http://127.0.0.1:${port}/graphql` };
}

async function askSignedWith(url: string, secret: string): Promise<number> {
  const requestId = randomUUID();
  const response = await fetch(url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      [REQUEST_ID_HEADER]: requestId,
      [ACTOR_HEADER]: await signActor(prosecutor(), secret, requestId),
    },
    body: JSON.stringify({ query: "{ supervisionCases(first: 1) { id } }" }),
  });
  await response.json();
  return response.status;
}

describe("gateway secret rotation at a subgraph", () => {
  it("accepts the previous secret during the rotation and refuses it once removed", async () => {
    const rotating = await start(OLD);
    try {
      expect(await askSignedWith(rotating.url, OLD)).toBe(200);
      expect(await askSignedWith(rotating.url, NEW)).toBe(200);
    } finally {
      await rotating.server.stop();
    }
    const rotated = await start();
    try {
      expect(await askSignedWith(rotated.url, OLD)).toBe(401);
      expect(await askSignedWith(rotated.url, NEW)).toBe(200);
    } finally {
      await rotated.server.stop();
    }
  });
});
