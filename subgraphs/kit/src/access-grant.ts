import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * The centre's proof that a caller may see some disputes, which the other departments check
 * before answering their Dispute fields (`Dispute.accessGrant`, kit `requireAccessGrant`).
 *
 * `g1.<expiry>.<mac>`: the MAC is HMAC-SHA256, under a key derived from the gateway secret
 * (HMAC-SHA256(secret, "hub access grant v1")), of the JSON array
 * `["g1", <dispute ids, sorted>, <actor's user id>, <request id>, <expiry, unix seconds>]`.
 * Only holders of the gateway secret can make one, and it opens only those disputes, for that
 * actor, in that request, until it expires.
 */
export const ACCESS_GRANT_VERSION = "g1";
/** A grant outlives the centre's answer long enough for the gateway's next fetches of the same operation. */
export const ACCESS_GRANT_LIFETIME_SECONDS = 60;
const KEY_LABEL = "hub access grant v1";

export interface AccessGrantClaims {
  /** The dispute and the disputes merged into it: their records are read under this one grant. */
  disputeIds: readonly string[];
  /** The actor's user id. */
  subject: string;
  requestId: string;
  /** Unix seconds. */
  expiresAt: number;
}

function mac(secret: string, claims: AccessGrantClaims): Buffer {
  const key = createHmac("sha256", secret).update(KEY_LABEL).digest();
  const message = JSON.stringify([ACCESS_GRANT_VERSION, [...claims.disputeIds].sort(), claims.subject, claims.requestId, claims.expiresAt]);
  return createHmac("sha256", key).update(message).digest();
}

export function signAccessGrant(secret: string, claims: AccessGrantClaims): string {
  return `${ACCESS_GRANT_VERSION}.${claims.expiresAt}.${mac(secret, claims).toString("base64url")}`;
}

/** True when `grant` was made under one of `secrets` for exactly these disputes, subject and request, and has not expired. */
export function verifyAccessGrant(
  grant: string | null | undefined,
  secrets: readonly string[],
  expected: Omit<AccessGrantClaims, "expiresAt">,
  nowSeconds: number,
): boolean {
  const match = /^g1\.(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(grant ?? "");
  if (!match?.[1] || !match[2]) return false;
  const expiresAt = Number(match[1]);
  if (expiresAt < nowSeconds) return false;
  const given = Buffer.from(match[2], "base64url");
  return secrets.some((secret) => {
    const wanted = mac(secret, { ...expected, expiresAt });
    return wanted.length === given.length && timingSafeEqual(wanted, given);
  });
}

/** Issues and checks grants for one request: its actor and its request id, on the wall clock (not a test's moved one). */
export interface AccessGrants {
  issue(disputeIds: readonly string[]): string;
  verify(grant: string | null | undefined, disputeIds: readonly string[]): boolean;
}

export function accessGrants(secrets: readonly string[], subject: string, requestId: string): AccessGrants {
  const nowSeconds = () => Math.floor(Date.now() / 1000);
  const [current] = secrets;
  return {
    issue(disputeIds) {
      if (!current) throw new Error("no gateway secret to sign access grants with");
      return signAccessGrant(current, { disputeIds, subject, requestId, expiresAt: nowSeconds() + ACCESS_GRANT_LIFETIME_SECONDS });
    },
    verify: (grant, disputeIds) => verifyAccessGrant(grant, secrets, { disputeIds, subject, requestId }, nowSeconds()),
  };
}

/** For the hub's own jobs, which read no other department's Dispute fields: issues nothing, accepts nothing. */
export const NO_ACCESS_GRANTS: AccessGrants = Object.freeze({
  issue(): string {
    throw new Error("this job issues no access grants");
  },
  verify: () => false,
});
