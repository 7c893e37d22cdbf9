import { notFound } from "@hub/subgraph-kit";
import { Ctx, FieldResolver, ID, Resolver, Root } from "type-graphql";
import type { Dispute as DisputeRow, DuplicateCandidate as CandidateRow, DuplicateReview as ReviewRow } from "../../generated/client";
import type { CenterContext } from "../context";
import { Dispute } from "../disputes/dispute.type";
import { DisputeSubmission } from "./dispute-submission.type";
import { DuplicateCandidate } from "./duplicate-candidate.type";
import { DuplicateReview } from "./duplicate-review.type";

function submissionOf(dispute: DisputeRow, review: ReviewRow | null): DisputeSubmission {
  return {
    disputeId: dispute.id,
    number: dispute.number,
    channel: dispute.channel,
    receivedAt: dispute.receivedAt,
    receivedBy: { id: dispute.receivingOfficerId, name: dispute.receivingOfficerName },
    linkedAt: review?.decidedAt ?? null,
    linkedBy: review?.decidedById ? { id: review.decidedById, name: review.decidedByName ?? "" } : null,
  };
}

/** What duplicate detection, linking and merging add to the centre's Dispute. */
@Resolver((_of) => Dispute)
export class DisputeDuplicatesResolver {
  @FieldResolver((_type) => DuplicateReview, {
    nullable: true,
    description: "查重 The review opened at receipt when likely duplicates were found (null when none were)",
  })
  duplicateReview(@Root() dispute: DisputeRow, @Ctx() context: CenterContext): Promise<ReviewRow | null> {
    return context.loaders.reviewByDispute.load(dispute.id);
  }

  @FieldResolver((_type) => [DuplicateCandidate], {
    description: "疑似重复 Disputes this one likely repeats, best first, with why each matched",
  })
  async duplicateCandidates(@Root() dispute: DisputeRow, @Ctx() context: CenterContext): Promise<CandidateRow[]> {
    const review = await context.loaders.reviewByDispute.load(dispute.id);
    return review ? context.loaders.candidatesByReview.load(review.id) : [];
  }

  @FieldResolver((_type) => Dispute, {
    nullable: true,
    description: "The dispute this one was linked or merged into, which carries the matter on (null unless LINKED or MERGED)",
  })
  async survivor(@Root() dispute: DisputeRow, @Ctx() context: CenterContext): Promise<DisputeRow | null> {
    if (!dispute.survivorId) return null;
    const survivor = await context.loaders.disputeById.load(dispute.survivorId);
    if (!survivor) throw notFound("Dispute", dispute.survivorId);
    return survivor;
  }

  @FieldResolver((_type) => [DisputeSubmission], {
    description: "受理记录 Every submission of the matter: this dispute's own receipt first, then the duplicates linked to it",
  })
  async submissions(@Root() dispute: DisputeRow, @Ctx() context: CenterContext): Promise<DisputeSubmission[]> {
    const linked = (await context.loaders.absorbedBySurvivor.load(dispute.id)).filter((row) => row.status === "LINKED");
    const reviews = await Promise.all(linked.map((row) => context.loaders.reviewByDispute.load(row.id)));
    return [submissionOf(dispute, null), ...linked.map((row, index) => submissionOf(row, reviews[index] ?? null))];
  }

  @FieldResolver((_type) => [Dispute], { description: "已合并 Disputes merged into this one (recorded separately by mistake)" })
  async mergedDisputes(@Root() dispute: DisputeRow, @Ctx() context: CenterContext): Promise<DisputeRow[]> {
    return (await context.loaders.absorbedBySurvivor.load(dispute.id)).filter((row) => row.status === "MERGED");
  }

  @FieldResolver((_type) => [ID], {
    description:
      "Ids of every record linked or merged into this dispute: the other departments' records filed under them belong to this dispute",
  })
  mergedIds(@Root() dispute: DisputeRow): string[] {
    return dispute.mergedIds;
  }
}
