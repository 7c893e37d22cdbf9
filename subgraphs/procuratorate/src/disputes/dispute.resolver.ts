import { requireSignedIn } from "@hub/subgraph-kit";
import { CaseEvent, loadForMatter, REQUIRES_MERGED_IDS, toCaseEvent } from "@hub/subgraph-kit";
import { Ctx, Directive, FieldResolver, Resolver, Root } from "type-graphql";
import type { SupervisionCase as SupervisionCaseRow } from "../../generated/client";
import type { ProcuratorateContext } from "../context";
import { SupervisionCase } from "../supervision-cases/supervision-case.type";
import { Dispute } from "./dispute.type";

@Resolver((_of) => Dispute)
export class DisputeResolver {
  @Directive(REQUIRES_MERGED_IDS)
  @FieldResolver((_type) => [SupervisionCase], {
    nullable: true,
    description:
      "监督案件 The procuratorate's supervision cases on this dispute, newest first (null only while the procuratorate subgraph cannot be reached)",
  })
  async supervisionCases(@Root() dispute: Dispute, @Ctx() context: ProcuratorateContext): Promise<SupervisionCaseRow[]> {
    requireSignedIn(context);
    return loadForMatter(
      context.loaders.supervisionCasesByDispute,
      dispute,
      (a, b) => b.openedAt.getTime() - a.openedAt.getTime() || b.id.localeCompare(a.id),
    );
  }

  @Directive(REQUIRES_MERGED_IDS)
  @FieldResolver((_type) => [CaseEvent], {
    nullable: true,
    description:
      "人民检察院案卷记录 What the procuratorate did on this dispute, oldest first (null only while the procuratorate subgraph cannot be reached)",
  })
  async procuratorateEvents(@Root() dispute: Dispute, @Ctx() context: ProcuratorateContext): Promise<CaseEvent[]> {
    return (
      await loadForMatter(
        context.loaders.eventsByDispute,
        dispute,
        (a, b) => a.occurredAt.getTime() - b.occurredAt.getTime() || Number(a.seq - b.seq),
      )
    ).map((row) => toCaseEvent("PROCURATORATE", row));
  }
}
