import { authorize, invalidInput } from "@hub/subgraph-kit";
import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import type { ProcuratorateContext } from "../context";
import { Dispute } from "./dispute.type";

export const MAX_KEYS = 100;

@Resolver((_of) => Dispute)
export class DisputesForScreeningResolver {
  /**
   * The procuratorate reads disputes it screens through this field: the gateway then resolves
   * every department's fields for the whole list with one entity request per subgraph, where
   * one aliased `dispute(id)` per key would cost a request per key.
   */
  @Query((_returns) => [Dispute], {
    nullable: "items",
    description:
      "The disputes by key, in key order (null for a key the centre does not know), to read their fields from every department in one request (prosecutors; at most 100 keys)",
  })
  disputesForScreening(@Arg("ids", (_type) => [ID]) ids: string[], @Ctx() context: ProcuratorateContext): Dispute[] {
    authorize(context, "disputesForScreening");
    if (ids.length > MAX_KEYS) {
      throw invalidInput("ids", `at most ${MAX_KEYS}`, { zh: `最多${MAX_KEYS}个`, en: `At most ${MAX_KEYS} keys` });
    }
    return ids.map((id) => ({ id }));
  }
}
