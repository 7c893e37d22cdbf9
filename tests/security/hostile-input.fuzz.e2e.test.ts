import { readFileSync } from "node:fs";
import { randomUUID } from "node:crypto";
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  type GraphQLField,
  type GraphQLInputType,
} from "graphql";
import { MATRIX_ROLES } from "@hub/subgraph-kit";
import { apiSchemaOf } from "../../schema/api-schema";
import { actor } from "../support/actors";
import { startHub, SUPERGRAPH_PATH, type RunningHub } from "../support/hub-harness";
import { DEPARTMENT_NAMES, type DepartmentName } from "../support/migrations";
import { ownDatabase } from "../support/own-database";

/**
 * Every root field of the graph, enumerated from the supergraph, called with a corpus of hostile
 * values in every argument (strings, numbers, dates) through the gateway in production mode, as
 * a caller holding every role (so each call reaches its resolver). No answer may be a 500, an
 * INTERNAL_SERVER_ERROR, a stack trace or driver text; the hub must answer normally afterwards.
 * The hub runs on databases of its own: what the corpus manages to create stays there.
 */
const STRINGS = [
  "\u0000",
  "巴特\u0000尔",
  "\ud800",
  "尾\udfff",
  "A".repeat(100_000),
  "'; DROP TABLE dispute; --",
  "1' OR '1'='1",
  "\u202Egnp.exe\u202C",
  "😀👍🏽🇨🇳",
  "",
  "../../../etc/passwd%00",
  "%s%n{0}${7*7}",
];
const INTS = [0, -1, 2_147_483_647, -2_147_483_648];
const SAFE_INTS = [0, -1, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER];
const DATES = ["0001-01-01T00:00:00.000Z", "9999-12-31T23:59:59.999Z", "1900-01-01T00:00:00.000Z", "2024-02-30T25:61:00Z"];
/**
 * Each call puts a different corpus entry in each leaf (rotating by the leaf's position), so half
 * as many calls as corpus strings still send every entry to every multi-argument field, within
 * the time bound.
 */
const VARIANTS = STRINGS.length / 2;

const LEAK =
  /\bat [\w.<>]+ \(|node_modules|generated\/client|\.ts:\d+|prisma|postgres|invalid input syntax|invalid byte sequence|\bSQLSTATE\b/i;
const DEPARTMENTS: readonly DepartmentName[] = DEPARTMENT_NAMES;

const schema = apiSchemaOf(readFileSync(SUPERGRAPH_PATH, "utf8"));
const ROOT_FIELDS = [
  ...Object.values(schema.getQueryType()?.getFields() ?? {}).map((field) => ["query", field] as const),
  ...Object.values(schema.getMutationType()?.getFields() ?? {}).map((field) => ["mutation", field] as const),
];

/** A value of `type` with hostile strings, numbers and dates in its leaves; `variant` moves on by one at each leaf. */
function hostile(type: GraphQLInputType, variant: number): unknown {
  if (isNonNullType(type)) return hostile(type.ofType, variant);
  if (isListType(type)) return [hostile(type.ofType, variant)];
  if (isInputObjectType(type)) {
    return Object.fromEntries(Object.values(type.getFields()).map((field, leaf) => [field.name, hostile(field.type, variant + leaf)]));
  }
  if (isEnumType(type)) return type.getValues()[variant % type.getValues().length]?.value;
  switch (type.name) {
    case "Int":
      return INTS[variant % INTS.length];
    case "SafeInt":
    case "Float":
      return SAFE_INTS[variant % SAFE_INTS.length];
    case "Boolean":
      return variant % 2 === 0;
    case "DateTime":
      return DATES[variant % DATES.length];
    case "JSONObject":
      return { value: STRINGS[variant % STRINGS.length] };
    default:
      return STRINGS[variant % STRINGS.length];
  }
}

function operationOf(kind: "query" | "mutation", field: GraphQLField<unknown, unknown>): string {
  const declared = field.args.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(", ");
  const passed = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(", ");
  const selection = isLeafType(getNamedType(field.type)) ? "" : " { __typename }";
  return `${kind}${declared ? `(${declared})` : ""} { ${field.name}${passed ? `(${passed})` : ""}${selection} }`;
}

let hub: RunningHub;

beforeAll(async () => {
  const urls = await Promise.all(DEPARTMENTS.map((name) => ownDatabase(name)));
  hub = await startHub({
    databaseUrls: Object.fromEntries(DEPARTMENTS.map((name, i) => [name, urls[i] as string])),
    gateway: { production: true, limits: { maxBodyBytes: 4 * 1024 * 1024 } },
  });
}, 60_000);
afterAll(() => hub?.stop());

interface Finding {
  field: string;
  variant: number;
  status: number;
  what: unknown;
}

describe("hostile input to every root field", () => {
  it("has root fields to fuzz", () => {
    expect(ROOT_FIELDS.length).toBeGreaterThan(50);
  });

  it("answers every field and variant without an internal error, a 500 or a leak, and stays healthy", async () => {
    const caller = actor({
      department: "CENTER",
      roles: [...MATRIX_ROLES],
      organisationId: randomUUID(),
      jurisdictionCode: "15",
      name: "探测",
    });
    const calls = ROOT_FIELDS.flatMap(([kind, field]) =>
      // A field without arguments has nothing to fuzz: one call shows it answers.
      Array.from({ length: field.args.length ? VARIANTS : 1 }, (_unused, variant) => ({ kind, field, variant })),
    );
    const findings: Finding[] = [];
    const queue = [...calls];
    const worker = async () => {
      for (let call = queue.shift(); call; call = queue.shift()) {
        const variables = Object.fromEntries(call.field.args.map((arg, leaf) => [arg.name, hostile(arg.type, call.variant * 2 + leaf)]));
        const response = await hub.request(operationOf(call.kind, call.field), variables, caller);
        const bad = (response.errors ?? []).filter(
          (error) =>
            error.extensions?.code === "INTERNAL_SERVER_ERROR" ||
            error.extensions?.stacktrace !== undefined ||
            LEAK.test(JSON.stringify(error)),
        );
        if (response.status >= 500 || bad.length > 0) {
          findings.push({ field: call.field.name, variant: call.variant, status: response.status, what: bad.slice(0, 2) });
        }
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
    expect(findings).toEqual([]);

    const health = await fetch(new URL("/health", hub.gatewayUrl));
    expect(health.status).toBe(200);
    const ready = await fetch(new URL("/ready", hub.gatewayUrl));
    expect(ready.status).toBe(200);
    const after = await hub.request(`{ divisions(parentCode: "15") { code } }`, {}, caller);
    expect(after.errors).toBeUndefined();
  }, 60_000);
});
