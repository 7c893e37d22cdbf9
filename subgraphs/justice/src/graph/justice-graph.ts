import { fromGraph, type HubContext } from "@hub/subgraph-kit";
import type { GraphReader } from "./graph-reader";

export type PartyRole = "APPLICANT" | "RESPONDENT" | "THIRD_PARTY";

export interface DisputeParty {
  id: string;
  role: PartyRole;
}

export type RoutingStatus = "PENDING" | "ACCEPTED" | "RETURNED" | "ESCALATED" | "WITHDRAWN";

export interface RoutingView {
  id: string;
  status: RoutingStatus;
  target: { department: string; organisationId: string };
}

/** A court's confirmation application on the dispute, as far as re-mediation needs it (民事诉讼法 art 206). */
export interface ConfirmationView {
  id: string;
  agreementId: string | null;
  status: string;
  /** The ruling made (VALID, REJECTED), kept when an objection revokes it (status RULING_REVOKED) */
  rulingOutcome: string | null;
  ruledAt: string | null;
}

export interface DisputeForAcceptance {
  id: string;
  /** Where the dispute arose: recorded on the case for the dispute-place scope ground. */
  placeCode: string;
  parties: DisputeParty[];
  currentRouting: RoutingView | null;
  /** Null while the court cannot be reached. */
  confirmationApplications: ConfirmationView[] | null;
}

export const DISPUTE_PARTIES = /* GraphQL */ `
  query JusticeDisputeParties($id: ID!) {
    dispute(id: $id) {
      id
      parties {
        id
        role
      }
    }
  }
`;

export const DISPUTE_FOR_ACCEPTANCE = /* GraphQL */ `
  query JusticeDisputeForAcceptance($id: ID!, $courtId: ID!, $withCourt: Boolean!) {
    dispute(id: $id) {
      id
      placeCode
      parties {
        id
        role
      }
      currentRouting {
        id
        status
        target {
          department
          organisationId
        }
      }
      confirmationApplications {
        id
        agreementId
        status
        rulingOutcome
        ruledAt
      }
    }
    court(id: $courtId) @include(if: $withCourt) {
      id
    }
  }
`;

// The input is written inline so that justice depends only on the contract's field names.
export const ACCEPT_ROUTING = /* GraphQL */ `
  mutation JusticeAcceptRouting($routingId: ID!) {
    respondToRouting(input: { routingId: $routingId, decision: ACCEPT }) {
      id
      status
      target {
        department
        organisationId
      }
    }
  }
`;

/** A placeholder key for @include(if: false): the variable must still be a valid ID. */
const NO_COURT = "00000000-0000-0000-0000-000000000000";

/**
 * Other departments' data, read through the gateway as the acting officer, for one request.
 * The dispute's parties are read once per request however many fields need them.
 */
export class JusticeGraph {
  private readonly parties = new Map<string, Promise<DisputeParty[]>>();

  constructor(
    private readonly reader: GraphReader,
    private readonly context: Pick<HubContext, "actor" | "requestId">,
  ) {}

  /** The dispute's parties; an unknown dispute is an input error on `field`. */
  disputeParties(disputeId: string, field: string): Promise<DisputeParty[]> {
    let pending = this.parties.get(disputeId);
    if (!pending) {
      pending = this.reader
        .request<{ dispute: { parties: DisputeParty[] } }>(DISPUTE_PARTIES, { id: disputeId }, this.context)
        .then((data) => data.dispute.parties)
        .catch((error: unknown) => {
          this.parties.delete(disputeId);
          throw fromGraph(error, { dispute: field });
        });
      this.parties.set(disputeId, pending);
    }
    return pending;
  }

  /**
   * The dispute with its current routing and the courts' confirmation applications on it, and
   * whether the inviting court exists, in one round trip.
   */
  async disputeForAcceptance(disputeId: string, invitingCourtId: string | null): Promise<DisputeForAcceptance> {
    try {
      const data = await this.reader.request<{ dispute: DisputeForAcceptance; court?: { id: string } | null }>(
        DISPUTE_FOR_ACCEPTANCE,
        { id: disputeId, courtId: invitingCourtId ?? NO_COURT, withCourt: invitingCourtId !== null },
        this.context,
      );
      this.parties.set(disputeId, Promise.resolve(data.dispute.parties));
      return data.dispute;
    } catch (error) {
      throw fromGraph(error, { dispute: "input.disputeId", court: "input.invitingCourtId" });
    }
  }

  /** The centre's respondToRouting(ACCEPT), as the acting officer; idempotent at the centre. */
  async acceptRouting(routingId: string): Promise<RoutingView> {
    try {
      return (await this.reader.request<{ respondToRouting: RoutingView }>(ACCEPT_ROUTING, { routingId }, this.context)).respondToRouting;
    } catch (error) {
      throw fromGraph(error, {});
    }
  }
}
