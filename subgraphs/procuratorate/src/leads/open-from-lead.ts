import { checkUuid, ErrorCode, HubError } from "@hub/subgraph-kit";
import type { SupervisionCase as SupervisionCaseRow } from "../../generated/client";
import type { ProcuratorateContext } from "../context";
import { requireWithinJurisdiction } from "../jurisdiction";
import { openSupervisionCase } from "../supervision-cases/open-supervision-case";
import { validateOpenInput } from "../supervision-cases/open-supervision-case.validation";
import { sourceOfGrounds } from "../supervision-cases/supervision-source";
import type { OpenSupervisionCaseFromLeadInput } from "./open-from-lead.input";

/**
 * 依职权监督: opens a case from a ruling or an agreement the prosecutor found among the leads.
 * The dispute comes from the lead (read through the graph), never from the caller, and must
 * lie within the prosecutor's jurisdiction; only own-motion grounds apply.
 */
export async function openSupervisionCaseFromLead(
  context: ProcuratorateContext,
  input: OpenSupervisionCaseFromLeadInput,
): Promise<SupervisionCaseRow> {
  checkUuid(input.leadId, "input.leadId");
  if (sourceOfGrounds(input.grounds) !== "OWN_MOTION") {
    throw new HubError(
      ErrorCode.REFUSED_BY_RULE,
      {
        zh: "依职权监督须基于依职权监督事由，当事人申请请使用立案监督（依申请）",
        en: "An own-motion case needs own-motion grounds; a party's application is opened with openSupervisionCase",
      },
      { field: "input.grounds", rule: "人民检察院民事诉讼监督规则 (2021) art 37" },
    );
  }
  const lead = await context.graph.lead(input.leadKind, input.leadId, "input.leadId");
  if (input.leadKind === "CONFIRMATION_RULING" && lead.occurredAt === null) {
    throw new HubError(
      ErrorCode.REFUSED_BY_RULE,
      {
        zh: "该司法确认申请尚未作出裁定，暂无可监督的裁定",
        en: "The court has not ruled on this confirmation application yet; there is no ruling to supervise",
      },
      { field: "input.leadId", rule: "民事诉讼法 art 219: 对已经发生法律效力的裁定" },
    );
  }
  requireWithinJurisdiction(context.actor, lead.placeCode);
  const { idempotencyKey, ...rest } = input;
  const raw = validateOpenInput({ disputeId: lead.disputeId, grounds: rest.grounds, summary: rest.summary, idempotencyKey });
  return openSupervisionCase(context.db, context.actor, raw, context.now, { kind: input.leadKind, id: input.leadId });
}
