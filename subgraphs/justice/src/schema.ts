import "reflect-metadata";
import { buildFederatedSchema } from "@hub/subgraph-kit";
import type { GraphQLSchema } from "graphql";
import { resolveMediationCaseReference } from "./cases/mediation-case.reference";
import { MediationCaseResolver } from "./cases/mediation-case.resolver";
import { resolveMediationCommitteeReference } from "./committees/mediation-committee.reference";
import { MediationCommitteeResolver } from "./committees/mediation-committee.resolver";
import { resolveDisputeReference } from "./disputes/dispute.reference";
import { DisputeResolver } from "./disputes/dispute.resolver";

export function buildJusticeSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    { resolvers: [MediationCommitteeResolver, MediationCaseResolver, DisputeResolver] },
    {
      MediationCommittee: { __resolveReference: resolveMediationCommitteeReference },
      MediationCase: { __resolveReference: resolveMediationCaseReference },
      Dispute: { __resolveReference: resolveDisputeReference },
    },
  );
}
