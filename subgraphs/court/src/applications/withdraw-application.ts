import { optionalText } from "@hub/subgraph-kit";
import type { ConfirmationApplication as ApplicationRow } from "../../generated/client";
import type { CourtContext } from "../context";
import { requireCourtRole, requireOfficerOf } from "../courts/court-officer";
import { loadApplication, transition } from "./transition";
import type { WithdrawConfirmationApplicationInput } from "./withdraw-application.input";

const ACTION = "登记撤回司法确认申请";
const WITHDRAWAL_RULE = "民诉法解释 357";

/** 撤回: the parties withdraw before the ruling; a clerk or judge of the court records it. */
export async function withdrawApplication(
  context: CourtContext,
  input: WithdrawConfirmationApplicationInput,
  now: Date = context.now,
): Promise<ApplicationRow> {
  requireCourtRole(context, ["COURT_CLERK", "JUDGE"], ACTION, WITHDRAWAL_RULE);
  const { application, court } = await loadApplication(context, input.applicationId);
  requireOfficerOf(context, court, ACTION, WITHDRAWAL_RULE);
  const reason = optionalText(input.reason, "input.reason", { zh: "撤回理由", en: "The reason for withdrawing" }, 2000);
  return transition(
    context,
    application,
    "withdraw",
    {
      data: { withdrawnAt: now, withdrawnById: context.actor.userId, withdrawnByName: context.actor.name, withdrawalReason: reason },
      event: (row) => ({
        type: "confirmation.withdrawn",
        summary: `当事人撤回司法确认申请${row.caseNumber ? `（${row.caseNumber}）` : ""}`,
        payload: { reason },
      }),
    },
    now,
  );
}
