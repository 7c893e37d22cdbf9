import { readFileSync } from "node:fs";
import path from "node:path";
import { parse, validate } from "graphql";
import { apiSchemaOf } from "../../../../schema/api-schema";
import { ACCEPT_ROUTING, DISPUTE_FOR_ACCEPTANCE, DISPUTE_PARTIES } from "./justice-graph";

const SUPERGRAPH = path.join(__dirname, "..", "..", "..", "..", "schema", "supergraph.graphql");

describe("what justice asks of the other departments through the graph", () => {
  const api = apiSchemaOf(readFileSync(SUPERGRAPH, "utf8"));

  it.each([
    ["the dispute's parties", DISPUTE_PARTIES],
    ["the dispute's current routing and the inviting court", DISPUTE_FOR_ACCEPTANCE],
    ["the centre's respondToRouting(ACCEPT)", ACCEPT_ROUTING],
  ])("asks for %s in terms the composed supergraph knows", (_what, document) => {
    expect(validate(api, parse(document)).map((error) => error.message)).toEqual([]);
  });
});
