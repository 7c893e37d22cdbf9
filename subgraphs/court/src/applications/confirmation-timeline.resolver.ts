import { computeDeadline, dueAt, Officer } from "@hub/subgraph-kit";
import { conclusionCalendarMissing, conclusionRunsFrom, extendedDueAt, extensionDays, mergeYears } from "../procedure/conclusion-limits";
import { GraphQLDateTime } from "graphql-scalars";
import { Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import type { ConfirmationApplication as ApplicationRow } from "../../generated/client";
import type { CourtContext } from "../context";
import { ConfirmationApplication } from "./confirmation-application.type";

const officer = (id: string | null, name: string | null): Officer | null => (id && name ? { id, name } : null);

/** Who acted at each step, and the due dates computed from the filing with the configured time limits. */
@Resolver((_of) => ConfirmationApplication)
export class ConfirmationTimelineResolver {
  @FieldResolver((_type) => GraphQLDateTime, { nullable: true, description: "受理时间 When the court accepted the application" })
  acceptedAt(@Root() application: ApplicationRow): Date | null {
    return application.caseNumber ? application.acceptanceDecidedAt : null;
  }

  @FieldResolver((_type) => Officer, { nullable: true, description: "Who decided whether to accept" })
  acceptanceDecidedBy(@Root() application: ApplicationRow): Officer | null {
    return officer(application.acceptanceDecidedById, application.acceptanceDecidedByName);
  }

  @FieldResolver((_type) => Officer, { nullable: true, description: "审查法官 The judge who took up the review" })
  reviewStartedBy(@Root() application: ApplicationRow): Officer | null {
    return officer(application.reviewStartedById, application.reviewStartedByName);
  }

  @FieldResolver((_type) => Officer, { nullable: true, description: "The judge who ruled" })
  ruledBy(@Root() application: ApplicationRow): Officer | null {
    return officer(application.ruledById, application.ruledByName);
  }

  @FieldResolver((_type) => Officer, { nullable: true, description: "Who recorded the withdrawal" })
  withdrawnBy(@Root() application: ApplicationRow): Officer | null {
    return officer(application.withdrawnById, application.withdrawnByName);
  }

  @FieldResolver((_type) => GraphQLDateTime, {
    description: "受理期限 The court decides whether to accept by then: 3 days from filing (configurable; see courtDeadlineRules)",
  })
  acceptanceDueAt(@Root() application: ApplicationRow, @Ctx() context: CourtContext): Date {
    return dueAt(application.filedAt, context.deadlines.acceptanceDecision);
  }

  @FieldResolver((_type) => GraphQLDateTime, {
    description:
      "审结期限 The case is concluded by then: 30 days from acceptance (立案), plus any extension the president approved (民事诉讼法 art 187; configurable); until accepted, from the last day to decide acceptance",
  })
  async conclusionDueAt(@Root() application: ApplicationRow, @Ctx() context: CourtContext): Promise<Date> {
    const extensions = await context.loaders.extensionsByApplication.load(application.id);
    return extendedDueAt(
      conclusionRunsFrom(application, context.deadlines),
      context.deadlines.conclusion,
      extensionDays(extensions, "STATUTORY"),
    );
  }

  @FieldResolver((_type) => GraphQLDateTime, {
    description:
      "The 2011 provisions' 15 days from acceptance (art 6; +10 with the president's approval): the court's own limit where ownConclusionLimitApplies, otherwise a target",
  })
  async targetConclusionAt(@Root() application: ApplicationRow, @Ctx() context: CourtContext): Promise<Date> {
    const extensions = await context.loaders.extensionsByApplication.load(application.id);
    return extendedDueAt(
      conclusionRunsFrom(application, context.deadlines),
      context.deadlines.targetConclusion,
      extensionDays(extensions, "COURT_OWN"),
    );
  }

  @FieldResolver((_type) => [Int], {
    description:
      "节假日安排缺失 The years acceptanceDueAt, conclusionDueAt and targetConclusionAt touch that the holiday calendar does not cover " +
      "(the State Council's notice not yet in it): their days were counted on weekends alone, so check those dates by hand. " +
      "Empty when the calendar covers them (民法典 art 203; 民事诉讼法 art 85)",
  })
  async calendarMissingFor(@Root() application: ApplicationRow, @Ctx() context: CourtContext): Promise<number[]> {
    const extensions = await context.loaders.extensionsByApplication.load(application.id);
    const { deadlines } = context;
    return mergeYears(
      computeDeadline(application.filedAt, deadlines.acceptanceDecision).calendarMissingFor,
      conclusionCalendarMissing(application, deadlines, deadlines.conclusion, extensionDays(extensions, "STATUTORY")),
      conclusionCalendarMissing(application, deadlines, deadlines.targetConclusion, extensionDays(extensions, "COURT_OWN")),
    );
  }

  @FieldResolver((_type) => Boolean, {
    description: "Whether this deployment holds the court to the 2011 provisions' 15 days as its own limit",
  })
  ownConclusionLimitApplies(@Ctx() context: CourtContext): boolean {
    return context.ownConclusionLimit;
  }
}
