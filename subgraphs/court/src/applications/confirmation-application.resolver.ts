import { applicationScopeWhere } from "../access/scoped-loaders";
import { authorize, checkUuid, notFound, Officer, outOfScope } from "@hub/subgraph-kit";
import { Dispute } from "../disputes/dispute.type";
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { ConfirmationApplication as ApplicationRow, Court as CourtRow } from "../../generated/client";
import type { CourtContext } from "../context";
import { requireCourtRole } from "../courts/court-officer";
import { Court } from "../courts/court.type";
import { MediationCase } from "../mediation/mediation-case.type";
import { checkCaseNumber, formatCaseNumber } from "./case-number";
import { ConfirmationApplication } from "./confirmation-application.type";
import { fileConfirmationApplication } from "./file-confirmation-application";
import { FileConfirmationApplicationInput } from "./file-confirmation-application.input";

@Resolver((_of) => ConfirmationApplication)
export class ConfirmationApplicationResolver {
  @Query((_returns) => ConfirmationApplication, { description: "One judicial-confirmation application by id" })
  async confirmationApplication(@Arg("id", (_type) => ID) id: string, @Ctx() context: CourtContext): Promise<ApplicationRow> {
    authorize(context, "confirmationApplication");
    checkUuid(id, "id");
    const application = await context.scoped.application.load(id);
    if (!application) throw outOfScope("ConfirmationApplication", id);
    return application;
  }

  @Query((_returns) => ConfirmationApplication, {
    description: "One judicial-confirmation application by its case number, written with full- or half-width brackets",
  })
  async confirmationApplicationByCaseNumber(
    @Arg("caseNumber", (_type) => String) caseNumber: string,
    @Ctx() context: CourtContext,
  ): Promise<ApplicationRow> {
    authorize(context, "confirmationApplicationByCaseNumber");
    const canonical = formatCaseNumber(checkCaseNumber(caseNumber, "caseNumber"));
    const application = await context.db.confirmationApplication.findFirst({
      where: { AND: [{ caseNumber: canonical }, applicationScopeWhere(context.actor)] },
    });
    if (!application) throw outOfScope("ConfirmationApplication", canonical);
    context.loaders.applicationById.prime(application.id, application);
    return application;
  }

  @Mutation((_returns) => ConfirmationApplication, {
    description:
      "申请司法确认 Register the parties' joint application to confirm an effective mediation agreement (a clerk of the court applied to)",
  })
  async fileConfirmationApplication(
    @Arg("input", (_type) => FileConfirmationApplicationInput) input: FileConfirmationApplicationInput,
    @Ctx() context: CourtContext,
  ): Promise<ApplicationRow> {
    authorize(context, "fileConfirmationApplication");
    requireCourtRole(context, ["COURT_CLERK"], "fileConfirmationApplication", "民事诉讼法 art 205");
    const application = await fileConfirmationApplication(context, input);
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
