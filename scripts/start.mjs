// `npm start`: the whole hub on one machine. An embedded PostgreSQL with one database per
// department (kept in .hub-data/ between runs), every subgraph of subgraphs/registry.json and the
// gateway as processes, demo data seeded once, and demo tokens printed. Ctrl-C stops everything.
import { spawn } from "node:child_process";
import { createWriteStream, existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { DEPARTMENTS, REGISTRY, startCluster } from "./embedded-postgres.mjs";
import { DEMO_USERS, seedDemo } from "./demo-data.mjs";
import { AUDIENCE, ISSUER, issueToken, loadOrCreateSecrets, writeLocalSignIn } from "./local-identity.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const options = {
  dataDir: path.resolve(root, process.env.HUB_DATA_DIR ?? ".hub-data"),
  pgPort: Number(process.env.HUB_PG_PORT ?? 54329),
  gatewayPort: Number(process.env.HUB_GATEWAY_PORT ?? 4000),
  // The local console (clients/console, Vite's default port) may call the gateway from its own origin.
  corsOrigins: process.env.HUB_CORS_ORIGINS ?? "http://localhost:5173,http://127.0.0.1:5173",
  subgraphPorts: Object.fromEntries(REGISTRY.map((entry) => [entry.name, entry.port])),
  logToConsole: process.env.HUB_LOG_TO_CONSOLE === "1",
};

const children = new Map();
let cluster;
let stopping = false;

function log(message) {
  process.stdout.write(`[hub] ${message}\n`);
}

