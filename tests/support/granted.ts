import { accessGrantFor } from "@hub/subgraph-kit";

/**
 * Dispute representations as the gateway builds them for another department's fields: with the
 * centre's access grant for `requestId` (pass the same id to the subgraph harness's `request`).
 */
export function grantedDisputes(ids: readonly string[], requestId: string) {
  return ids.map((id) => ({ __typename: "Dispute", id, accessGrant: accessGrantFor(id, { requestId }) }));
}
