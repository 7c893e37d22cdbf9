import { authorize } from "@hub/subgraph-kit";
import { Arg, Ctx, Mutation, Query, Resolver } from "type-graphql";
import type { CenterContext } from "../context";
import { PublicDisputeInput } from "./public-dispute.input";
import { PublicDisputeReceipt } from "./public-dispute-receipt.type";
import { publicDisputeStatus } from "./public-dispute-status";
import { PublicDisputeStatus } from "./public-dispute-status.type";
import { submitPublicDispute } from "./submit-public-dispute";

@Resolver()
export class PublicIntakeResolver {
  @Mutation((_returns) => PublicDisputeReceipt, {
    description: "解纷码 A resident submits their own dispute to a centre (no sign-in); keep the tracking code it returns",
  })
  async submitPublicDispute(
    @Arg("input", (_type) => PublicDisputeInput) input: PublicDisputeInput,
    @Ctx() context: CenterContext,
  ): Promise<PublicDisputeReceipt> {
    authorize(context, "submitPublicDispute");
    return submitPublicDispute(input, context);
  }

  @Query((_returns) => PublicDisputeStatus, { description: "办理进度 The status of the one case a tracking code names (no sign-in)" })
  async publicDisputeStatus(
    @Arg("trackingCode", (_type) => String) trackingCode: string,
    @Ctx() context: CenterContext,
  ): Promise<PublicDisputeStatus> {
    authorize(context, "publicDisputeStatus");
    return publicDisputeStatus(trackingCode, context);
  }
}
