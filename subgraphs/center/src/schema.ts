import "reflect-metadata";
import { buildFederatedSchema } from "@hub/subgraph-kit";
import type { GraphQLSchema } from "graphql";
import { DisputeAccessResolver } from "./access/dispute-access.resolver";
import { resolveCentreReference } from "./centres/centre.reference";
import { CentreResolver } from "./centres/centre.resolver";
import { CaseFileResolver } from "./disputes/case-file.resolver";
import { resolveDisputeReference } from "./disputes/dispute.reference";
import { PartyResolver } from "./disputes/party.resolver";
import { resolvePersonReference } from "./persons/person.reference";
import { PersonResolver } from "./persons/person.resolver";
import { PrivacyResolver } from "./privacy/privacy.resolver";
import { PublicIntakeResolver } from "./intake/public-intake.resolver";
import { DisputeResolver } from "./disputes/dispute.resolver";
import { resolveDivisionReference } from "./divisions/division.reference";
import { DivisionResolver } from "./divisions/division.resolver";
import { DisputeRoutingResolver } from "./routing/dispute-routing.resolver";
import { resolveRoutingReference } from "./routing/routing.reference";
import { RoutingResolver } from "./routing/routing.resolver";
import { RoutingRuleResolver } from "./routing/routing-rule.resolver";

export function buildCenterSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [
        DisputeResolver,
        DisputeAccessResolver,
        CaseFileResolver,
        PartyResolver,
        PersonResolver,
        DivisionResolver,
        CentreResolver,
        DisputeRoutingResolver,
        RoutingResolver,
        RoutingRuleResolver,
        PrivacyResolver,
        PublicIntakeResolver,
      ],
    },
    {
      Dispute: { __resolveReference: resolveDisputeReference },
      Division: { __resolveReference: resolveDivisionReference },
      Centre: { __resolveReference: resolveCentreReference },
      Person: { __resolveReference: resolvePersonReference },
      Routing: { __resolveReference: resolveRoutingReference },
    },
  );
}
