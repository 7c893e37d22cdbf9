import "reflect-metadata";
import { buildFederatedSchema } from "@hub/subgraph-kit";
import type { GraphQLSchema } from "graphql";
import { ProcuratorateEventFeedResolver } from "./events/event-feed.resolver";
import { resolveDisputeReference } from "./disputes/dispute.reference";
import { DisputeResolver } from "./disputes/dispute.resolver";
import { DisputesForScreeningResolver } from "./disputes/disputes-for-screening.resolver";
import { SupervisionLeadsResolver } from "./leads/leads.resolver";
import { SupervisionCaseLeadResolver } from "./leads/supervision-case-lead.resolver";
import { RedFlagsResolver } from "./red-flags/red-flags.resolver";
import { resolveSupervisionCaseReference } from "./supervision-cases/supervision-case.reference";
import { SupervisionApplicationResolver } from "./supervision-cases/supervision-application.resolver";
import { SupervisionCaseResolver } from "./supervision-cases/supervision-case.resolver";
import { SupervisionStepsResolver } from "./supervision-cases/supervision-steps.resolver";

export function buildProcuratorateSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [
        SupervisionCaseResolver,
        SupervisionStepsResolver,
        SupervisionApplicationResolver,
        DisputeResolver,
        DisputesForScreeningResolver,
        SupervisionLeadsResolver,
        SupervisionCaseLeadResolver,
        RedFlagsResolver,
        ProcuratorateEventFeedResolver,
      ],
    },
    {
      SupervisionCase: { __resolveReference: resolveSupervisionCaseReference },
      Dispute: { __resolveReference: resolveDisputeReference },
    },
  );
}
