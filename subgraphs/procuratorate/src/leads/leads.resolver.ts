import { authorize, invalidInput, requireSignedIn } from "@hub/subgraph-kit";
import { GraphQLDateTime } from "graphql-scalars";
import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { SupervisionCase as SupervisionCaseRow } from "../../generated/client";
import type { ProcuratorateContext } from "../context";
import { Dispute } from "../disputes/dispute.type";
import { jurisdictionFor } from "../jurisdiction";
import { windowStart } from "../red-flags/window";
import { SupervisionCase } from "../supervision-cases/supervision-case.type";
import { leadsOf, type LeadView } from "./leads";
import { openSupervisionCaseFromLead } from "./open-from-lead";
import { OpenSupervisionCaseFromLeadInput } from "./open-from-lead.input";
import { SupervisionLead } from "./supervision-lead.type";

export const MAX_LEADS = 200;

@Resolver((_of) => SupervisionLead)
export class SupervisionLeadsResolver {
  @Query((_returns) => [SupervisionLead], {
    description:
      "监督线索 Confirmation rulings and mediation agreements of disputes received in the window in a jurisdiction (the prosecutor's own by default), newest first",
  })
  async supervisionLeads(
    @Ctx() context: ProcuratorateContext,
    @Arg("jurisdictionCode", (_type) => String, { nullable: true }) jurisdictionCode?: string | null,
    @Arg("since", (_type) => GraphQLDateTime, { nullable: true, description: "Disputes received at or after; 90 days back by default" })
    since?: Date | null,
    @Arg("first", (_type) => Int, { defaultValue: 50 }) first = 50,
  ): Promise<LeadView[]> {
    authorize(context, "supervisionLeads");
    const code = jurisdictionFor(context.actor, jurisdictionCode, "jurisdictionCode");
    if (first < 1 || first > MAX_LEADS) {
      throw invalidInput("first", `1 to ${MAX_LEADS}`, {
        zh: `条数须在1到${MAX_LEADS}之间`,
        en: `"first" must be between 1 and ${MAX_LEADS}`,
      });
    }
    const scan = await context.graph.scan(code, windowStart(context, since), context.redFlags.screening.maxScannedDisputes);
    return leadsOf(scan.disputes).slice(0, first);
  }

  @Mutation((_returns) => SupervisionCase, {
    description:
      "依职权立案 Open a supervision case on the procuratorate's own motion from a ruling or an agreement in the prosecutor's jurisdiction; the lead is recorded",
  })
  async openSupervisionCaseFromLead(
    @Arg("input", (_type) => OpenSupervisionCaseFromLeadInput) input: OpenSupervisionCaseFromLeadInput,
    @Ctx() context: ProcuratorateContext,
  ): Promise<SupervisionCaseRow> {
    authorize(context, "openSupervisionCaseFromLead");
    const opened = await openSupervisionCaseFromLead(context, input);
    context.log.info(
      { supervisionCaseId: opened.id, leadKind: opened.leadKind, leadId: opened.leadId },
      "supervision case opened from a lead",
    );
    return opened;
  }

  @FieldResolver((_type) => Dispute, { description: "The dispute the ruling or agreement belongs to" })
  dispute(@Root() lead: LeadView): Dispute {
    return { id: lead.disputeId };
  }

  @FieldResolver((_type) => [SupervisionCase], {
    description: "Supervision cases already opened from this lead that the caller may see (SupervisionCase scope), newest first",
  })
  supervisionCases(@Root() lead: LeadView, @Ctx() context: ProcuratorateContext): Promise<SupervisionCaseRow[]> {
    requireSignedIn(context);
    return context.scoped.supervisionCasesByLead.load(lead.id);
  }
}
