import { randomUUID } from "node:crypto";
import { ErrorCode, HubError, isUniqueViolation, optionalText } from "@hub/subgraph-kit";
import type { ConfirmationApplication as ApplicationRow, PartyHearing as HearingRow } from "../../generated/client";
import type { CourtContext } from "../context";
import type { RecordPartyHearingInput } from "./party-hearing.input";
import { applicationEvent, applicationForStep, pastOrNow, requireApplicant } from "./procedure-step";

export const HEARING_RULE = "民诉法解释 356";

/** 民诉法解释 356: the court has both parties appear together (or hears them) to verify the agreement. */
export async function recordPartyHearing(
  context: CourtContext,
  input: RecordPartyHearingInput,
  now: Date = context.now,
): Promise<HearingRow> {
  const { application } = await applicationForStep(context, input.applicationId, {
    action: "记录当事人到场核实",
    rule: HEARING_RULE,
    roles: ["COURT_CLERK", "JUDGE"],
    statuses: ["ACCEPTED", "UNDER_REVIEW"],
  });
  const partyId = requireApplicant(application, input.partyId, "input.partyId", HEARING_RULE);
  const heardAt = pastOrNow(input.heardAt, now, "input.heardAt");
  const notes = optionalText(input.notes, "input.notes", { zh: "询问记录", en: "The notes" }, 5000);
  try {
    return await context.db.$transaction(async (tx) => {
      const hearing = await tx.partyHearing.create({
        data: {
          id: randomUUID(),
          applicationId: application.id,
          partyId,
          manner: input.manner,
          heardAt,
          notes,
          recordedAt: now,
          recordedById: context.actor.userId,
          recordedByName: context.actor.name,
        },
      });
      await applicationEvent(
        tx,
        context,
        application,
        {
          type: "confirmation.party_heard",
          summary: "当事人到场接受询问核实",
          payload: { partyId, manner: input.manner, heardAt: heardAt.toISOString() },
        },
        now,
      );
      return hearing;
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    throw new HubError(
      ErrorCode.CONFLICT,
      { zh: "该当事人的到场核实已记录", en: "This party's hearing is already recorded" },
      { field: "input.partyId", rule: HEARING_RULE },
    );
  }
}

/** 民诉法解释 356: before ruling, every applicant has appeared or been heard. */
export async function requireEveryPartyHeard(context: CourtContext, application: ApplicationRow): Promise<void> {
  const hearings = await context.loaders.hearingsByApplication.load(application.id);
  const heard = new Set(hearings.map((hearing) => hearing.partyId.toLowerCase()));
  const unheard = application.applicantPartyIds.filter((id) => !heard.has(id.toLowerCase()));
  if (unheard.length === 0) return;
  throw new HubError(
    ErrorCode.REFUSED_BY_RULE,
    {
      zh: "作出裁定前，须通知双方当事人同时到场核实（或在线询问），尚有当事人未到场或未被询问",
      en: "Before ruling, both parties must appear together or be heard; some have not",
    },
    { field: "input.applicationId", rule: HEARING_RULE, unheardPartyIds: unheard },
  );
}
