import { CaseEvent, requireAccessGrant, toCaseEvent } from "@hub/subgraph-kit";
import { Ctx, Directive, FieldResolver, Resolver, Root } from "type-graphql";
import type { MediationCase as MediationCaseRow } from "../../generated/client";
import { MediationCase } from "../cases/mediation-case.type";
import type { JusticeContext } from "../context";
import { Dispute } from "./dispute.type";

@Resolver((_of) => Dispute)
export class DisputeResolver {
  @Directive('@requires(fields: "accessGrant")')
  @FieldResolver((_type) => [MediationCase], {
    nullable: true,
    description: "调解案件 The dispute's mediation cases, newest accepted first (null only while the justice subgraph cannot be reached)",
  })
  async mediationCases(@Root() dispute: Dispute, @Ctx() context: JusticeContext): Promise<MediationCaseRow[]> {
    requireAccessGrant(dispute, context);
    const cases = await context.loaders.casesByDispute.load(dispute.id);
    for (const row of cases) context.loaders.caseById.prime(row.id, row);
    return cases;
  }

  @Directive('@requires(fields: "accessGrant")')
  @FieldResolver((_type) => [CaseEvent], {
    nullable: true,
    description:
      "司法局案卷记录 What the justice did on this dispute, oldest first (null only while the justice subgraph cannot be reached)",
  })
  async justiceEvents(@Root() dispute: Dispute, @Ctx() context: JusticeContext): Promise<CaseEvent[]> {
    requireAccessGrant(dispute, context);
    return (await context.loaders.eventsByDispute.load(dispute.id)).map((row) => toCaseEvent("JUSTICE", row));
  }
}
