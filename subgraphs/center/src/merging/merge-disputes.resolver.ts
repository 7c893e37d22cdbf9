import { authorize } from "@hub/subgraph-kit";
import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import type { Dispute as DisputeRow } from "../../generated/client";
import type { CenterContext } from "../context";
import { Dispute } from "../disputes/dispute.type";
import { mergeDisputes } from "./merge-disputes";
import { MergeDisputesInput } from "./merge-disputes.input";

@Resolver((_of) => Dispute)
export class MergeDisputesResolver {
  @Mutation((_returns) => Dispute, {
    description: "合并 Merge a dispute recorded separately by mistake into the one that carries the matter on; returns the survivor",
  })
  async mergeDisputes(
    @Arg("input", (_type) => MergeDisputesInput) input: MergeDisputesInput,
    @Ctx() context: CenterContext,
  ): Promise<DisputeRow> {
    authorize(context, "mergeDisputes");
    const survivor = await mergeDisputes(context, input);
    context.log.info({ mergedId: input.mergedId, survivorId: survivor.id }, "disputes merged");
    return survivor;
  }
}
