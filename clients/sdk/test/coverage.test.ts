import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "graphql";
import { apiSchemaOf } from "../../../schema/api-schema";
import { policyOf } from "../../../subgraphs/kit/src/access-policy";
import { OPERATIONS } from "../src/graph/catalogue";

/**
 * Root fields the SDK deliberately has no document for, each with the reason. Only a field the
 * access policy keeps to the hub's own systems may be listed (checked below). None today: even
 * the event feeds are used by the departments' own integration systems.
 */
const EXCLUDED: Readonly<Record<string, string>> = {};
const SYSTEM_ROLES = ["HUB_SYSTEM", "DEPARTMENT_SYSTEM"];

const api = apiSchemaOf(readFileSync(path.resolve(__dirname, "../../../schema/supergraph.graphql"), "utf8"));
const rootFields = [api.getQueryType(), api.getMutationType()].flatMap((type) => (type ? Object.keys(type.getFields()) : []));
const covered = new Set(
  OPERATIONS.flatMap((operation) =>
    parse(operation.body).definitions.flatMap((definition) =>
      definition.kind === "OperationDefinition"
        ? definition.selectionSet.selections.flatMap((selection) => (selection.kind === "Field" ? [selection.name.value] : []))
        : [],
    ),
  ),
);

it("has a document for every mutation and every query of the graph, beyond the justified exclusions", () => {
  const uncovered = rootFields.filter((field) => !covered.has(field)).sort();
  expect(uncovered).toEqual(Object.keys(EXCLUDED).sort());
  expect(rootFields.length).toBeGreaterThan(80);
});

it("excludes only fields kept to the hub's own systems", () => {
  for (const field of Object.keys(EXCLUDED)) {
    const roles = policyOf(field)?.roles;
    expect(roles !== undefined && roles !== "ANYONE" && roles.every((role) => SYSTEM_ROLES.includes(role))).toBe(true);
  }
});

it("gives every document a distinct name and the sha256 of its text", async () => {
  const { createHash } = await import("node:crypto");
  expect(new Set(OPERATIONS.map((operation) => operation.name)).size).toBe(OPERATIONS.length);
  for (const operation of OPERATIONS) expect(operation.hash).toBe(createHash("sha256").update(operation.body, "utf8").digest("hex"));
});
