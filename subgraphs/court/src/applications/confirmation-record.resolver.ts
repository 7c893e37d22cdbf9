import { computeDeadline } from "@hub/subgraph-kit";
import { GraphQLDateTime } from "graphql-scalars";
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { ConfirmationApplication as ApplicationRow } from "../../generated/client";
import type { CourtContext } from "../context";
import { extensionView, hearingView, objectionView, serviceView, supplementView } from "../procedure/procedure-views";
import { ConclusionExtension } from "../procedure/conclusion-extension.type";
import { EnforcementWindow } from "../procedure/enforcement-window.type";
import { PartyHearing } from "../procedure/party-hearing.type";
import { RulingObjection } from "../procedure/ruling-objection.type";
import { RulingService } from "../procedure/ruling-service.type";
import { SupplementOrder } from "../procedure/supplement-order.type";
import { ApplicationMaterial, missingMaterials } from "./application-record";
import { ConfirmationApplication } from "./confirmation-application.type";
import { storedWindows } from "./enforcement-window";

/** The application's procedural record: when the parties applied, materials, hearings, service, objections. */
@Resolver((_of) => ConfirmationApplication)
export class ConfirmationRecordResolver {
  @FieldResolver((_type) => GraphQLDateTime, {
    description: "申请时间 When the parties applied (the 30 days of 民事诉讼法 art 205 are judged on it); filedAt where not recorded apart",
  })
  appliedAt(@Root() application: ApplicationRow): Date {
    return application.appliedAt ?? application.filedAt;
  }

  @FieldResolver((_type) => [ApplicationMaterial], {
    description: "What the application still lacks (民诉法解释 354); accepted only once empty",
  })
  missingMaterials(@Root() application: ApplicationRow): ApplicationMaterial[] {
    return missingMaterials(application.materials);
  }

  @FieldResolver((_type) => [SupplementOrder], { description: "限期补交 Orders to supply missing materials, oldest first" })
  async supplementOrders(@Root() application: ApplicationRow, @Ctx() context: CourtContext): Promise<SupplementOrder[]> {
    return (await context.loaders.supplementOrdersByApplication.load(application.id)).map(supplementView);
  }

  @FieldResolver((_type) => [PartyHearing], { description: "到场核实 The parties appearing or heard before the ruling (民诉法解释 356)" })
  async hearings(@Root() application: ApplicationRow, @Ctx() context: CourtContext): Promise<PartyHearing[]> {
    return (await context.loaders.hearingsByApplication.load(application.id)).map(hearingView);
  }

  @FieldResolver((_type) => [EnforcementWindow], {
    description:
      "申请执行期间 Per term of the agreement, when the 2 years to apply for enforcement end (民事诉讼法 art 250 ¶2); empty until ruled valid",
  })
  enforcementWindows(@Root() application: ApplicationRow, @Ctx() context: CourtContext): EnforcementWindow[] {
    return storedWindows(application.enforcementWindows).map((window) => ({
      ...window,
      runsFrom: new Date(window.runsFrom),
      deadline: new Date(window.deadline),
      calendarMissingFor: computeDeadline(new Date(window.runsFrom), context.deadlines.enforcementApplication).calendarMissingFor,
    }));
  }

  @FieldResolver((_type) => [RulingService], { description: "送达 The ruling served on each party, oldest first" })
  async services(@Root() application: ApplicationRow, @Ctx() context: CourtContext): Promise<RulingService[]> {
    return (await context.loaders.servicesByApplication.load(application.id)).map((row) =>
      serviceView(row, context.deadlines.partyObjection),
    );
  }

  @FieldResolver((_type) => GraphQLDateTime, {
    nullable: true,
    description:
      "当事人异议期限 The last party's last moment to object: 15 days from that party's receiving the ruling (民诉法解释 372); null until every applicant is served (per party in services)",
  })
  async objectionDeadline(@Root() application: ApplicationRow, @Ctx() context: CourtContext): Promise<Date | null> {
    if (application.objectionDeadline) return application.objectionDeadline;
    const services = await context.loaders.servicesByApplication.load(application.id);
    const served = new Set(services.map((service) => service.partyId.toLowerCase()));
    if (services.length === 0 || application.applicantPartyIds.some((id) => !served.has(id.toLowerCase()))) return null;
    return new Date(Math.max(...services.map((service) => service.objectionDeadline.getTime())));
  }

  @FieldResolver((_type) => [RulingObjection], {
    description: "异议 Objections to the ruling and their outcome, oldest first (民诉法解释 372)",
  })
  async objections(@Root() application: ApplicationRow, @Ctx() context: CourtContext): Promise<RulingObjection[]> {
    return (await context.loaders.objectionsByApplication.load(application.id)).map(objectionView);
  }

  @FieldResolver((_type) => [ConclusionExtension], { description: "延长审限 Extensions the court president approved" })
  async conclusionExtensions(@Root() application: ApplicationRow, @Ctx() context: CourtContext): Promise<ConclusionExtension[]> {
    return (await context.loaders.extensionsByApplication.load(application.id)).map(extensionView);
  }
}
