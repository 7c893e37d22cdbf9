import { authorize, checkDivisionCode, checkUuid, invalidInput, notFound } from "@hub/subgraph-kit";
import { GraphQLDateTime } from "graphql-scalars";
import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from "type-graphql";
import type { Dispute as DisputeRow } from "../../generated/client";
import type { CenterContext } from "../context";
import { Dispute } from "../disputes/dispute.type";
import { requireCentreAuthority } from "../routing/centre-authority";
import { checkPageSize } from "../routing/routing.resolver";
import { DeadlineReminder } from "./deadline-reminder.type";
import { EarlyWarning } from "./early-warning.type";
import { earlyWarnings } from "./early-warnings";
import { extendDeadline } from "./extend-deadline";
import { ExtendDeadlineInput } from "./extend-deadline.input";
import { overdueList } from "./overdue";
import { OverdueList } from "./overdue-list.type";
import { reassignDispute } from "./reassign-dispute";
import { ReassignDisputeInput } from "./reassign-dispute.input";
import { StageDeadline, type StageDeadlineView } from "./stage-deadline.type";
import { requireJurisdiction } from "./supervisor-authority";
import { urgeStage } from "./urge-stage";
import { UrgeStageInput } from "./urge-stage.input";

const READERS = ["CENTRE_OFFICER", "CENTRE_SUPERVISOR"] as const;

@Resolver()
export class OversightResolver {
  @Query((_returns) => OverdueList, {
    description:
      "超期清单 Limits past due at asOf (default now), most overdue first: a centre's own (centreId) or those of disputes placed in a division subtree (jurisdictionCode); give exactly one",
  })
  async overdueList(
    @Ctx() context: CenterContext,
    @Arg("centreId", (_type) => ID, { nullable: true }) centreId?: string | null,
    @Arg("jurisdictionCode", (_type) => String, { nullable: true }) jurisdictionCode?: string | null,
    @Arg("asOf", (_type) => GraphQLDateTime, { nullable: true }) asOf?: Date | null,
    @Arg("first", (_type) => Int, { defaultValue: 20 }) first = 20,
  ): Promise<OverdueList> {
    authorize(context, "overdueList");
    checkPageSize(first);
    if (Boolean(centreId) === Boolean(jurisdictionCode)) {
      throw invalidInput("centreId", "exactly one of centreId or jurisdictionCode", {
        zh: "请指定综治中心或辖区代码之一",
        en: "Give either centreId or jurisdictionCode",
      });
    }
    const at = asOf ?? context.now;
    if (centreId) {
      checkUuid(centreId, "centreId");
      const centre = await context.loaders.centreById.load(centreId.toLowerCase());
      if (!centre) throw notFound("Centre", centreId);
      requireCentreAuthority(context, centre, "overdueList");
      return overdueList(context, { centreId: centre.id }, at, first);
    }
    const code = jurisdictionCode ?? "";
    checkDivisionCode(code, "jurisdictionCode");
    requireJurisdiction(context, code, "overdueList", READERS);
    return overdueList(context, { jurisdictionCode: code }, at, first);
  }

  @Query((_returns) => [DeadlineReminder], {
    description: "督办提醒 Reminders recorded for a centre (its own, and those escalated to it), newest first",
  })
  async deadlineReminders(
    @Arg("centreId", (_type) => ID) centreId: string,
    @Ctx() context: CenterContext,
    @Arg("first", (_type) => Int, { defaultValue: 20 }) first = 20,
  ) {
    authorize(context, "deadlineReminders");
    checkUuid(centreId, "centreId");
    checkPageSize(first);
    const centre = await context.loaders.centreById.load(centreId.toLowerCase());
    if (!centre) throw notFound("Centre", centreId);
    requireCentreAuthority(context, centre, "deadlineReminders");
    const rows = await context.db.deadlineReminder.findMany({
      where: { centreId: centre.id },
      orderBy: [{ remindedAt: "desc" }, { id: "desc" }],
      take: first,
      include: { stageDeadline: { select: { stage: true } } },
    });
    return rows.map(({ stageDeadline, ...row }) => ({ ...row, stage: stageDeadline.stage }));
  }

  @Query((_returns) => [EarlyWarning], {
    description: "预警 Early warnings for disputes placed in a division subtree, judged at asOf (default now), each with its evidence",
  })
  async earlyWarnings(
    @Arg("jurisdictionCode", (_type) => String) jurisdictionCode: string,
    @Ctx() context: CenterContext,
    @Arg("asOf", (_type) => GraphQLDateTime, { nullable: true }) asOf?: Date | null,
  ): Promise<EarlyWarning[]> {
    authorize(context, "earlyWarnings");
    checkDivisionCode(jurisdictionCode, "jurisdictionCode");
    requireJurisdiction(context, jurisdictionCode, "earlyWarnings", READERS);
    return earlyWarnings(context, jurisdictionCode, asOf ?? context.now);
  }

  @Mutation((_returns) => StageDeadline, { description: "督促 A centre supervisor urges the handler of a running stage" })
  async urgeStage(
    @Arg("input", (_type) => UrgeStageInput) input: UrgeStageInput,
    @Ctx() context: CenterContext,
  ): Promise<StageDeadlineView> {
    authorize(context, "urgeStage");
    return { ...(await urgeStage(context, input)), asOf: context.now };
  }

  @Mutation((_returns) => StageDeadline, {
    description: "延期 A centre supervisor extends a running stage's limit with a reason, within its rule's extension",
  })
  async extendDeadline(
    @Arg("input", (_type) => ExtendDeadlineInput) input: ExtendDeadlineInput,
    @Ctx() context: CenterContext,
  ): Promise<StageDeadlineView> {
    authorize(context, "extendDeadline");
    return { ...(await extendDeadline(context, input)), asOf: context.now };
  }

  @Mutation((_returns) => Dispute, {
    description: "改派 A centre supervisor moves a dispute not yet in handling to another centre or organisation within their jurisdiction",
  })
  async reassignDispute(
    @Arg("input", (_type) => ReassignDisputeInput) input: ReassignDisputeInput,
    @Ctx() context: CenterContext,
  ): Promise<DisputeRow> {
    authorize(context, "reassignDispute");
    const dispute = await reassignDispute(context, input);
    context.loaders.disputeById.clear(dispute.id).prime(dispute.id, dispute);
    context.loaders.routingsByDispute.clear(dispute.id);
    return dispute;
  }
}
