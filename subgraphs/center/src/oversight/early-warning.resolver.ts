import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Dispute as DisputeRow } from "../../generated/client";
import type { CenterContext } from "../context";
import { Dispute } from "../disputes/dispute.type";
import { EarlyWarning } from "./early-warning.type";

@Resolver((_of) => EarlyWarning)
export class EarlyWarningResolver {
  @FieldResolver((_type) => [Dispute], { description: "证据 The disputes the warning counts" })
  async disputes(@Root() warning: EarlyWarning, @Ctx() context: CenterContext): Promise<DisputeRow[]> {
    const rows = await context.loaders.disputeById.loadMany(warning.disputeIds);
    return rows.filter((row): row is DisputeRow => row !== null && !(row instanceof Error));
  }
}
