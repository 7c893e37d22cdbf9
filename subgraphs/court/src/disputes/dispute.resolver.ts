import { loadForMatter, requireAccessGrant, REQUIRES_CENTRE_FIELDS } from "@hub/subgraph-kit";
import { Dispute } from "./dispute.type";
import { Ctx, Directive, FieldResolver, Resolver, Root } from "type-graphql";
import type { ConfirmationApplication as ApplicationRow } from "../../generated/client";
import { ConfirmationApplication } from "../applications/confirmation-application.type";
import type { CourtContext } from "../context";

@Resolver((_of) => Dispute)
export class DisputeResolver {
  @Directive(REQUIRES_CENTRE_FIELDS)
  @FieldResolver((_type) => [ConfirmationApplication], {
    nullable: true,
    description:
      "司法确认申请 Applications to confirm this dispute's mediation agreements that the caller may see (ConfirmationApplication scope, as at the root), newest first (null only while the court subgraph cannot be reached)",
  })
  async confirmationApplications(@Root() dispute: Dispute, @Ctx() context: CourtContext): Promise<ApplicationRow[]> {
    requireAccessGrant(dispute, context);
    const applications = await loadForMatter(
      context.scoped.applicationsByDispute,
      dispute,
      (a, b) => b.filedAt.getTime() - a.filedAt.getTime() || b.id.localeCompare(a.id),
    );
    for (const application of applications) context.loaders.applicationById.prime(application.id, application);
    return applications;
  }
}
