import "reflect-metadata";
import { buildFederatedSchema } from "@hub/subgraph-kit";
import type { GraphQLSchema } from "graphql";
import { JusticeEventFeedResolver } from "./events/event-feed.resolver";
import { AgreementSignatureResolver } from "./agreements/agreement-signature.resolver";
import { AgreementTermResolver } from "./agreements/agreement-term.resolver";
import { resolveMediationAgreementReference } from "./agreements/mediation-agreement.reference";
import { MediationAgreementResolver } from "./agreements/mediation-agreement.resolver";
import { resolveMediationCaseReference } from "./cases/mediation-case.reference";
import { MediationCaseResolver } from "./cases/mediation-case.resolver";
import { MediationSessionResolver } from "./cases/mediation-session.resolver";
import { MediationStepsResolver } from "./cases/mediation-steps.resolver";
import { resolveMediationCommitteeReference } from "./committees/mediation-committee.reference";
import { MediationCommitteeResolver } from "./committees/mediation-committee.resolver";
import { resolveDisputeReference } from "./disputes/dispute.reference";
import { DisputeResolver } from "./disputes/dispute.resolver";
import { resolveMediatorReference } from "./mediators/mediator.reference";
import { MediatorResolver } from "./mediators/mediator.resolver";
import { PerformanceResolver } from "./performance/performance.resolver";

export function buildJusticeSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [
        JusticeEventFeedResolver,
        MediationCommitteeResolver,
        MediatorResolver,
        MediationCaseResolver,
        MediationStepsResolver,
        MediationSessionResolver,
        MediationAgreementResolver,
        AgreementSignatureResolver,
        AgreementTermResolver,
        PerformanceResolver,
        DisputeResolver,
      ],
    },
    {
      MediationCommittee: { __resolveReference: resolveMediationCommitteeReference },
      Mediator: { __resolveReference: resolveMediatorReference },
      MediationCase: { __resolveReference: resolveMediationCaseReference },
      MediationAgreement: { __resolveReference: resolveMediationAgreementReference },
      Dispute: { __resolveReference: resolveDisputeReference },
    },
  );
}
