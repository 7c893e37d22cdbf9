import { readFileSync } from "node:fs";
import path from "node:path";
import { parse, validate } from "graphql";
import { DEFAULT_LIMITS } from "../../../../gateway/src/limits/config";
import { estimateCost } from "../../../../gateway/src/limits/cost";
import { apiSchemaOf } from "../../../../schema/api-schema";
import {
  AGREEMENT_LEAD,
  CONFIRMATION_LEAD,
  DISPUTE_IN_SCOPE,
  DISPUTES_BY_IDS,
  DISPUTES_PAGE,
  DISPUTES_PAGE_SIZE,
  KEYS_PER_REQUEST,
  PEERS_PAGE,
  PEERS_PAGE_SIZE,
} from "./documents";

const SUPERGRAPH = path.join(__dirname, "..", "..", "..", "..", "schema", "supergraph.graphql");

describe("what the procuratorate asks of the other departments through the graph", () => {
  const api = apiSchemaOf(readFileSync(SUPERGRAPH, "utf8"));
  const id = "00000000-0000-4000-8000-000000000000";
  const documents: [string, string, Record<string, unknown>][] = [
    ["a page of a jurisdiction's disputes with their mediations and confirmations", DISPUTES_PAGE, { first: DISPUTES_PAGE_SIZE }],
    ["a page of a county's baseline", PEERS_PAGE, { first: PEERS_PAGE_SIZE }],
    ["a ruling's dispute", CONFIRMATION_LEAD, { id }],
    ["an agreement's dispute", AGREEMENT_LEAD, { id }],
    ["whether a dispute is in scope", DISPUTE_IN_SCOPE, { id }],
    ["disputes by key", DISPUTES_BY_IDS, { ids: Array.from({ length: KEYS_PER_REQUEST }, () => id) }],
  ];

  it.each(documents)("asks for %s in terms the composed supergraph knows", (_what, document) => {
    expect(validate(api, parse(document)).map((error) => error.message)).toEqual([]);
  });

  // The gateway refuses an operation over its cost limit (COST_LIMIT_EXCEEDED) before running it.
  it.each(documents)("asks for %s within the gateway's default cost limit", (_what, document, variables) => {
    const cost = estimateCost(parse(document), { schema: api, variables, defaultListSize: DEFAULT_LIMITS.defaultListSize });
    expect(cost).toBeLessThanOrEqual(DEFAULT_LIMITS.maxCost);
  });
});
