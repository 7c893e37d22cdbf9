import { randomUUID } from "node:crypto";
import { checkUuid, ErrorCode, eventRow, HubError, invalidInput, type Actor } from "@hub/subgraph-kit";
import type { ConfirmationApplication as ApplicationRow } from "../../generated/client";
import { uniqueViolationColumns, type CourtDb } from "../db";
import type { CourtLoaders } from "../loaders";
import { CLOSED_STATUSES } from "./confirmation-status";
import type { FileConfirmationApplicationInput } from "./file-confirmation-application.input";

/** 申请司法确认: records the application in FILED, at most one live one per mediation case. */
export async function fileConfirmationApplication(
  db: CourtDb,
  loaders: CourtLoaders,
  actor: Actor,
  input: FileConfirmationApplicationInput,
  now = new Date(),
): Promise<ApplicationRow> {
  checkUuid(input.disputeId, "input.disputeId");
  checkUuid(input.mediationCaseId, "input.mediationCaseId");
  checkUuid(input.courtId, "input.courtId");
  const court = await loaders.courtById.load(input.courtId);
  if (!court) {
    throw invalidInput("input.courtId", "registered court", {
      zh: `法院“${input.courtId}”未登记`,
      en: `Court "${input.courtId}" is not registered`,
    });
  }
  const id = randomUUID();
  try {
    const [created] = await db.$transaction([
      db.confirmationApplication.create({
        data: {
          id,
          disputeId: input.disputeId,
          mediationCaseId: input.mediationCaseId,
          courtId: input.courtId,
          status: "FILED",
          filedAt: now,
          filedById: actor.userId,
          filedByName: actor.name,
        },
      }),
      db.eventLog.create({
        data: eventRow(actor, {
          type: "confirmation.filed",
          disputeId: input.disputeId,
          subjectType: "ConfirmationApplication",
          subjectId: id,
          summary: `向${court.name}申请司法确认`,
          occurredAt: now,
        }),
      }),
    ]);
    return created;
  } catch (error) {
    if (!uniqueViolationColumns(error)?.includes("mediation_case_id")) throw error;
    const live = await db.confirmationApplication.findFirst({
      where: { mediationCaseId: input.mediationCaseId, status: { notIn: [...CLOSED_STATUSES] } },
      select: { id: true, courtId: true },
    });
    throw new HubError(
      ErrorCode.CONFLICT,
      {
        zh: "该调解案件已有尚未终结的司法确认申请，不能重复申请",
        en: "This mediation case already has a judicial-confirmation application in progress",
      },
      { field: "input.mediationCaseId", rule: "民诉法解释 352", applicationId: live?.id ?? null, courtId: live?.courtId ?? null },
    );
  }
}
