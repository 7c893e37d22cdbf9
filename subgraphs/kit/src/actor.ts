import { DEPARTMENTS, ROLES } from "@hub/contract";
import { z } from "zod";

export {
  acceptedSecrets,
  ACTOR_HEADER,
  ActorShapeError,
  ActorTokenRejected,
  ANONYMOUS,
  Audience,
  CORRELATION_ID_HEADER,
  DEFAULT_ACTOR_LIFETIME_SECONDS,
  MAX_ACTOR_LIFETIME_SECONDS,
  parseActor,
  REQUEST_ID_HEADER,
  signActor,
  verifyActor,
  verifyActorToken,
  type Actor,
  type VerifiedActor,
  type VerifyActorOptions,
} from "@hub/contract";

/** The contract's departments and roles as zod enums, for inputs and GraphQL enums in the subgraphs. */
export const Department = z.enum(DEPARTMENTS);
export type Department = z.infer<typeof Department>;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;
