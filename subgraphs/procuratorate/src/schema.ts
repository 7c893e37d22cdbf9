import "reflect-metadata";
import { buildFederatedSchema } from "@hub/subgraph-kit";
import type { GraphQLSchema } from "graphql";
import { ProcuratorateEventFeedResolver } from "./events/event-feed.resolver";
import { resolveDisputeReference } from "./disputes/dispute.reference";
import { DisputeResolver } from "./disputes/dispute.resolver";
import { resolveSupervisionCaseReference } from "./supervision-cases/supervision-case.reference";
import { SupervisionCaseResolver } from "./supervision-cases/supervision-case.resolver";
import { SupervisionStepsResolver } from "./supervision-cases/supervision-steps.resolver";

export function buildProcuratorateSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    { resolvers: [SupervisionCaseResolver, SupervisionStepsResolver, DisputeResolver, ProcuratorateEventFeedResolver] },
    {
      SupervisionCase: { __resolveReference: resolveSupervisionCaseReference },
      Dispute: { __resolveReference: resolveDisputeReference },
    },
  );
}
