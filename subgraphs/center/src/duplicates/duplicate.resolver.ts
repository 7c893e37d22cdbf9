import { authorize, checkUuid, invalidInput, notFound, Officer } from "@hub/subgraph-kit";
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Dispute as DisputeRow, DuplicateCandidate as CandidateRow, DuplicateReview as ReviewRow } from "../../generated/client";
import type { CenterContext } from "../context";
import { Dispute } from "../disputes/dispute.type";
import { requireCentreAuthority } from "../routing/centre-authority";
import { loadCentre } from "../routing/centre-of";
import { linkDuplicate, overrideDuplicateReview } from "./decide-duplicate-review";
import { DuplicateCandidate } from "./duplicate-candidate.type";
import { DuplicateCandidatesInput } from "./duplicate-preview.input";
import { previewDuplicates, type CandidateView } from "./preview-duplicates";
import { DuplicateReview } from "./duplicate-review.type";
import { LinkDuplicateInput } from "./link-duplicate.input";
import { OverrideDuplicateReviewInput } from "./override-duplicate-review.input";

const MAX_QUEUE = 100;

async function disputeOf(context: CenterContext, id: string): Promise<DisputeRow> {
  const dispute = await context.loaders.disputeById.load(id);
  if (!dispute) throw notFound("Dispute", id);
  return dispute;
}

@Resolver((_of) => DuplicateReview)
export class DuplicateReviewResolver {
  @Query((_returns) => [DuplicateReview], { description: "查重待核 A centre's open duplicate reviews, oldest first" })
  async duplicateReviewQueue(
    @Arg("centreId", (_type) => ID) centreId: string,
    @Ctx() context: CenterContext,
    @Arg("first", (_type) => Int, { defaultValue: 20 }) first = 20,
  ): Promise<ReviewRow[]> {
    authorize(context, "duplicateReviewQueue");
    checkUuid(centreId, "centreId");
    if (first < 1 || first > MAX_QUEUE) {
      throw invalidInput("first", `1 to ${MAX_QUEUE}`, {
        zh: `条数须在1到${MAX_QUEUE}之间`,
        en: `"first" must be between 1 and ${MAX_QUEUE}`,
      });
    }
    requireCentreAuthority(context, await loadCentre(context, centreId), "duplicateReviewQueue");
    return context.db.duplicateReview.findMany({
      where: { centreId, status: "OPEN" },
      orderBy: [{ openedAt: "asc" }, { id: "asc" }],
      take: first,
    });
  }

  @Query((_returns) => [DuplicateCandidate], {
    description:
      "查重预览 The disputes a submission not yet saved would be found to repeat, by intake's matching and threshold, best first; nothing is written",
  })
  duplicateCandidates(
    @Arg("input", (_type) => DuplicateCandidatesInput) input: DuplicateCandidatesInput,
    @Ctx() context: CenterContext,
  ): Promise<CandidateView[]> {
    authorize(context, "duplicateCandidates");
    return previewDuplicates(context, input);
  }

  @Mutation((_returns) => DuplicateReview, {
    description: "关联 Link a likely duplicate to the dispute already recorded, which carries the matter on",
  })
  linkDuplicate(@Arg("input", (_type) => LinkDuplicateInput) input: LinkDuplicateInput, @Ctx() context: CenterContext): Promise<ReviewRow> {
    authorize(context, "linkDuplicate");
    return linkDuplicate(context, input);
  }

  @Mutation((_returns) => DuplicateReview, { description: "确认不重复 Close a duplicate review as a separate matter, with a reason" })
  overrideDuplicateReview(
    @Arg("input", (_type) => OverrideDuplicateReviewInput) input: OverrideDuplicateReviewInput,
    @Ctx() context: CenterContext,
  ): Promise<ReviewRow> {
    authorize(context, "overrideDuplicateReview");
    return overrideDuplicateReview(context, input);
  }

  @FieldResolver((_type) => Dispute, { description: "The new submission under review" })
  dispute(@Root() review: ReviewRow, @Ctx() context: CenterContext): Promise<DisputeRow> {
    return disputeOf(context, review.disputeId);
  }

  @FieldResolver((_type) => [DuplicateCandidate], { description: "The likely duplicates, best first" })
  candidates(@Root() review: ReviewRow, @Ctx() context: CenterContext): Promise<CandidateRow[]> {
    return context.loaders.candidatesByReview.load(review.id);
  }

  @FieldResolver((_type) => Officer, { nullable: true, description: "Who decided it" })
  decidedBy(@Root() review: ReviewRow): Officer | null {
    return review.decidedById ? { id: review.decidedById, name: review.decidedByName ?? "" } : null;
  }

  @FieldResolver((_type) => Dispute, { nullable: true, description: "The dispute the submission was linked to" })
  async linkedTo(@Root() review: ReviewRow, @Ctx() context: CenterContext): Promise<DisputeRow | null> {
    return review.linkedToId ? disputeOf(context, review.linkedToId) : null;
  }
}
