import { readFileSync } from "node:fs";
import path from "node:path";
import { Supergraph } from "@apollo/federation-internals";
import { ACCESS_POLICY, mayUse } from "@hub/subgraph-kit/access-policy";
import { renderRevealRules, renderRoleMatrix, renderScopeMatrix } from "@hub/subgraph-kit/access-matrix";

const SUPERGRAPH = readFileSync(path.join(__dirname, "supergraph.graphql"), "utf8");
const api = Supergraph.build(SUPERGRAPH).apiSchema().toGraphQLJSSchema();

function rootFields(kind: "query" | "mutation"): string[] {
  const type = kind === "query" ? api.getQueryType() : api.getMutationType();
  return Object.keys(type?.getFields() ?? {}).sort();
}

describe("the access policy covers the graph exactly", () => {
  it("declares every root field of the API schema, with its operation kind, and nothing that is not in it", () => {
    const declared = Object.entries(ACCESS_POLICY);
    for (const kind of ["query", "mutation"] as const) {
      expect(
        declared
          .filter(([, policy]) => policy.kind === kind)
          .map(([field]) => field)
          .sort(),
      ).toEqual(rootFields(kind));
    }
  });

  it("opens only the public intake to anonymous callers", () => {
    expect(Object.keys(ACCESS_POLICY).filter((field) => mayUse(field, ["PUBLIC"]))).toEqual(["submitPublicDispute", "publicDisputeStatus"]);
  });

  it("is what the README's role and scope matrices say", () => {
    const readme = readFileSync(path.join(__dirname, "..", "README.md"), "utf8");
    expect(readme).toContain(renderRoleMatrix());
    expect(readme).toContain(renderScopeMatrix());
    expect(readme).toContain(renderRevealRules());
  });

  it("refuses a field it does not declare", () => {
    expect(mayUse("dropAllTables", ["CENTRE_SUPERVISOR"])).toBe(false);
  });
});
