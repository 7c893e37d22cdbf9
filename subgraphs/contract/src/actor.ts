import { isDepartment, isRole, type Department, type Role } from "./departments";

/**
 * The verified identity the gateway forwards to every subgraph. The gateway checks the
 * caller's bearer token, then signs this actor with a secret only it and the subgraphs hold,
 * so a direct caller of a subgraph cannot forge one.
 */
export interface Actor {
  userId: string;
  name: string;
  organisationId: string | null;
  department: Department;
  /** Division code of the jurisdiction the actor works in (2 to 9 digits). */
  jurisdictionCode: string | null;
  roles: Role[];
}

/** Division codes of Inner Mongolia: the region (15), a city, a county, a street. */
const JURISDICTION = /^15(\d{2}){0,2}(\d{3})?$/;

/** One field of an actor that does not fit, named by its path. */
export interface ActorIssue {
  path: string;
  message: string;
}

/** Raised when a value is not an actor; `issues` names each field at fault. */
export class ActorShapeError extends Error {
  constructor(readonly issues: ActorIssue[]) {
    super(`not an actor: ${issues.map((issue) => `${issue.path}: ${issue.message}`).join("; ")}`);
    this.name = "ActorShapeError";
  }
}

const nonEmpty = (value: unknown): value is string => typeof value === "string" && value.length > 0;

/** The actor in `value`, with no other keys; throws ActorShapeError naming every field that does not fit. */
export function parseActor(value: unknown): Actor {
  if (typeof value !== "object" || value === null) throw new ActorShapeError([{ path: "(root)", message: "must be an object" }]);
  const raw = value as Record<string, unknown>;
  const issues: ActorIssue[] = [];
  if (!nonEmpty(raw.userId)) issues.push({ path: "userId", message: "must be a non-empty string" });
  if (!nonEmpty(raw.name)) issues.push({ path: "name", message: "must be a non-empty string" });
  if (raw.organisationId !== null && !nonEmpty(raw.organisationId))
    issues.push({ path: "organisationId", message: "must be a non-empty string or null" });
  if (!isDepartment(raw.department)) issues.push({ path: "department", message: "must be one of the hub's departments" });
  if (raw.jurisdictionCode !== null && !(typeof raw.jurisdictionCode === "string" && JURISDICTION.test(raw.jurisdictionCode)))
    issues.push({ path: "jurisdictionCode", message: "must be a division code of Inner Mongolia (15…) or null" });
  if (!Array.isArray(raw.roles)) issues.push({ path: "roles", message: "must be a list of roles" });
  else raw.roles.forEach((role, i) => isRole(role) || issues.push({ path: `roles.${i}`, message: "must be one of the hub's roles" }));
  if (issues.length) throw new ActorShapeError(issues);
  return {
    userId: raw.userId as string,
    name: raw.name as string,
    organisationId: raw.organisationId as string | null,
    department: raw.department as Department,
    jurisdictionCode: raw.jurisdictionCode as string | null,
    roles: [...(raw.roles as Role[])],
  };
}

export const ANONYMOUS: Actor = Object.freeze({
  userId: "anonymous",
  name: "anonymous",
  organisationId: null,
  department: "PUBLIC",
  jurisdictionCode: null,
  roles: ["PUBLIC"],
}) as Actor;

/** Header carrying the gateway-signed actor to subgraphs. */
export const ACTOR_HEADER = "x-hub-actor";
/** Header carrying the request id end to end. */
export const REQUEST_ID_HEADER = "x-request-id";
/** Header carrying the caller's own request id (`x-request-id` sent to the gateway): logged, never trusted. */
export const CORRELATION_ID_HEADER = "x-correlation-id";
