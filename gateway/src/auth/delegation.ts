import { Audience, verifyActorToken, type VerifiedActor } from "@hub/contract";
import { ReplayGuard } from "@hub/contract";

/**
 * Verifies the actor a subgraph delegates when it reads through the graph (signed for the
 * gateway's audience, with `exp`, at most 60 s, and its request id), and accepts each such
 * credential once in this process.
 */
export function delegationVerifier(secrets: readonly string[], replays: ReplayGuard = new ReplayGuard()) {
  return async (token: string): Promise<VerifiedActor> => {
    const verified = await verifyActorToken(token, secrets, { audience: Audience.GATEWAY });
    if (!replays.firstUse(verified.tokenId, verified.expiresAt)) throw new Error("delegated credential presented a second time");
    return verified;
  };
}
