// The ports, data directory and log rotation of `npm start`, from its HUB_* variables. Every
// service's port can be moved, so that two hubs run side by side on one machine:
//   HUB_PORT_BASE=5000 HUB_PG_PORT=55329 HUB_DATA_DIR=.hub-data-2 npm start
// puts the gateway on 5000 and the centre, justice, court and procuratorate on 5001-5004.
import path from "node:path";
import { readRegistry } from "./registry.mjs";

const REGISTRY = readRegistry();
export const DEPARTMENTS = REGISTRY.map((entry) => entry.name);
/** Each department's registry port, moved with HUB_PORT_BASE (the registry's ports are for a base of 4000). */
const REGISTRY_BASE = 4000;

function portOf(env, variable, fallback) {
  const raw = env[variable];
  if (raw === undefined || raw.trim() === "") return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`${variable}: must be a TCP port (1-65535), got "${raw}"`);
  return port;
}

/** What `npm start` runs with; throws naming the variable when a port is malformed or two services would share one. */
export function startOptions(env, root) {
  const base = portOf(env, "HUB_PORT_BASE", 4000);
  const gatewayPort = portOf(env, "HUB_GATEWAY_PORT", base);
  const subgraphPorts = Object.fromEntries(
    REGISTRY.map((entry) => [entry.name, portOf(env, `HUB_${entry.name.toUpperCase()}_PORT`, entry.port - REGISTRY_BASE + base)]),
  );
  const pgPort = portOf(env, "HUB_PG_PORT", 54329);
  const taken = new Map();
  for (const [service, port] of [["gateway", gatewayPort], ...Object.entries(subgraphPorts), ["postgres", pgPort]]) {
    if (taken.has(port))
      throw new Error(
        `${service} and ${taken.get(port)} would both listen on port ${port}: set HUB_PORT_BASE or the HUB_*_PORT variables apart`,
      );
    taken.set(port, service);
  }
  return {
    dataDir: path.resolve(root, env.HUB_DATA_DIR ?? ".hub-data"),
    pgPort,
    gatewayPort,
    subgraphPorts,
    // The local console (clients/console, Vite's default port) may call the gateway from its own origin.
    corsOrigins: env.HUB_CORS_ORIGINS ?? "http://localhost:5173,http://127.0.0.1:5173",
    logToConsole: env.HUB_LOG_TO_CONSOLE === "1",
    /** Each service's log file is rotated at this size, and this many rotated files are kept. */
    logRotation: { size: env.HUB_LOG_ROTATE_SIZE ?? "10M", maxFiles: Number(env.HUB_LOG_KEEP ?? 7) },
  };
}

/** The subgraph URLs the gateway is given, and the gateway URL each subgraph reads other departments through. */
export function serviceUrls(options) {
  return {
    gatewayUrl: `http://127.0.0.1:${options.gatewayPort}/graphql`,
    subgraphUrls: Object.fromEntries(DEPARTMENTS.map((d) => [d, `http://127.0.0.1:${options.subgraphPorts[d]}/graphql`])),
  };
}
