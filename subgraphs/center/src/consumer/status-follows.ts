import type { Department } from "@hub/subgraph-kit";
import type { DisputeStatus } from "../disputes/enums";

/** What a department's event does to the dispute's overall status at the centre. */
export interface StatusFollow {
  to: DisputeStatus;
  /** RESOLVED sets resolved_at (to `resolvedAt` when given, else when the event happened); any other status clears it. */
  resolvedAt?: Date;
}

export interface FollowedEvent {
  source: Department;
  type: string;
  occurredAt: Date;
  payload: Record<string, unknown>;
}

/**
 * The one place that maps other departments' events to the dispute's status (documented in the
 * centre's README). The centre moves a case procedurally; these follow what the handling
 * departments did substantively. Events not listed only join the timeline.
 */
export function statusFollowing(event: FollowedEvent): StatusFollow | null {
  switch (`${event.source} ${event.type}`) {
    case "JUSTICE mediation.accepted":
      return { to: "IN_MEDIATION" };
    case "JUSTICE mediation.agreement_effective": {
      const effectiveAt = typeof event.payload.effectiveAt === "string" ? new Date(event.payload.effectiveAt) : event.occurredAt;
      return { to: "RESOLVED", resolvedAt: Number.isNaN(effectiveAt.getTime()) ? event.occurredAt : effectiveAt };
    }
    case "JUSTICE mediation.failed":
    case "JUSTICE mediation.party_refused":
    case "JUSTICE mediation.ended_at_party_request":
      return { to: "IN_HANDLING" };
    case "COURT confirmation.ruled":
      return event.payload.outcome === "VALID" ? { to: "RESOLVED" } : { to: "IN_HANDLING" };
    default:
      return null;
  }
}
