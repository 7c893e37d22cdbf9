import { computeDeadline, type Deadline, notFound } from "@hub/subgraph-kit";
import { Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import type { Centre as CentreRow, Dispute as DisputeRow } from "../../generated/client";
import { Centre } from "../centres/centre.type";
import type { CenterContext } from "../context";
import { Dispute } from "../disputes/dispute.type";
import { loadCentre } from "../routing/centre-of";
import { ruleOfStage } from "./stage-rule";
import { StageDeadline, type StageDeadlineView } from "./stage-deadline.type";

const DAY_MS = 24 * 60 * 60 * 1000;

/** How far past due a limit is at the instant it is judged at (0 while it is not). */
const overdueMs = (row: StageDeadlineView) => Math.max(0, row.asOf.getTime() - row.dueAt.getTime());

@Resolver((_of) => StageDeadline)
export class StageDeadlineResolver {
  @FieldResolver((_type) => Boolean, { description: "超期 Past due at the instant asked about (the request's, or the list's asOf)" })
  overdue(@Root() row: StageDeadlineView): boolean {
    return row.closedAt === null && overdueMs(row) > 0;
  }

  @FieldResolver((_type) => Int, { description: "超期秒数 Seconds past due (0 when not overdue)" })
  overdueSeconds(@Root() row: StageDeadlineView): number {
    return row.closedAt === null ? Math.floor(overdueMs(row) / 1000) : 0;
  }

  @FieldResolver((_type) => Int, { description: "超期天数 Whole days past due (0 when not overdue)" })
  overdueDays(@Root() row: StageDeadlineView): number {
    return row.closedAt === null ? Math.floor(overdueMs(row) / DAY_MS) : 0;
  }

  @FieldResolver((_type) => Int, { description: "The most its rule lets supervisors add in all (0: not extendable)" })
  async maxExtensionDays(@Root() row: StageDeadlineView, @Ctx() context: CenterContext): Promise<number> {
    return (await ruleOfStage(context, row)).extension?.days ?? 0;
  }

  @FieldResolver((_type) => String, { nullable: true, description: "The source that allows the extension" })
  async extensionBasis(@Root() row: StageDeadlineView, @Ctx() context: CenterContext): Promise<string | null> {
    return (await ruleOfStage(context, row)).extension?.basis ?? null;
  }

  @FieldResolver((_type) => [Int], {
    description:
      "节假日安排缺失 The years this limit touches that the holiday calendar does not cover (the State Council's notice not yet in it): " +
      "their days were counted on weekends alone, so check the date by hand. Empty when the calendar covers it (民法典 art 203)",
  })
  async calendarMissingFor(@Root() row: StageDeadlineView, @Ctx() context: CenterContext): Promise<number[]> {
    return calendarMissingOf(row, await ruleOfStage(context, row));
  }

  @FieldResolver((_type) => Centre, { description: "The centre answerable for the stage" })
  async centre(@Root() row: StageDeadlineView, @Ctx() context: CenterContext): Promise<CentreRow> {
    return loadCentre(context, row.centreId);
  }

  @FieldResolver((_type) => Dispute)
  async dispute(@Root() row: StageDeadlineView, @Ctx() context: CenterContext): Promise<DisputeRow> {
    const dispute = await context.loaders.disputeById.load(row.disputeId);
    if (!dispute) throw notFound("Dispute", row.disputeId);
    return dispute;
  }
}

/** The uncovered years the limit's counting looked at: its period, and the days an extension added. */
function calendarMissingOf(row: StageDeadlineView, rule: Deadline): number[] {
  const years = new Set(computeDeadline(row.startedAt, rule).calendarMissingFor);
  if (row.extendedDays > 0) {
    for (const year of computeDeadline(row.baseDueAt, { days: row.extendedDays }).calendarMissingFor) years.add(year);
  }
  return [...years].sort((a, b) => a - b);
}
