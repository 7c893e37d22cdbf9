import {
  CaseEvent,
  loadForMatter,
  requireAccessGrant,
  requireRole,
  REQUIRES_CENTRE_FIELDS,
  toCaseEvent,
  visibleEventsOfMatter,
} from "@hub/subgraph-kit";
import { Ctx, Directive, FieldResolver, Resolver, Root } from "type-graphql";
import { readableSubjects } from "../access/readable-subjects";
import type { SupervisionCase as SupervisionCaseRow } from "../../generated/client";
import type { ProcuratorateContext } from "../context";
import { requireWithinJurisdiction } from "../jurisdiction";
import { RedFlagScreen } from "../red-flags/red-flag-screen.type";
import { toView, type ScreenView } from "../red-flags/red-flags.resolver";
import { SupervisionCase } from "../supervision-cases/supervision-case.type";
import { Dispute } from "./dispute.type";

@Resolver((_of) => Dispute)
export class DisputeResolver {
  @Directive(REQUIRES_CENTRE_FIELDS)
  @FieldResolver((_type) => [SupervisionCase], {
    nullable: true,
    description:
      "监督案件 The procuratorate's supervision cases on this dispute that the caller may see (SupervisionCase scope, as at the root), newest first (null only while the procuratorate subgraph cannot be reached)",
  })
  async supervisionCases(@Root() dispute: Dispute, @Ctx() context: ProcuratorateContext): Promise<SupervisionCaseRow[]> {
    requireAccessGrant(dispute, context);
    return loadForMatter(
      context.scoped.supervisionCasesByDispute,
      dispute,
      (a, b) => b.openedAt.getTime() - a.openedAt.getTime() || b.id.localeCompare(a.id),
    );
  }

  @Directive(REQUIRES_CENTRE_FIELDS)
  @FieldResolver((_type) => [CaseEvent], {
    nullable: true,
    description:
      "人民检察院案卷记录 What the procuratorate did on this dispute's supervision cases the caller may see (SupervisionCase scope, as at the root), oldest first (null only while the procuratorate subgraph cannot be reached)",
  })
  async procuratorateEvents(@Root() dispute: Dispute, @Ctx() context: ProcuratorateContext): Promise<CaseEvent[]> {
    requireAccessGrant(dispute, context);
    return (
      await visibleEventsOfMatter(
        context.loaders.eventsByDispute,
        dispute,
        (a, b) => a.occurredAt.getTime() - b.occurredAt.getTime() || Number(a.seq - b.seq),
        readableSubjects(context, dispute),
      )
    ).map((row) => toCaseEvent("PROCURATORATE", row));
  }

  @Directive(REQUIRES_CENTRE_FIELDS)
  @FieldResolver((_type) => RedFlagScreen, {
    nullable: true,
    description:
      "虚假调解筛查 The dispute's false-mediation red flags (prosecutors, within their jurisdiction); screened together for every dispute of a response",
  })
  async redFlags(@Root() dispute: Dispute, @Ctx() context: ProcuratorateContext): Promise<ScreenView> {
    requireAccessGrant(dispute, context);
    requireRole(context, ["PROSECUTOR"], "Dispute.redFlags");
    const screened = await context.graph.dispute(dispute.id, "id");
    requireWithinJurisdiction(context.actor, screened.placeCode);
    return toView(await context.screens.load(screened));
  }
}
