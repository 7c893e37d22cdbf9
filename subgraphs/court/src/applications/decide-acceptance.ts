import { invalidInput } from "@hub/subgraph-kit";
import type { ConfirmationApplication as ApplicationRow } from "../../generated/client";
import type { CourtContext } from "../context";
import { requireCourtRole, requireOfficerOf } from "../courts/court-officer";
import { nextCaseNumber, SPECIAL_PROCEDURE_TYPE_CODE } from "./case-number";
import type { DecideConfirmationAcceptanceInput } from "./decide-acceptance.input";
import { JURISDICTION_RULE } from "./jurisdiction";
import { NOT_ACCEPTED_GROUND_LABELS } from "./not-accepted-ground";
import { optionalText } from "./text";
import { loadApplication, transition } from "./transition";

const ACTION = "决定是否受理司法确认申请";

/**
 * 受理 / 裁定不予受理, by a clerk or judge of the court applied to. Accepting assigns the next
 * 民特 case number of that court and year in the same transaction.
 */
export async function decideAcceptance(
  context: CourtContext,
  input: DecideConfirmationAcceptanceInput,
  now: Date = context.now,
): Promise<ApplicationRow> {
  requireCourtRole(context, ["COURT_CLERK", "JUDGE"], ACTION, JURISDICTION_RULE);
  const { application, court } = await loadApplication(context, input.applicationId);
  requireOfficerOf(context, court, ACTION, JURISDICTION_RULE);
  const reason = optionalText(input.reason, "input.reason", 2000);
  const decided = { acceptanceDecidedAt: now, acceptanceDecidedById: context.actor.userId, acceptanceDecidedByName: context.actor.name };

  if (input.accept) {
    if (input.notAcceptedGround) {
      throw invalidInput("input.notAcceptedGround", "民诉法解释 355", {
        zh: "受理申请时不应填写不予受理理由",
        en: "A ground for not accepting cannot be given when accepting",
      });
    }
    return transition(
      context,
      application,
      "accept",
      {
        data: { ...decided, acceptanceReason: reason },
        then: async (tx) => ({ caseNumber: await nextCaseNumber(tx, court, SPECIAL_PROCEDURE_TYPE_CODE, now) }),
        event: (row) => ({
          type: "confirmation.accepted",
          summary: `${court.name}受理司法确认申请，案号${row.caseNumber}`,
          payload: { caseNumber: row.caseNumber, courtId: court.id },
        }),
      },
      now,
    );
  }

  const ground = input.notAcceptedGround;
  if (!ground) {
    throw invalidInput("input.notAcceptedGround", "民诉法解释 355", {
      zh: "裁定不予受理须写明民诉法解释第三百五十五条规定的理由",
      en: "Not accepting requires one of the grounds of 民诉法解释 355",
    });
  }
  return transition(
    context,
    application,
    "notAccept",
    {
      data: { ...decided, notAcceptedGround: ground, acceptanceReason: reason },
      event: () => ({
        type: "confirmation.not_accepted",
        summary: `${court.name}裁定不予受理：${NOT_ACCEPTED_GROUND_LABELS[ground]}`,
        payload: { notAcceptedGround: ground, courtId: court.id },
      }),
    },
    now,
  );
}
