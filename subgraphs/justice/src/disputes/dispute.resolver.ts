import { loadForMatter, requireAccessGrant, REQUIRES_CENTRE_FIELDS } from "@hub/subgraph-kit";
import { Dispute } from "./dispute.type";
import { Ctx, Directive, FieldResolver, Resolver, Root } from "type-graphql";
import type { MediationCase as MediationCaseRow } from "../../generated/client";
import { MediationCase } from "../cases/mediation-case.type";
import type { JusticeContext } from "../context";

@Resolver((_of) => Dispute)
export class DisputeResolver {
  @Directive(REQUIRES_CENTRE_FIELDS)
  @FieldResolver((_type) => [MediationCase], {
    nullable: true,
    description:
      "调解案件 The dispute's mediation cases the caller may see (MediationCase scope, as at the root), newest accepted first (null only while the justice subgraph cannot be reached)",
  })
  async mediationCases(@Root() dispute: Dispute, @Ctx() context: JusticeContext): Promise<MediationCaseRow[]> {
    requireAccessGrant(dispute, context);
    const cases = await loadForMatter(
      context.scoped.casesByDispute,
      dispute,
      (a, b) => b.acceptedAt.getTime() - a.acceptedAt.getTime() || b.id.localeCompare(a.id),
    );
    for (const row of cases) context.loaders.caseById.prime(row.id, row);
    return cases;
  }
}
