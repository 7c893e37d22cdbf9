import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Dispute as DisputeRow } from "../../generated/client";
import type { CenterContext } from "../context";
import { Dispute } from "../disputes/dispute.type";
import { PartyLink } from "./party-link.type";

@Resolver((_of) => Dispute)
export class PartyLinksResolver {
  @FieldResolver((_type) => [PartyLink], {
    description: "当事人关联 Parties on opposite sides that are one person or share a phone, address or agent (a false-mediation sign)",
  })
  partyLinks(@Root() dispute: DisputeRow, @Ctx() context: CenterContext): Promise<PartyLink[]> {
    return context.loaders.partyLinksByDispute.load(dispute.id);
  }
}
