import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { setPriority } from "node:os";
import path from "node:path";
import { REQUEST_ID_HEADER, type Actor } from "@hub/subgraph-kit";
import { SignJWT, exportJWK, generateKeyPair } from "jose";
import { TEST_DATA_KEYS, TEST_GATEWAY_SECRET, testDatabaseUrl } from "./env";
import { freePort } from "./free-port";
import type { DepartmentName } from "./migrations";

const ROOT = path.join(__dirname, "..", "..");
const DEPARTMENTS: DepartmentName[] = ["center", "justice", "court", "procuratorate"];
const ISSUER = "hub-child-identity";
const AUDIENCE = "dispute-hub-child";

/** One service of the hub as its own process, the way `npm run dev` runs it. */
export interface ChildService {
  name: string;
  port: number;
  /** Every line it wrote to stdout and stderr, in order. */
  lines: string[];
}

export interface ChildHub {
  gatewayUrl: string;
  services: Record<DepartmentName | "gateway", ChildService>;
  request<T = unknown>(
    query: string,
    variables: Record<string, unknown>,
    as: Actor,
  ): Promise<{ status: number; data?: T; errors?: unknown[] }>;
  stop(): Promise<void>;
}

export interface ChildHubOptions {
  /** Variables every service gets, e.g. HUB_OTLP_ENDPOINT or LOG_LEVEL. */
  env?: Record<string, string>;
  /** Variables for one service only (e.g. the centre's poll intervals). */
  serviceEnv?: Partial<Record<DepartmentName | "gateway", Record<string, string>>>;
  /** Databases of the test's own (see `ownDatabase`), e.g. for a centre whose consumer must not move the shared feed cursors. */
  databaseUrls?: Partial<Record<DepartmentName, string>>;
}

function spawnService(name: string, entry: string, env: Record<string, string>, lines: string[]): ChildProcess {
  const child = spawn(process.execPath, ["--conditions=hub-source", "-r", "@swc-node/register", entry], {
    cwd: ROOT,
    env: { SWC_NODE_PROJECT: path.join(ROOT, "tsconfig.json"), ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let partial = "";
  const collect = (chunk: Buffer) => {
    const text = partial + chunk.toString();
    const complete = text.split("\n");
    partial = complete.pop() ?? "";
    lines.push(...complete.filter((line) => line !== ""));
  };
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);
  // Below the test processes' priority: their start-up compilation should not starve tests running alongside.
  if (child.pid) setPriority(child.pid, 10);
  return child;
}

async function waitReady(name: string, url: string, child: ChildProcess, lines: string[], timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}:\n${lines.join("\n")}`);
    const ready = await fetch(url, { signal: AbortSignal.timeout(2000) }).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return;
    if (Date.now() > deadline) throw new Error(`${name} did not become ready:\n${lines.join("\n")}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * The whole hub as five child processes on free ports, against the test databases (already
 * migrated by the global setup): what tracing's module hooks and the process's own log need.
 */
export async function startChildHub(options: ChildHubOptions = {}): Promise<ChildHub> {
  const children: ChildProcess[] = [];
  const ports = Object.fromEntries(await Promise.all([...DEPARTMENTS, "gateway"].map(async (name) => [name, await freePort()]))) as Record<
    DepartmentName | "gateway",
    number
  >;
  const gatewayUrl = `http://127.0.0.1:${ports.gateway}/graphql`;
  const services = Object.fromEntries(
    [...DEPARTMENTS, "gateway"].map((name) => [name, { name, port: ports[name as DepartmentName], lines: [] as string[] }]),
  ) as Record<DepartmentName | "gateway", ChildService>;
  const common = { NODE_ENV: "test", HOST: "127.0.0.1", HUB_GATEWAY_SECRET: TEST_GATEWAY_SECRET, LOG_LEVEL: "info", ...options.env };

  const stop = async () => {
    await Promise.all(
      children.map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolve();
            child.once("exit", () => resolve());
            child.kill("SIGTERM");
            setTimeout(() => child.kill("SIGKILL"), 10_000).unref();
          }),
      ),
    );
  };

  try {
    for (const department of DEPARTMENTS) {
      const centreKeys: Record<string, string> =
        department === "center"
          ? {
              HUB_DATA_KEYS: Object.entries(TEST_DATA_KEYS.HUB_DATA_KEYS)
                .map(([id, key]) => `${id}:${key.toString("base64")}`)
                .join(","),
              HUB_DATA_KEY_CURRENT: TEST_DATA_KEYS.HUB_DATA_KEY_CURRENT,
              HUB_BLIND_INDEX_KEY: TEST_DATA_KEYS.HUB_BLIND_INDEX_KEY.toString("base64"),
            }
          : {};
      const env = {
        ...common,
        PORT: String(ports[department]),
        DATABASE_URL: options.databaseUrls?.[department] ?? testDatabaseUrl(department),
        DATABASE_POOL_SIZE: "4",
        HUB_GATEWAY_URL: gatewayUrl,
        MIGRATE_ON_START: "false",
        ...centreKeys,
        ...options.serviceEnv?.[department],
      };
      const child = spawnService(department, `subgraphs/${department}/src/index.ts`, env, services[department].lines);
      children.push(child);
    }
    await Promise.all(
      DEPARTMENTS.map((department, i) =>
        waitReady(department, `http://127.0.0.1:${ports[department]}/ready`, children[i] as ChildProcess, services[department].lines),
      ),
    );

    const { publicKey, privateKey } = await generateKeyPair("ES256");
    const jwks = { keys: [{ ...(await exportJWK(publicKey)), kid: "child", alg: "ES256", use: "sig" }] };
    const gateway = spawnService(
      "gateway",
      "gateway/src/index.ts",
      {
        ...common,
        PORT: String(ports.gateway),
        HUB_JWT_JWKS: JSON.stringify(jwks),
        HUB_JWT_ISSUER: ISSUER,
        HUB_JWT_AUDIENCE: AUDIENCE,
        HUB_RATE_LIMITS: "false",
        ...Object.fromEntries(DEPARTMENTS.map((d) => [`${d.toUpperCase()}_URL`, `http://127.0.0.1:${ports[d]}/graphql`])),
        ...options.serviceEnv?.gateway,
      },
      services.gateway.lines,
    );
    children.push(gateway);
    await waitReady("gateway", `http://127.0.0.1:${ports.gateway}/ready`, gateway, services.gateway.lines);

    const tokenFor = (actor: Actor) =>
      new SignJWT({ name: actor.name, org: actor.organisationId, dept: actor.department, jur: actor.jurisdictionCode, roles: actor.roles })
        .setProtectedHeader({ alg: "ES256", kid: "child" })
        .setSubject(actor.userId)
        .setIssuer(ISSUER)
        .setAudience(AUDIENCE)
        .setIssuedAt()
        .setExpirationTime("10m")
        .sign(privateKey);

    return {
      gatewayUrl,
      services,
      async request(query, variables, as) {
        const response = await fetch(gatewayUrl, {
          method: "POST",
          headers: { "content-type": "application/json", [REQUEST_ID_HEADER]: randomUUID(), authorization: `Bearer ${await tokenFor(as)}` },
          body: JSON.stringify({ query, variables }),
        });
        return { status: response.status, ...((await response.json()) as { data?: never; errors?: unknown[] }) };
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
