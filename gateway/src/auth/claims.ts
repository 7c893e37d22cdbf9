import { parseActor, type Actor } from "@hub/contract";
import type { JWTPayload } from "jose";

/** Maps the identity provider's claims onto the actor; throws (ActorShapeError) when they do not fit. */
export function actorFromClaims(claims: JWTPayload): Actor {
  return parseActor({
    userId: claims.sub,
    name: claims.name,
    organisationId: claims.org ?? null,
    department: claims.dept,
    jurisdictionCode: claims.jur ?? null,
    roles: claims.roles ?? [],
  });
}
