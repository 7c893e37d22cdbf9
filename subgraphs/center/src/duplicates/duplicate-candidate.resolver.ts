import { notFound } from "@hub/subgraph-kit";
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Dispute as DisputeRow } from "../../generated/client";
import type { CenterContext } from "../context";
import { Dispute } from "../disputes/dispute.type";
import { DuplicateCandidate } from "./duplicate-candidate.type";
import { toDuplicateReason } from "./duplicate-reason.summary";
import { DuplicateReason } from "./duplicate-reason.type";
import type { DuplicateReasonRecord } from "./duplicate-score";
import type { CandidateView } from "./preview-duplicates";

@Resolver((_of) => DuplicateCandidate)
export class DuplicateCandidateResolver {
  @FieldResolver((_type) => Dispute, {
    nullable: true,
    description: "The candidate, read within your scope: null when it lies outside it (ask its centre by disputeNumber)",
  })
  dispute(@Root() candidate: CandidateView, @Ctx() context: CenterContext): Promise<DisputeRow | null> {
    return context.scoped.dispute.load(candidate.candidateId);
  }

  @FieldResolver((_type) => String, { description: "The candidate's number, which is not personal data" })
  async disputeNumber(@Root() candidate: CandidateView, @Ctx() context: CenterContext): Promise<string> {
    const dispute = await context.loaders.disputeById.load(candidate.candidateId);
    if (!dispute) throw notFound("Dispute", candidate.candidateId);
    return dispute.number;
  }

  @FieldResolver((_type) => [DuplicateReason])
  reasons(@Root() candidate: CandidateView): DuplicateReason[] {
    return (candidate.reasons as unknown as DuplicateReasonRecord[]).map(toDuplicateReason);
  }
}
