// The per-service configuration tables of docs/deployment.md, rendered from the validated env
// schemas themselves. `npm run docs:config` rewrites them; tests/ops/config-table.test.ts fails
// when the document and the schemas disagree.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { subgraphEnvSchema } from "@hub/subgraph-kit";
import { z } from "zod";
import { DEPARTMENT_REGISTRY } from "@hub/contract";
import { gatewayEnvSchema, subgraphUrlsShape } from "../gateway/src/env";
import { centerEnvSchema } from "../subgraphs/center/src/env";
import { justiceEnvSchema } from "../subgraphs/justice/src/env";
import { procuratorateEnvSchema } from "../subgraphs/procuratorate/src/env";

const ROOT = path.join(__dirname, "..");
export const DEPLOYMENT_DOC = path.join(ROOT, "docs", "deployment.md");
const START = "<!-- config-table:start (npm run docs:config) -->";
const END = "<!-- config-table:end -->";

/** Values that are credentials or contain them: keep them in a secrets store, never in a unit file. */
export const SECRET_VARIABLES = new Set([
  "DATABASE_URL",
  "HUB_GATEWAY_SECRET",
  "HUB_GATEWAY_SECRET_PREVIOUS",
  // a Redis URL may carry its password
  "HUB_RATE_LIMIT_REDIS_URL",
  "HUB_DATA_KEYS",
  "HUB_BLIND_INDEX_KEY",
  "HUB_OTLP_HEADERS",
  "HUB_METRICS_TOKEN",
]);

/** The court reads these three outside its schema (src/env.ts loadCourtEnv). */
const courtExtras = z.object({
  COURT_DEADLINES_FILE: z.string().optional(),
  COURT_FIRST_INSTANCE_FILE: z.string().optional(),
  COURT_OWN_CONCLUSION_LIMIT: z.enum(["true", "false"]).default("false"),
});

type AnyObject = z.ZodObject<z.ZodRawShape>;
const objectOf = (schema: z.ZodType): AnyObject => schema as unknown as AnyObject;

function shown(value: unknown): string {
  if (value === undefined) return "";
  if (typeof value === "string") {
    // The supergraph's default is a path inside the checkout: shown relative to it.
    const text = path.isAbsolute(value) && value.startsWith(ROOT) ? path.relative(ROOT, value) : value;
    return text === "" ? '`""`' : `\`${text}\``;
  }
  if (Array.isArray(value)) return value.length ? `\`${value.join(",")}\`` : '`""`';
  if (typeof value === "object" && value !== null) return "(see the schema)";
  return `\`${String(value)}\``;
}

function rows(schema: AnyObject, ports: Record<string, string>): string[] {
  return Object.entries(schema.shape).map(([name, field]) => {
    const unset = (field as z.ZodType).safeParse(undefined);
    const required = !unset.success;
    const fallback = name in ports ? `\`${ports[name]}\`` : unset.success ? shown(unset.data) : "";
    return `| \`${name}\` | ${required ? "yes" : "no"} | ${fallback || "—"} | ${SECRET_VARIABLES.has(name) ? "**secret**" : "no"} |`;
  });
}

function table(title: string, schema: AnyObject, ports: Record<string, string> = {}): string {
  return [`### ${title}`, "", "| Variable | Required | Default | Secret |", "| --- | --- | --- | --- |", ...rows(schema, ports), ""].join(
    "\n",
  );
}

export function renderConfigTables(): string {
  const own = (schema: AnyObject) => {
    const shared = new Set(Object.keys(subgraphEnvSchema.shape));
    return z.object(Object.fromEntries(Object.entries(schema.shape).filter(([name]) => !shared.has(name))));
  };
  return [
    table("Gateway", z.object({ ...objectOf(gatewayEnvSchema).shape, ...subgraphUrlsShape })),
    table("Every subgraph", subgraphEnvSchema, {
      // rows() wraps the value in backticks: "4001` center, `4002` justice, … `4004` procuratorate"
      PORT: DEPARTMENT_REGISTRY.map((entry) => `${entry.port}${"`"} ${entry.name}`).join(`, ${"`"}`),
    }),
    table("Centre (besides every subgraph's)", own(centerEnvSchema)),
    table("Justice (besides every subgraph's)", own(justiceEnvSchema)),
    table("Court (besides every subgraph's)", courtExtras),
    table("Procuratorate (besides every subgraph's)", own(procuratorateEnvSchema)),
  ].join("\n");
}

/** The document with its tables replaced by freshly rendered ones. */
export function withFreshTables(document: string): string {
  const start = document.indexOf(START);
  const end = document.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${DEPLOYMENT_DOC} has no ${START} … ${END} section`);
  return `${document.slice(0, start + START.length)}\n\n${renderConfigTables()}\n${document.slice(end)}`;
}

if (require.main === module) {
  writeFileSync(DEPLOYMENT_DOC, withFreshTables(readFileSync(DEPLOYMENT_DOC, "utf8")));
}
