import type { Actor } from "@hub/subgraph-kit";
import type { RunningSubgraph } from "../../../tests/support/subgraph-harness";
import type { CenterServer } from "../src/server";
import { trafficDispute } from "./fixtures";

export const ROUTING_FIELDS = `id status target { department organisationId } stationingMode tier ruleId overrideReason
  routedAt routedBy { id name } respondDueAt respondedAt respondedBy { id name } returnReason`;

export const RECEIVE = /* GraphQL */ `
  mutation Receive($input: ReceiveDisputeInput!) {
    receiveDispute(input: $input) {
      id
    }
  }
`;

export const ROUTE = /* GraphQL */ `
  mutation Route($input: RouteDisputeInput!) {
    routeDispute(input: $input) { ${ROUTING_FIELDS} }
  }
`;

export const RESPOND = /* GraphQL */ `
  mutation Respond($input: RespondToRoutingInput!) {
    respondToRouting(input: $input) { ${ROUTING_FIELDS} }
  }
`;

export const WITHDRAW = /* GraphQL */ `
  mutation Withdraw($input: WithdrawRoutingInput!) {
    withdrawRouting(input: $input) { ${ROUTING_FIELDS} }
  }
`;

export const ESCALATE = /* GraphQL */ `
  mutation Escalate($input: EscalateDisputeInput!) {
    escalateDispute(input: $input) {
      id
      status
      receivingCentre {
        id
      }
      handlingCentre {
        id
        divisionCode
      }
      currentRouting {
        id
      }
      routings {
        id
        status
      }
    }
  }
`;

export const UPSERT_RULE = /* GraphQL */ `
  mutation UpsertRule($input: UpsertRoutingRuleInput!) {
    upsertRoutingRule(input: $input) {
      id
      category
      jurisdictionCode
      target {
        department
        organisationId
      }
      stationingMode
      tier
      basis
      updatedAt
      updatedBy {
        id
        name
      }
    }
  }
`;

export const DISPUTE_ROUTING = /* GraphQL */ `
  query DisputeRouting($id: ID!) {
    dispute(id: $id) {
      id
      status
      receivedAt
      routeDueAt
      handlingCentre {
        id
      }
      suggestedRouting {
        id
        jurisdictionCode
      }
      currentRouting {
        id
        status
      }
      routings {
        id
        status
      }
    }
  }
`;

export const QUEUE = /* GraphQL */ `
  query Queue($centreId: ID!, $first: Int) {
    routingQueue(centreId: $centreId, first: $first) {
      id
      status
      receivedAt
    }
  }
`;

/** Receives a dispute through the API as `officer`; returns its id. */
export async function receive(
  center: RunningSubgraph<CenterServer>,
  officer: Actor,
  overrides: Record<string, unknown> = {},
): Promise<string> {
  const { data, errors } = await center.request<{ receiveDispute: { id: string } }>(RECEIVE, { input: trafficDispute(overrides) }, officer);
  if (errors || !data) throw new Error(`receiveDispute failed: ${JSON.stringify(errors)}`);
  return data.receiveDispute.id;
}

export const ruleInput = (overrides: Record<string, unknown> = {}) => ({
  category: "TRAFFIC_ACCIDENT",
  stationingMode: "PERMANENT",
  tier: "STATIONED",
  basis: "青山区综治中心矛盾纠纷分流办法 第6条",
  ...overrides,
});
