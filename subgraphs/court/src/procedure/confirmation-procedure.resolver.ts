import { authorize } from "@hub/subgraph-kit";
import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import type { ConfirmationApplication as ApplicationRow } from "../../generated/client";
import { ConfirmationApplication } from "../applications/confirmation-application.type";
import type { CourtContext } from "../context";
import { extendConclusion } from "./conclusion-extension";
import { ExtendConfirmationConclusionInput } from "./conclusion-extension.input";
import { deemWithdrawn, orderMaterialsSupplement, recordMaterialsSupplied } from "./materials-supplement";
import { DeemConfirmationWithdrawnInput } from "./deem-withdrawn.input";
import { OrderMaterialsSupplementInput } from "./order-materials-supplement.input";
import { RecordMaterialsSuppliedInput } from "./record-materials-supplied.input";
import { recordPartyHearing } from "./party-hearing";
import { RecordPartyHearingInput } from "./party-hearing.input";
import { extensionView, hearingView, supplementView } from "./procedure-views";
import { ConclusionExtension } from "./conclusion-extension.type";
import { PartyHearing } from "./party-hearing.type";
import { SupplementOrder } from "./supplement-order.type";

/** The court's procedural steps between filing and ruling: materials (解释 354, 357), hearings (356), extensions (CPL 187). */
@Resolver()
export class ConfirmationProcedureResolver {
  @Mutation((_returns) => SupplementOrder, {
    description: "限期补交 Order missing materials supplied by a deadline (民诉法解释 354); a clerk or judge of that court",
  })
  async orderMaterialsSupplement(
    @Arg("input", (_type) => OrderMaterialsSupplementInput) input: OrderMaterialsSupplementInput,
    @Ctx() context: CourtContext,
  ): Promise<SupplementOrder> {
    authorize(context, "orderMaterialsSupplement");
    return supplementView(await orderMaterialsSupplement(context, input));
  }

  @Mutation((_returns) => ConfirmationApplication, {
    description: "补交材料 Record the ordered materials supplied; a clerk or judge of that court",
  })
  async recordMaterialsSupplied(
    @Arg("input", (_type) => RecordMaterialsSuppliedInput) input: RecordMaterialsSuppliedInput,
    @Ctx() context: CourtContext,
  ): Promise<ApplicationRow> {
    authorize(context, "recordMaterialsSupplied");
    return recordMaterialsSupplied(context, input);
  }

  @Mutation((_returns) => ConfirmationApplication, {
    description: "按撤回申请处理 Deem the application withdrawn once the deadline to supply has passed (民诉法解释 357(2))",
  })
  async deemConfirmationWithdrawn(
    @Arg("input", (_type) => DeemConfirmationWithdrawnInput) input: DeemConfirmationWithdrawnInput,
    @Ctx() context: CourtContext,
  ): Promise<ApplicationRow> {
    authorize(context, "deemConfirmationWithdrawn");
    return deemWithdrawn(context, input);
  }

  @Mutation((_returns) => PartyHearing, {
    description: "到场核实 Record a party appearing or heard before the ruling (民诉法解释 356); a clerk or judge of that court",
  })
  async recordPartyHearing(
    @Arg("input", (_type) => RecordPartyHearingInput) input: RecordPartyHearingInput,
    @Ctx() context: CourtContext,
  ): Promise<PartyHearing> {
    authorize(context, "recordPartyHearing");
    return hearingView(await recordPartyHearing(context, input));
  }

  @Mutation((_returns) => ConclusionExtension, {
    description:
      "延长审限 Record the court president's approval to extend a conclusion limit, with its reason (民事诉讼法 art 187); a judge of that court",
  })
  async extendConfirmationConclusion(
    @Arg("input", (_type) => ExtendConfirmationConclusionInput) input: ExtendConfirmationConclusionInput,
    @Ctx() context: CourtContext,
  ): Promise<ConclusionExtension> {
    authorize(context, "extendConfirmationConclusion");
    return extensionView(await extendConclusion(context, input));
  }
}
