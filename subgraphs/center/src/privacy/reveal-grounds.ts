import { ErrorCode, GraphRequestError, HubError, revealGroundsOf, type RevealGround } from "@hub/subgraph-kit";
import type { Dispute as DisputeRow } from "../../generated/client";
import type { CenterContext } from "../context";

const LIVE_ROUTING = ["PENDING", "ACCEPTED"] as const;
const OPEN_SUPERVISION = new Set(["OPEN", "UNDER_REVIEW"]);

const COURTS_AND_SUPERVISION = `query RevealGrounds($id: ID!) {
  dispute(id: $id) {
    confirmationApplications { status court { id } }
    supervisionCases { status procuratorateId }
  }
}`;

interface HeldElsewhere {
  dispute: {
    confirmationApplications: { status: string; court: { id: string } }[] | null;
    supervisionCases: { status: string; procuratorateId: string | null }[] | null;
  } | null;
}

/**
 * The first ground (kit REVEAL_RULES) on which the caller may read the dispute's parties'
 * personal data in full, or null. The centre's own grounds are checked in its database; a
 * court's or a procuratorate's through the graph, as the caller (so their scope applies too).
 */
export async function revealGroundFor(dispute: DisputeRow, context: CenterContext): Promise<RevealGround | null> {
  const organisation = context.actor.organisationId?.toLowerCase() ?? null;
  if (!organisation) return null;
  const grounds = revealGroundsOf(context.actor.roles);
  if (grounds.includes("HANDLING_CENTRE") && [dispute.receivingCentreId, dispute.handlingCentreId].includes(organisation)) {
    return "HANDLING_CENTRE";
  }
  if (grounds.includes("ROUTED_ORGANISATION")) {
    const routed = await context.db.routing.count({
      where: { disputeId: dispute.id, targetOrganisationId: organisation, status: { in: [...LIVE_ROUTING] } },
    });
    if (routed > 0) return "ROUTED_ORGANISATION";
  }
  if (!grounds.includes("COURT_SEIZED") && !grounds.includes("OPEN_SUPERVISION")) return null;
  const held = await readHeldElsewhere(dispute.id, context);
  if (
    grounds.includes("COURT_SEIZED") &&
    held?.confirmationApplications?.some((application) => application.court.id.toLowerCase() === organisation)
  ) {
    return "COURT_SEIZED";
  }
  if (
    grounds.includes("OPEN_SUPERVISION") &&
    held?.supervisionCases?.some((open) => OPEN_SUPERVISION.has(open.status) && open.procuratorateId?.toLowerCase() === organisation)
  ) {
    return "OPEN_SUPERVISION";
  }
  return null;
}

async function readHeldElsewhere(disputeId: string, context: CenterContext): Promise<HeldElsewhere["dispute"]> {
  try {
    const data = await context.graph.request<HeldElsewhere>(COURTS_AND_SUPERVISION, { id: disputeId }, context);
    return data.dispute;
  } catch (error) {
    // Out of the caller's scope there: no ground. The graph being down is not a refusal.
    if (!(error instanceof GraphRequestError)) throw error;
    if (error.errors.every((entry) => entry.extensions?.code === ErrorCode.FORBIDDEN)) return null;
    throw new HubError(
      ErrorCode.UPSTREAM_UNAVAILABLE,
      {
        zh: "暂时无法核实法院或检察院的办案关系，请稍后重试",
        en: "The court's or procuratorate's link to the case could not be checked; try again shortly",
      },
      { causes: error.errors.map((entry) => entry.extensions?.code ?? "ERROR") },
    );
  }
}
