import "reflect-metadata";
import { buildFederatedSchema } from "@hub/subgraph-kit";
import type { GraphQLSchema } from "graphql";
import { DisputeAccessResolver } from "./access/dispute-access.resolver";
import { DisputeTimelineResolver } from "./consumer/dispute-timeline.resolver";
import { CenterEventFeedResolver } from "./events/event-feed.resolver";
import { WebhookResolver } from "./webhooks/webhook.resolver";
import { ReconciliationResolver } from "./reconciliation/reconciliation.resolver";
import { resolveCentreReference } from "./centres/centre.reference";
import { CentreResolver } from "./centres/centre.resolver";
import { CaseFileResolver } from "./disputes/case-file.resolver";
import { resolveDisputeReference } from "./disputes/dispute.reference";
import { PartyResolver } from "./disputes/party.resolver";
import { resolveOrganisationReference } from "./organisations/organisation.reference";
import { OrganisationResolver } from "./organisations/organisation.resolver";
import { resolvePersonReference } from "./persons/person.reference";
import { PersonResolver } from "./persons/person.resolver";
import { PrivacyResolver } from "./privacy/privacy.resolver";
import { PublicIntakeResolver } from "./intake/public-intake.resolver";
import { StatisticsResolver } from "./statistics/statistics.resolver";
import { PartyLinksResolver } from "./party-links/party-links.resolver";
import { ReturnVisitResolver } from "./return-visits/return-visit.resolver";
import { PetitionerNoticeResolver } from "./notices/petitioner-notice.resolver";
import { ReviewRequestResolver } from "./reviews/review-request.resolver";
import { DisputeResolver } from "./disputes/dispute.resolver";
import { resolveDivisionReference } from "./divisions/division.reference";
import { DivisionResolver } from "./divisions/division.resolver";
import { DisputeRoutingResolver } from "./routing/dispute-routing.resolver";
import { resolveRoutingReference } from "./routing/routing.reference";
import { RoutingResolver } from "./routing/routing.resolver";
import { RoutingRuleResolver } from "./routing/routing-rule.resolver";
import { DisputeDuplicatesResolver } from "./duplicates/dispute-duplicates.resolver";
import { DisputeSubmissionResolver } from "./duplicates/dispute-submission.resolver";
import { DuplicateCandidateResolver } from "./duplicates/duplicate-candidate.resolver";
import { DuplicateReviewResolver } from "./duplicates/duplicate.resolver";
import { MergeDisputesResolver } from "./merging/merge-disputes.resolver";
import { DeadlineReminderResolver } from "./oversight/deadline-reminder.resolver";
import { DisputeDeadlinesResolver } from "./oversight/dispute-deadlines.resolver";
import { EarlyWarningResolver } from "./oversight/early-warning.resolver";
import { OversightResolver } from "./oversight/oversight.resolver";
import { StageDeadlineResolver } from "./oversight/stage-deadline.resolver";

export function buildCenterSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [
        CenterEventFeedResolver,
        DisputeTimelineResolver,
        WebhookResolver,
        ReconciliationResolver,
        DisputeResolver,
        DisputeAccessResolver,
        CaseFileResolver,
        PartyResolver,
        PersonResolver,
        OrganisationResolver,
        DivisionResolver,
        CentreResolver,
        DisputeRoutingResolver,
        RoutingResolver,
        RoutingRuleResolver,
        DisputeDuplicatesResolver,
        DuplicateReviewResolver,
        DuplicateCandidateResolver,
        DisputeSubmissionResolver,
        MergeDisputesResolver,
        OversightResolver,
        DisputeDeadlinesResolver,
        StageDeadlineResolver,
        DeadlineReminderResolver,
        EarlyWarningResolver,
        PrivacyResolver,
        PublicIntakeResolver,
        StatisticsResolver,
        PartyLinksResolver,
        ReturnVisitResolver,
        PetitionerNoticeResolver,
        ReviewRequestResolver,
      ],
    },
    {
      Dispute: { __resolveReference: resolveDisputeReference },
      Division: { __resolveReference: resolveDivisionReference },
      Centre: { __resolveReference: resolveCentreReference },
      Person: { __resolveReference: resolvePersonReference },
      Organisation: { __resolveReference: resolveOrganisationReference },
      Routing: { __resolveReference: resolveRoutingReference },
    },
  );
}
