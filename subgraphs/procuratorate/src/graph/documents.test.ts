import { readFileSync } from "node:fs";
import path from "node:path";
import { parse, validate } from "graphql";
import { apiSchemaOf } from "../../../../schema/api-schema";
import { AGREEMENT_LEAD, CONFIRMATION_LEAD, DISPUTES_PAGE, DISPUTES_BY_IDS, PEERS_PAGE } from "./documents";

const SUPERGRAPH = path.join(__dirname, "..", "..", "..", "..", "schema", "supergraph.graphql");

describe("what the procuratorate asks of the other departments through the graph", () => {
  const api = apiSchemaOf(readFileSync(SUPERGRAPH, "utf8"));

  it.each([
    ["a page of a jurisdiction's disputes with their mediations and confirmations", DISPUTES_PAGE],
    ["a page of a county's baseline", PEERS_PAGE],
    ["a ruling's dispute", CONFIRMATION_LEAD],
    ["an agreement's dispute", AGREEMENT_LEAD],
    ["disputes by key", DISPUTES_BY_IDS],
  ])("asks for %s in terms the composed supergraph knows", (_what, document) => {
    expect(validate(api, parse(document)).map((error) => error.message)).toEqual([]);
  });
});
