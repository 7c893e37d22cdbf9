import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { ConfirmationApplication as ApplicationRow } from "../../generated/client";
import { ConfirmationApplication } from "../applications/confirmation-application.type";
import type { CourtContext } from "../context";
import { Dispute } from "./dispute.type";

@Resolver((_of) => Dispute)
export class DisputeResolver {
  @FieldResolver((_type) => [ConfirmationApplication], { nullable: true, description: "司法确认申请 Applications to confirm this dispute's mediation agreements, newest first (null only while the court subgraph cannot be reached)" })
  async confirmationApplications(@Root() dispute: Dispute, @Ctx() context: CourtContext): Promise<ApplicationRow[]> {
    const applications = await context.loaders.applicationsByDispute.load(dispute.id);
    for (const application of applications) context.loaders.applicationById.prime(application.id, application);
    return applications;
  }
}
