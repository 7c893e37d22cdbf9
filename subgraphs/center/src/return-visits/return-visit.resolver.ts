import { authorize } from "@hub/subgraph-kit";
import { GraphQLDateTime } from "graphql-scalars";
import { Arg, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from "type-graphql";
import type { Dispute as DisputeRow, ReturnVisit as ReturnVisitRow } from "../../generated/client";
import type { CenterContext } from "../context";
import { Dispute } from "../disputes/dispute.type";
import { closeDispute, recordReturnVisit } from "./return-visit-steps";
import { CloseDisputeInput, RecordReturnVisitInput } from "./return-visit.inputs";
import { returnVisitCalendarMissingFor, returnVisitDueAt } from "./return-visit-rule";
import { ReturnVisit } from "./return-visit.type";

type ReturnVisitView = ReturnVisitRow & { officer: { id: string; name: string } };
const view = (row: ReturnVisitRow): ReturnVisitView => ({ ...row, officer: { id: row.officerId, name: row.officerName } });

@Resolver((_of) => Dispute)
export class ReturnVisitResolver {
  @Mutation((_returns) => ReturnVisit, {
    description: "回访/反馈 Record the return visit to a resolved dispute and the applicant's notification",
  })
  async recordReturnVisit(
    @Arg("input", (_type) => RecordReturnVisitInput) input: RecordReturnVisitInput,
    @Ctx() context: CenterContext,
  ): Promise<ReturnVisitView> {
    authorize(context, "recordReturnVisit");
    return view(await recordReturnVisit(context, input));
  }

  @Mutation((_returns) => Dispute, {
    description: "结案 Close a resolved dispute after its return visit, or with the reason there was none",
  })
  closeDispute(@Arg("input", (_type) => CloseDisputeInput) input: CloseDisputeInput, @Ctx() context: CenterContext): Promise<DisputeRow> {
    authorize(context, "closeDispute");
    return closeDispute(context, input);
  }

  @FieldResolver((_type) => ReturnVisit, { nullable: true, description: "回访/反馈, once recorded" })
  async returnVisit(@Root() dispute: DisputeRow, @Ctx() context: CenterContext): Promise<ReturnVisitView | null> {
    const row = await context.loaders.returnVisitByDispute.load(dispute.id);
    return row ? view(row) : null;
  }

  @FieldResolver((_type) => GraphQLDateTime, {
    nullable: true,
    description: "When the return visit is due (resolution + the configured period)",
  })
  returnVisitDueAt(@Root() dispute: DisputeRow): Date | null {
    return dispute.resolvedAt ? returnVisitDueAt(dispute.resolvedAt) : null;
  }

  @FieldResolver((_type) => [Int], {
    description:
      "节假日安排缺失 The years returnVisitDueAt touches that the holiday calendar does not cover: counted on weekends alone, check by hand (民法典 art 203)",
  })
  returnVisitCalendarMissingFor(@Root() dispute: DisputeRow): number[] {
    return dispute.resolvedAt ? returnVisitCalendarMissingFor(dispute.resolvedAt) : [];
  }

  @FieldResolver((_type) => GraphQLDateTime, { nullable: true, description: "结案时间" })
  closedAt(@Root() dispute: DisputeRow): Date | null {
    return dispute.closedAt;
  }

  @FieldResolver((_type) => String, { nullable: true, description: "Why the case closed without a return visit" })
  closeReason(@Root() dispute: DisputeRow): string | null {
    return dispute.closeReason;
  }
}
