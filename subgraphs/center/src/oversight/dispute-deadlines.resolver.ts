import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Dispute as DisputeRow } from "../../generated/client";
import type { CenterContext } from "../context";
import { Dispute } from "../disputes/dispute.type";
import { StageDeadline, type StageDeadlineView } from "./stage-deadline.type";

/** What 督办 adds to the dispute: the limits it runs against now. */
@Resolver((_of) => Dispute)
export class DisputeDeadlinesResolver {
  @FieldResolver((_type) => [StageDeadline], {
    description: "督办期限 The limits running now (the current stage, and the conclusion of the whole matter), soonest due first",
  })
  async deadlines(@Root() dispute: DisputeRow, @Ctx() context: CenterContext): Promise<StageDeadlineView[]> {
    await context.stagesRefreshedFor.load(dispute.id);
    const rows = await context.loaders.openStagesByDispute.load(dispute.id);
    return rows.map((row) => ({ ...row, asOf: context.now }));
  }
}
