import type { Department } from "@hub/subgraph-kit";
import type { DisputeStatus } from "../disputes/enums";

/** What a department's event does to the dispute's overall status at the centre. */
export interface StatusFollow {
  to: DisputeStatus;
  /** RESOLVED sets resolved_at (to `resolvedAt` when given, else when the event happened); any other status clears it. */
  resolvedAt?: Date;
  /** What the parties may do next, with the rule that gives it, where the law names it (shown on the timeline). */
  remedies?: { routes: readonly Remedy[]; rule: string };
}

/** 民事诉讼法 art 206: change the agreement or reach a new one by mediation, or sue. */
export type Remedy = "REMEDIATE" | "SUE";
const AFTER_REJECTION = { routes: ["REMEDIATE", "SUE"], rule: "民事诉讼法 art 206" } as const;
const AFTER_REVOCATION = { routes: ["REMEDIATE", "SUE"], rule: "民诉法解释 372; 民事诉讼法 art 206" } as const;

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
      return event.payload.outcome === "VALID" ? { to: "RESOLVED" } : { to: "IN_HANDLING", remedies: AFTER_REJECTION };
    // 民诉法解释 372: the ruling that confirmed the agreement is revoked on an objection, so nothing
    // enforceable resolves the dispute; as after a rejection, the parties may re-mediate or sue. A
    // revoked rejection leaves the status where the rejection put it (the agreement may be filed again).
    case "COURT confirmation.ruling_revoked":
      return event.payload.revokedOutcome === "VALID" ? { to: "IN_HANDLING", remedies: AFTER_REVOCATION } : null;
    default:
      return null;
  }
}
