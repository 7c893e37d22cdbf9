import { randomUUID } from "node:crypto";
import { ErrorCode, GraphRequestError, HubError, type Actor, type HubContext } from "@hub/subgraph-kit";
import type { GraphReader } from "../src/graph/graph-reader";
import type { ConfirmationView, DisputeParty, RoutingView } from "../src/graph/justice-graph";

export interface StubDispute {
  id: string;
  placeCode: string;
  parties: DisputeParty[];
  currentRouting: RoutingView | null;
  /** The courts' applications on the dispute; null as when the court cannot be reached. */
  confirmationApplications: ConfirmationView[] | null;
}

export interface StubCall {
  operation: string;
  variables: Record<string, unknown>;
  actor: Actor;
  requestId: string;
}

function graphError(code: string, path: string, extensions: Record<string, unknown> = {}): GraphRequestError {
  return new GraphRequestError([{ message: `${code} at ${path}`, path: [path], extensions: { code, ...extensions } }]);
}

export const CENTRE_REFUSAL = {
  messageZh: "只有被分流的承办单位的工作人员可以接收或退回该分流",
  messageEn: "Only an officer of the organisation the case was routed to may accept or return it",
  rule: "信访工作条例 art 23",
  serviceName: "center",
  stacktrace: ["GraphQLError: …"],
};

/**
 * The other departments as justice sees them through the gateway: the centre's disputes, their
 * parties and routings, and the courts. Answers the three operations justice sends, by name.
 */
export class StubGraph implements GraphReader {
  readonly disputes = new Map<string, StubDispute>();
  readonly courts = new Set<string>();
  readonly calls: StubCall[] = [];
  /** When set, every request fails as an unreachable gateway does. */
  down = false;
  /** When set, the centre refuses respondToRouting with this code. */
  refuseRouting: string | null = null;

  /** A dispute with an applicant, a respondent and a third party, routed (PENDING) to `committeeId`. */
  addDispute(committeeId: string, department = "JUSTICE", placeCode = "150202001") {
    const dispute: StubDispute = {
      id: randomUUID(),
      placeCode,
      parties: [
        { id: randomUUID(), role: "APPLICANT" },
        { id: randomUUID(), role: "RESPONDENT" },
        { id: randomUUID(), role: "THIRD_PARTY" },
      ],
      currentRouting: { id: randomUUID(), status: "PENDING", target: { department, organisationId: committeeId } },
      confirmationApplications: [],
    };
    this.disputes.set(dispute.id, dispute);
    const [applicant, respondent, thirdParty] = dispute.parties.map((party) => party.id) as [string, string, string];
    return { disputeId: dispute.id, applicant, respondent, thirdParty, routingId: dispute.currentRouting?.id ?? "", dispute };
  }

  /** Routes the dispute anew (as the centre would after a return or a new application). */
  reroute(disputeId: string, committeeId: string): string {
    const dispute = this.disputes.get(disputeId);
    if (!dispute) throw new Error(`no stub dispute ${disputeId}`);
    dispute.currentRouting = { id: randomUUID(), status: "PENDING", target: { department: "JUSTICE", organisationId: committeeId } };
    return dispute.currentRouting.id;
  }

  callsOf(operation: string): StubCall[] {
    return this.calls.filter((call) => call.operation === operation);
  }

  async request<T>(document: string, variables: Record<string, unknown>, context: Pick<HubContext, "actor" | "requestId">): Promise<T> {
    const operation = /(?:query|mutation)\s+(\w+)/.exec(document)?.[1] ?? "anonymous";
    this.calls.push({ operation, variables, actor: context.actor, requestId: context.requestId });
    if (this.down) throw new HubError(ErrorCode.UPSTREAM_UNAVAILABLE, { zh: "网关不可达", en: "gateway unreachable" });
    switch (operation) {
      case "JusticeDisputeParties":
        return { dispute: { id: this.dispute(variables.id).id, parties: this.dispute(variables.id).parties } } as T;
      case "JusticeDisputeForAcceptance": {
        const dispute = this.dispute(variables.id);
        if (variables.withCourt && !this.courts.has(String(variables.courtId))) throw graphError(ErrorCode.NOT_FOUND, "court");
        return { dispute: structuredClone(dispute), ...(variables.withCourt ? { court: { id: variables.courtId } } : {}) } as T;
      }
      case "JusticeAcceptRouting": {
        const routing = [...this.disputes.values()].map((d) => d.currentRouting).find((r) => r?.id === variables.routingId);
        if (!routing) throw graphError(ErrorCode.NOT_FOUND, "respondToRouting");
        if (this.refuseRouting) throw graphError(this.refuseRouting, "respondToRouting", CENTRE_REFUSAL);
        routing.status = "ACCEPTED";
        return { respondToRouting: structuredClone(routing) } as T;
      }
      default:
        throw new Error(`the stub graph does not answer ${operation}`);
    }
  }

  private dispute(id: unknown): StubDispute {
    const dispute = this.disputes.get(String(id));
    if (!dispute) throw graphError(ErrorCode.NOT_FOUND, "dispute");
    return dispute;
  }
}
