import { notFound } from "@hub/subgraph-kit";
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Dispute as DisputeRow } from "../../generated/client";
import type { CenterContext } from "../context";
import { Dispute } from "../disputes/dispute.type";
import { DisputeSubmission } from "./dispute-submission.type";

@Resolver((_of) => DisputeSubmission)
export class DisputeSubmissionResolver {
  @FieldResolver((_type) => Dispute, { description: "The record the submission was received as" })
  async dispute(@Root() submission: DisputeSubmission, @Ctx() context: CenterContext): Promise<DisputeRow> {
    const dispute = await context.loaders.disputeById.load(submission.disputeId);
    if (!dispute) throw notFound("Dispute", submission.disputeId);
    return dispute;
  }
}
