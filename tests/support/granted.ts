import { createHmac } from "node:crypto";
import type { Actor } from "@hub/subgraph-kit";
import { TEST_GATEWAY_SECRET } from "./env";

export interface GrantSpec {
  /** The dispute and any merged into it. */
  disputeIds: readonly string[];
  /** The actor's user id. */
  subject: string;
  requestId: string;
  /** Unix seconds; a minute from now by default. */
  expiresAt?: number;
  secret?: string;
}

/**
 * An access grant built from its documented format (kit access-grant.ts), independently of the
 * code that issues and checks it: `g1.<expiry>.<base64url HMAC-SHA256(key, message)>`, where
 * key = HMAC-SHA256(gateway secret, "hub access grant v1") and message is the JSON array
 * ["g1", sorted dispute ids, subject, request id, expiry].
 */
export function grantFor(spec: GrantSpec): string {
  const expiresAt = spec.expiresAt ?? Math.floor(Date.now() / 1000) + 60;
  const key = createHmac("sha256", spec.secret ?? TEST_GATEWAY_SECRET)
    .update("hub access grant v1")
    .digest();
  const message = JSON.stringify(["g1", [...spec.disputeIds].sort(), spec.subject, spec.requestId, expiresAt]);
  return `g1.${expiresAt}.${createHmac("sha256", key).update(message).digest("base64url")}`;
}

/**
 * Dispute representations as the gateway builds them for another department's fields: with a
 * centre access grant for `as` in request `requestId` (pass the same actor and id to the
 * subgraph harness's `request`).
 */
export function grantedDisputes(ids: readonly string[], requestId: string, as: Pick<Actor, "userId">) {
  return ids.map((id) => ({ __typename: "Dispute", id, accessGrant: grantFor({ disputeIds: [id], subject: as.userId, requestId }) }));
}
