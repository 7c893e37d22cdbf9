import { CaseEvent, requireAccessGrant, toCaseEvent } from "@hub/subgraph-kit";
import { Ctx, Directive, FieldResolver, Resolver, Root } from "type-graphql";
import type { SupervisionCase as SupervisionCaseRow } from "../../generated/client";
import type { ProcuratorateContext } from "../context";
import { SupervisionCase } from "../supervision-cases/supervision-case.type";
import { Dispute } from "./dispute.type";

@Resolver((_of) => Dispute)
export class DisputeResolver {
  @Directive('@requires(fields: "accessGrant")')
  @FieldResolver((_type) => [SupervisionCase], {
    nullable: true,
    description:
      "监督案件 The procuratorate's supervision cases on this dispute, newest first (null only while the procuratorate subgraph cannot be reached)",
  })
  async supervisionCases(@Root() dispute: Dispute, @Ctx() context: ProcuratorateContext): Promise<SupervisionCaseRow[]> {
    requireAccessGrant(dispute, context);
    return context.loaders.supervisionCasesByDispute.load(dispute.id);
  }

  @Directive('@requires(fields: "accessGrant")')
  @FieldResolver((_type) => [CaseEvent], {
    nullable: true,
    description:
      "人民检察院案卷记录 What the procuratorate did on this dispute, oldest first (null only while the procuratorate subgraph cannot be reached)",
  })
  async procuratorateEvents(@Root() dispute: Dispute, @Ctx() context: ProcuratorateContext): Promise<CaseEvent[]> {
    requireAccessGrant(dispute, context);
    return (await context.loaders.eventsByDispute.load(dispute.id)).map((row) => toCaseEvent("PROCURATORATE", row));
  }
}
