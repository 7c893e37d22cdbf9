import { authorize } from "@hub/subgraph-kit";
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import type { Dispute as DisputeRow } from "../../generated/client";
import type { CenterContext } from "../context";
import { Dispute } from "../disputes/dispute.type";
import { AnswerReviewInput, RequestReviewInput } from "./review-request.inputs";
import { ReviewRequest } from "./review-request.type";
import { reviewRequestView } from "./review-rules";
import { answerReview, requestReview } from "./review-steps";

@Resolver((_of) => Dispute)
export class ReviewRequestResolver {
  @Mutation((_returns) => ReviewRequest, {
    description: "复查/复核 Record a petitioner's request to review the handling (信访工作条例 arts 35-36)",
  })
  async requestReview(
    @Arg("input", (_type) => RequestReviewInput) input: RequestReviewInput,
    @Ctx() context: CenterContext,
  ): Promise<ReviewRequest> {
    authorize(context, "requestReview");
    return reviewRequestView(await requestReview(context, input), context.deadlines, context.now);
  }

  @Mutation((_returns) => ReviewRequest, {
    description: "复查/复核意见 Record the opinion on a review request, due 30 days after it (信访工作条例 arts 35-36)",
  })
  async answerReview(
    @Arg("input", (_type) => AnswerReviewInput) input: AnswerReviewInput,
    @Ctx() context: CenterContext,
  ): Promise<ReviewRequest> {
    authorize(context, "answerReview");
    return reviewRequestView(await answerReview(context, input), context.deadlines, context.now);
  }

  @FieldResolver((_type) => [ReviewRequest], {
    description: "复查/复核 The petitioner's review requests and their state (信访工作条例 arts 35-36)",
  })
  async reviewRequests(@Root() dispute: DisputeRow, @Ctx() context: CenterContext): Promise<ReviewRequest[]> {
    const rows = await context.loaders.reviewRequestsByDispute.load(dispute.id);
    return rows.map((row) => reviewRequestView(row, context.deadlines, context.now));
  }
}