function launch(name, entry, env) {
  const child = spawn(process.execPath, ["--enable-source-maps", entry], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const file = createWriteStream(path.join(options.dataDir, "logs", `${name}.log`), { flags: "a" });
  for (const stream of [child.stdout, child.stderr]) {
    stream.pipe(file, { end: false });
    if (options.logToConsole) stream.pipe(process.stdout, { end: false });
  }
  child.on("exit", (code, signal) => {
    children.delete(name);
    if (!stopping) {
      log(`${name} exited (${signal ?? code}); see ${path.relative(root, file.path)}. Stopping the hub.`);
      void shutdown(1);
    }
  });
  children.set(name, child);
  return child;
}

async function waitUntilReady(name, url, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!children.has(name)) throw new Error(`${name} stopped while starting`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(1000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${name} was not ready at ${url} within ${timeoutMs / 1000}s`);
}

async function shutdown(code = 0) {
  if (stopping) return;
  stopping = true;
  log("stopping…");
  await Promise.all(
    [...children.values()].map(
      (child) =>
        new Promise((resolve) => {
          child.once("exit", resolve);
          child.kill("SIGTERM");
          setTimeout(() => child.kill("SIGKILL"), 10_000).unref();
        }),
    ),
  );
  await cluster?.stop().catch(() => undefined);
  log("stopped");
  process.exit(code);
}

/** The centre alone holds personal data, so only it gets the data keys. */
function centerKeys(secrets) {
  const ids = Object.keys(secrets.dataKeys);
  return {
    HUB_DATA_KEYS: ids.map((id) => `${id}:${secrets.dataKeys[id]}`).join(","),
    HUB_DATA_KEY_CURRENT: ids.at(-1),
    HUB_BLIND_INDEX_KEY: secrets.blindIndexKey,
  };
}

async function main() {
  const started = Date.now();
  process.on("SIGINT", () => void shutdown(0));
  process.on("SIGTERM", () => void shutdown(0));
  await mkdir(path.join(options.dataDir, "logs"), { recursive: true });
  const secrets = await loadOrCreateSecrets(path.join(options.dataDir, "secrets.json"));

  log(`PostgreSQL (embedded) on 127.0.0.1:${options.pgPort}, data in ${path.relative(root, options.dataDir)}/postgres`);
  const pgLog = createWriteStream(path.join(options.dataDir, "logs", "postgres.log"), { flags: "a" });
  cluster = await startCluster({
    dataDir: path.join(options.dataDir, "postgres"),
    port: options.pgPort,
    onLog: (line) => pgLog.write(`${line}\n`),
  });

  const common = { NODE_ENV: "development", HUB_GATEWAY_SECRET: secrets.gatewaySecret, LOG_LEVEL: process.env.LOG_LEVEL ?? "info" };
  for (const department of DEPARTMENTS) {
    launch(department, `subgraphs/${department}/dist/index.js`, {
      ...common,
      PORT: String(options.subgraphPorts[department]),
      HOST: "127.0.0.1",
      DATABASE_URL: cluster.urls[department],
      MIGRATE_ON_START: "true",
      ...(REGISTRY.find((entry) => entry.name === department)?.hub ? centerKeys(secrets) : {}),
    });
  }
  await Promise.all(DEPARTMENTS.map((d) => waitUntilReady(d, `http://127.0.0.1:${options.subgraphPorts[d]}/ready`)));

  const localSignInFile = path.join(options.dataDir, "local-sign-in.json");
  await writeLocalSignIn(localSignInFile, secrets, DEMO_USERS);
  launch("gateway", "gateway/dist/index.js", {
    ...common,
    HUB_CONSOLE_DIR: path.join(root, "clients/console/dist"),
    HUB_INTAKE_DIR: path.join(root, "clients/intake/dist"),
    HUB_LOCAL_SIGN_IN_FILE: localSignInFile,
    PORT: String(options.gatewayPort),
    HUB_JWT_JWKS: JSON.stringify(secrets.jwks),
    HUB_JWT_ISSUER: ISSUER,
    HUB_JWT_AUDIENCE: AUDIENCE,
    HUB_CORS_ORIGINS: options.corsOrigins,
    ...Object.fromEntries(REGISTRY.map((entry) => [entry.urlVariable, `http://127.0.0.1:${entry.port}/graphql`])),
  });
  const gateway = `http://localhost:${options.gatewayPort}/graphql`;
  await waitUntilReady("gateway", `http://127.0.0.1:${options.gatewayPort}/ready`);

  const tokens = Object.fromEntries(await Promise.all(DEMO_USERS.map(async (user) => [user.key, await issueToken(secrets, user)])));
  await writeFile(path.join(options.dataDir, "tokens.json"), JSON.stringify(tokens, null, 2));

  const seededMarker = path.join(options.dataDir, "demo-seeded");
  if (!existsSync(seededMarker)) {
    await seedDemo(async (query, variables, userKey) => {
      const response = await fetch(gateway, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${tokens[userKey]}` },
        body: JSON.stringify({ query, variables }),
      });
      const body = await response.json();
      if (body.errors?.length) throw new Error(`demo seed failed: ${JSON.stringify(body.errors)}`);
      return body.data;
    });
    await writeFile(seededMarker, new Date().toISOString());
    log("demo data seeded (real places, invented people)");
  }

  log(`ready in ${((Date.now() - started) / 1000).toFixed(1)}s`);
  log(`console    http://localhost:${options.gatewayPort}/console/  (sign in as any demo user below)`);
  log(
    `解纷码     http://localhost:${options.gatewayPort}/intake/  (public page, no sign-in; a centre's QR poster: /intake/poster?centre=<id>&name=<name>)`,
  );
  log(`gateway    ${gateway}  (GraphiQL in a browser; /health, /ready)`);
  for (const d of DEPARTMENTS)
    log(`${d.padEnd(13)} http://127.0.0.1:${options.subgraphPorts[d]}/graphql (accepts only the gateway's signed requests)`);
  log(`logs       ${path.relative(root, path.join(options.dataDir, "logs"))}/`);
  log(`CORS       pages from ${options.corsOrigins || "no origin"} may call the gateway (HUB_CORS_ORIGINS)`);
  log("demo bearer tokens (valid 12 h; also in .hub-data/tokens.json):");
  for (const user of DEMO_USERS) log(`  ${user.key.padEnd(18)} ${user.name}  ${tokens[user.key]}`);
  log('try: curl -s localhost:4000/graphql -H "content-type: application/json" -H "authorization: Bearer <centre-supervisor token>" \\');
  log(
    `       -d '{"query":"{ disputes(first: 5) { nodes { number category place { name } parties { role name } mediationCases { status } confirmationApplications { status } supervisionCases { grounds } } } }"}'`,
  );
  log("the partner-system token runs only the SDK's persisted operations (gateway/persisted-operations.json), by id or exact text,");
  log('       e.g. -d \'{"extensions":{"persistedQuery":{"version":1,"sha256Hash":"<id>"}},"variables":{"first":5}}\' (docs/partners.md)');
  log("Ctrl-C stops the hub; the data stays for the next start.");
}

main().catch(async (error) => {
  log(`failed to start: ${error.stack ?? error}`);
  await shutdown(1);
});
