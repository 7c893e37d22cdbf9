import { actorSchema, type Actor } from "@hub/subgraph-kit/actor";
import type { JWTPayload } from "jose";

/** Maps the identity provider's claims onto the actor; throws (ZodError) when they do not fit. */
export function actorFromClaims(claims: JWTPayload): Actor {
  return actorSchema.parse({
    userId: claims.sub,
    name: claims.name,
    organisationId: claims.org ?? null,
    department: claims.dept,
    jurisdictionCode: claims.jur ?? null,
    roles: claims.roles ?? [],
  });
}
