import "reflect-metadata";
import { buildFederatedSchema } from "@hub/subgraph-kit";
import type { GraphQLSchema } from "graphql";
import { CourtEventFeedResolver } from "./events/event-feed.resolver";
import { resolveConfirmationApplicationReference } from "./applications/confirmation-application.reference";
import { ConfirmationApplicationResolver } from "./applications/confirmation-application.resolver";
import { ConfirmationLifecycleResolver } from "./applications/confirmation-lifecycle.resolver";
import { ConfirmationTimelineResolver } from "./applications/confirmation-timeline.resolver";
import { ConfirmationRecordResolver } from "./applications/confirmation-record.resolver";
import { ConfirmationProcedureResolver } from "./procedure/confirmation-procedure.resolver";
import { RulingChallengeResolver } from "./procedure/ruling-challenge.resolver";
import { CourtDeadlineResolver } from "./config/court-deadline.resolver";
import { resolveCourtReference } from "./courts/court.reference";
import { CourtResolver } from "./courts/court.resolver";
import { resolveDisputeReference } from "./disputes/dispute.reference";
import { DisputeResolver } from "./disputes/dispute.resolver";

export function buildCourtSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [
        CourtEventFeedResolver,
        CourtResolver,
        ConfirmationApplicationResolver,
        ConfirmationTimelineResolver,
        ConfirmationLifecycleResolver,
        ConfirmationRecordResolver,
        ConfirmationProcedureResolver,
        RulingChallengeResolver,
        CourtDeadlineResolver,
        DisputeResolver,
      ],
    },
    {
      Court: { __resolveReference: resolveCourtReference },
      ConfirmationApplication: { __resolveReference: resolveConfirmationApplicationReference },
      Dispute: { __resolveReference: resolveDisputeReference },
    },
  );
}
