import { authorize } from "@hub/subgraph-kit";
import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import type { CourtContext } from "../context";
import { objectionView, serviceView } from "./procedure-views";
import { RulingObjection } from "./ruling-objection.type";
import { RulingService } from "./ruling-service.type";
import { decideRulingObjection, fileRulingObjection, startObjectionReview } from "./ruling-objection";
import { DecideRulingObjectionInput } from "./decide-ruling-objection.input";
import { FileRulingObjectionInput } from "./file-ruling-objection.input";
import { StartObjectionReviewInput } from "./start-objection-review.input";
import { recordRulingService } from "./ruling-service";
import { RecordRulingServiceInput } from "./ruling-service.input";

/** After the ruling: service on each party and objections to it (民诉法解释 372). */
@Resolver()
export class RulingChallengeResolver {
  @Mutation((_returns) => RulingService, { description: "送达 Record the ruling served on a party; a clerk or judge of that court" })
  async recordRulingService(
    @Arg("input", (_type) => RecordRulingServiceInput) input: RecordRulingServiceInput,
    @Ctx() context: CourtContext,
  ): Promise<RulingService> {
    authorize(context, "recordRulingService");
    return serviceView(await recordRulingService(context, input), context.deadlines.partyObjection);
  }

  @Mutation((_returns) => RulingObjection, {
    description:
      "提出异议 Register a party's or an interested person's objection to the ruling (民诉法解释 372); a clerk or judge of that court",
  })
  async fileRulingObjection(
    @Arg("input", (_type) => FileRulingObjectionInput) input: FileRulingObjectionInput,
    @Ctx() context: CourtContext,
  ): Promise<RulingObjection> {
    authorize(context, "fileRulingObjection");
    return objectionView(await fileRulingObjection(context, input));
  }

  @Mutation((_returns) => RulingObjection, { description: "审查异议 A judge of that court takes up an objection" })
  async startObjectionReview(
    @Arg("input", (_type) => StartObjectionReviewInput) input: StartObjectionReviewInput,
    @Ctx() context: CourtContext,
  ): Promise<RulingObjection> {
    authorize(context, "startObjectionReview");
    return objectionView(await startObjectionReview(context, input));
  }

  @Mutation((_returns) => RulingObjection, {
    description: "异议审查裁定 Revoke the ruling (异议成立) or dismiss the objection (民诉法解释 372); a judge of that court",
  })
  async decideRulingObjection(
    @Arg("input", (_type) => DecideRulingObjectionInput) input: DecideRulingObjectionInput,
    @Ctx() context: CourtContext,
  ): Promise<RulingObjection> {
    authorize(context, "decideRulingObjection");
    return objectionView(await decideRulingObjection(context, input));
  }
}
