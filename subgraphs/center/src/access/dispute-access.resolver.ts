import { accessGrantFor } from "@hub/subgraph-kit";
import { Ctx, Directive, FieldResolver, Resolver, Root } from "type-graphql";
import type { Dispute as DisputeRow } from "../../generated/client";
import type { CenterContext } from "../context";
import { Dispute } from "../disputes/dispute.type";

@Resolver((_of) => Dispute)
export class DisputeAccessResolver {
  /**
   * Answered only for a dispute the centre resolved for this caller (every read goes through the
   * scope); the other departments' Dispute fields @require it, so they answer nothing for a
   * dispute outside the caller's scope. Not part of the public API.
   */
  @Directive("@inaccessible")
  @FieldResolver((_type) => String, { description: "Proof, for this request, that the caller may see the dispute" })
  accessGrant(@Root() dispute: DisputeRow, @Ctx() context: CenterContext): string {
    return accessGrantFor(dispute, context);
  }
}
