import { createRemoteJWKSet, type JWTVerifyGetKey } from "jose";

export interface RemoteKeySetOptions {
  /** How long fetched keys are used before the set is fetched again (default 10 minutes). */
  cacheMaxAgeMs?: number;
  /** Least time between two fetches, so unknown `kid`s cannot make the gateway hammer the provider (default 30 s). */
  cooldownMs?: number;
  /** Longest wait for the provider's answer (default 5 s). */
  timeoutMs?: number;
}

/**
 * The identity provider's published keys (its JWKS URL), fetched on first use and cached. A token
 * signed with a `kid` the cache lacks makes one fresh fetch (at most once per cooldown), so a
 * provider that rolls its key by publishing the new one beside the old needs no gateway restart.
 */
export function remoteKeySet(url: URL, options: RemoteKeySetOptions = {}): JWTVerifyGetKey {
  return createRemoteJWKSet(url, {
    cacheMaxAge: options.cacheMaxAgeMs ?? 600_000,
    cooldownDuration: options.cooldownMs ?? 30_000,
    timeoutDuration: options.timeoutMs ?? 5_000,
  });
}
