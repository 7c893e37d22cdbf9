import { ErrorCode, HubError, invalidInput, optionalText } from "@hub/subgraph-kit";
import type { ConfirmationApplication as ApplicationRow } from "../../generated/client";
import type { CourtContext } from "../context";
import { requireCourtRole, requireOfficerOf } from "../courts/court-officer";
import { requireEveryPartyHeard } from "../procedure/party-hearing";
import { MATERIALS_RULE } from "./application-record";
import { confirmationMachine } from "./confirmation-machine";
import { enforcementWindows, storedTerms } from "./enforcement-window";
import { JURISDICTION_RULE } from "./jurisdiction";
import { REJECTION_GROUND_LABELS } from "./rejection-ground";
import type { RuleOnConfirmationInput } from "./rule-on-application.input";
import { loadApplication, transition } from "./transition";

const ACTION = "作出司法确认裁定";
const GROUNDS_RULE = "民诉法解释 358";

function checkGround(input: RuleOnConfirmationInput, reasoning: string | null) {
  if (input.outcome === "VALID") {
    if (input.rejectionGround) {
      throw invalidInput("input.rejectionGround", GROUNDS_RULE, {
        zh: "裁定调解协议有效时不应填写驳回理由",
        en: "A ground for rejection cannot be given with a ruling that the agreement is valid",
      });
    }
    return null;
  }
  if (!input.rejectionGround) {
    throw invalidInput("input.rejectionGround", GROUNDS_RULE, {
      zh: "裁定驳回申请须写明民诉法解释第三百五十八条规定的理由",
      en: "Rejecting requires one of the grounds of 民诉法解释 358",
    });
  }
  if (input.rejectionGround === "OTHER" && !reasoning) {
    throw invalidInput("input.reasoning", GROUNDS_RULE, {
      zh: "以“其他不能进行司法确认的情形”驳回时须写明理由",
      en: "Rejecting on the ground OTHER requires the reasoning",
    });
  }
  return input.rejectionGround;
}

/** 民诉法解释 354: no ruling while materials the court ordered are still to be supplied. */
async function requireNoOpenSupplement(context: CourtContext, applicationId: string): Promise<void> {
  const open = await context.db.supplementOrder.findFirst({ where: { applicationId, suppliedAt: null } });
  if (!open) return;
  throw new HubError(
    ErrorCode.REFUSED_BY_RULE,
    { zh: "责令补交的材料尚未补交，不能作出裁定", en: "Materials the court ordered are still to be supplied; no ruling yet" },
    { field: "input.applicationId", rule: MATERIALS_RULE, supplementOrderId: open.id, dueAt: open.dueAt.toISOString() },
  );
}

/**
 * 裁定 by a judge of the court applied to, once every applicant has appeared or been heard
 * (民诉法解释 356): 调解协议有效 (enforceable; enforcement to be sought within 2 years of the last day
 * of each term's performance period, 民事诉讼法 art 250 ¶2) or 驳回申请 on a 民诉法解释 358 ground.
 * The 15 days to object run per party from service (recordRulingService, 民诉法解释 372).
 */
export async function ruleOnApplication(
  context: CourtContext,
  input: RuleOnConfirmationInput,
  now: Date = context.now,
): Promise<ApplicationRow> {
  requireCourtRole(context, ["JUDGE"], ACTION, JURISDICTION_RULE);
  const { application, court } = await loadApplication(context, input.applicationId);
  requireOfficerOf(context, court, ACTION, JURISDICTION_RULE);
  const reasoning = optionalText(input.reasoning, "input.reasoning", { zh: "裁定理由", en: "The reasoning" }, 5000);
  const ground = checkGround(input, reasoning);
  // An illegal step is named as such before the rules on a ruling's prerequisites are applied.
  confirmationMachine.next(application.status, input.outcome === "VALID" ? "ruleValid" : "ruleRejected");
  await requireNoOpenSupplement(context, application.id);
  await requireEveryPartyHeard(context, application);
  const ruled = {
    rulingOutcome: input.outcome,
    rejectionGround: ground,
    rulingReasoning: reasoning,
    ruledAt: now,
    ruledById: context.actor.userId,
    ruledByName: context.actor.name,
  };

  if (input.outcome === "VALID") {
    const { windows, deadline: enforcementDeadline } = enforcementWindows(
      storedTerms(application.agreementTerms),
      now,
      context.deadlines.enforcementApplication,
    );
    return transition(
      context,
      application,
      "ruleValid",
      {
        data: { ...ruled, enforcementDeadline, enforcementWindows: windows },
        event: (row) => ({
          type: "confirmation.ruled",
          summary: `${court.name}裁定调解协议有效（${row.caseNumber ?? ""}）`,
          payload: {
            outcome: "VALID",
            caseNumber: row.caseNumber,
            enforcementDeadline: enforcementDeadline.toISOString(),
            enforcementWindows: windows,
          },
        }),
      },
      now,
    );
  }
  return transition(
    context,
    application,
    "ruleRejected",
    {
      data: ruled,
      event: (row) => ({
        type: "confirmation.ruled",
        summary: `${court.name}裁定驳回司法确认申请（${row.caseNumber ?? ""}）：${ground ? REJECTION_GROUND_LABELS[ground] : ""}`,
        payload: { outcome: "REJECTED", rejectionGround: ground, caseNumber: row.caseNumber },
      }),
    },
    now,
  );
}
