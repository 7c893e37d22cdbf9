import { ErrorCode, HubError, requireSignedIn } from "@hub/subgraph-kit";
import type { Routing as RoutingRow } from "../../generated/client";
import type { CenterContext } from "../context";

export const RECEIVING_ORGANISATION_RULE = "信访工作条例 art 23: the organisation a case was routed to accepts it or objects";

/** Only an officer of the organisation the case was routed to may answer the routing. */
export function requireReceivingOrganisation(context: CenterContext, routing: RoutingRow, action: string): void {
  requireSignedIn(context);
  const organisationId = context.actor.organisationId?.toLowerCase();
  if (organisationId === routing.targetOrganisationId.toLowerCase()) return;
  throw new HubError(
    ErrorCode.FORBIDDEN,
    {
      zh: "只有被分流的承办单位的工作人员可以接收或退回该分流",
      en: "Only an officer of the organisation the case was routed to may accept or return it",
    },
    { action, rule: RECEIVING_ORGANISATION_RULE },
  );
}
