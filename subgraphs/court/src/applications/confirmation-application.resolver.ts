import { checkUuid, notFound, Officer, requireRole, requireSignedIn } from "@hub/subgraph-kit";
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { ConfirmationApplication as ApplicationRow, Court as CourtRow } from "../../generated/client";
import type { CourtContext } from "../context";
import { Court } from "../courts/court.type";
import { Dispute } from "../disputes/dispute.type";
import { MediationCase } from "../mediation/mediation-case.type";
import { ConfirmationApplication } from "./confirmation-application.type";
import { fileConfirmationApplication } from "./file-confirmation-application";
import { FileConfirmationApplicationInput } from "./file-confirmation-application.input";

@Resolver((_of) => ConfirmationApplication)
export class ConfirmationApplicationResolver {
  @Query((_returns) => ConfirmationApplication, { description: "One judicial-confirmation application by id" })
  async confirmationApplication(@Arg("id", (_type) => ID) id: string, @Ctx() context: CourtContext): Promise<ApplicationRow> {
    requireSignedIn(context);
    checkUuid(id, "id");
    const application = await context.loaders.applicationById.load(id);
    if (!application) throw notFound("ConfirmationApplication", id);
    return application;
  }

  @Mutation((_returns) => ConfirmationApplication, {
    description: "申请司法确认 File an application to confirm a mediation agreement (court clerks only)",
  })
  async fileConfirmationApplication(
    @Arg("input", (_type) => FileConfirmationApplicationInput) input: FileConfirmationApplicationInput,
    @Ctx() context: CourtContext,
  ): Promise<ApplicationRow> {
    requireRole(context, ["COURT_CLERK"], "fileConfirmationApplication");
    const application = await fileConfirmationApplication(context.db, context.loaders, context.actor, input);
    context.log.info({ applicationId: application.id, courtId: application.courtId }, "confirmation application filed");
    return application;
  }

  @FieldResolver((_type) => Dispute, { nullable: true, description: "The dispute (null only while the centre cannot be reached)" })
  dispute(@Root() application: ApplicationRow): Dispute {
    return { id: application.disputeId };
  }

  @FieldResolver((_type) => MediationCase, {
    nullable: true,
    description: "The mediation case whose agreement is to be confirmed (null only while the justice subgraph cannot be reached)",
  })
  mediationCase(@Root() application: ApplicationRow): MediationCase {
    return { id: application.mediationCaseId };
  }

  @FieldResolver((_type) => Court, { description: "The court applied to" })
  async court(@Root() application: ApplicationRow, @Ctx() context: CourtContext): Promise<CourtRow> {
    const court = await context.loaders.courtById.load(application.courtId);
    if (!court) throw notFound("Court", application.courtId);
    return court;
  }

  @FieldResolver((_type) => Officer, { description: "The court clerk who filed it" })
  filedBy(@Root() application: ApplicationRow): Officer {
    return { id: application.filedById, name: application.filedByName };
  }
}
