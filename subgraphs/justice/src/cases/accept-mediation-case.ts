import { randomUUID } from "node:crypto";
import { checkUuid, ErrorCode, eventRow, HubError, invalidInput, type Actor } from "@hub/subgraph-kit";
import type { MediationCase as MediationCaseRow } from "../../generated/client";
import type { JusticeDb } from "../db";
import type { JusticeLoaders } from "../loaders";
import { isUniqueViolation } from "../unique-violation";
import type { AcceptMediationCaseInput } from "./accept-mediation-case.input";
import { CLOSED_WITHOUT_AGREEMENT, MediationCaseStatus } from "./enums";

export const ONE_OPEN_CASE_RULE = "one open mediation case per dispute";

/**
 * 受理: opens a mediation case in ACCEPTED. A dispute may have only one open case; the
 * partial unique index on mediation_case decides between concurrent accepts, so exactly
 * one of them wins whatever the timing.
 */
export async function acceptMediationCase(
  db: JusticeDb,
  loaders: JusticeLoaders,
  actor: Actor,
  input: AcceptMediationCaseInput,
  now = new Date(),
): Promise<MediationCaseRow> {
  checkUuid(input.disputeId, "input.disputeId");
  checkUuid(input.committeeId, "input.committeeId");
  const committee = await loaders.committeeById.load(input.committeeId);
  if (!committee) {
    throw invalidInput("input.committeeId", "registered mediation committee", {
      zh: `人民调解委员会“${input.committeeId}”未登记`,
      en: `Mediation committee "${input.committeeId}" is not registered`,
    });
  }
  const id = randomUUID();
  try {
    const [created] = await db.$transaction([
      db.mediationCase.create({
        data: {
          id,
          disputeId: input.disputeId,
          committeeId: committee.id,
          status: MediationCaseStatus.ACCEPTED,
          acceptedAt: now,
          acceptedById: actor.userId,
          acceptedByName: actor.name,
        },
      }),
      db.eventLog.create({
        data: eventRow(actor, {
          type: "mediation.accepted",
          disputeId: input.disputeId,
          subjectType: "MediationCase",
          subjectId: id,
          summary: `${committee.name}受理调解`,
          occurredAt: now,
        }),
      }),
    ]);
    return created;
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const open = await db.mediationCase.findFirst({
      where: { disputeId: input.disputeId, status: { notIn: [...CLOSED_WITHOUT_AGREEMENT] } },
      select: { id: true, status: true },
    });
    throw new HubError(
      ErrorCode.CONFLICT,
      {
        zh: "该纠纷已有未结的调解案件；只有在前一案件调解不成或终止后，才能再次受理",
        en: "This dispute already has an open mediation case; a new one can be accepted only after that case has failed or been terminated",
      },
      { field: "input.disputeId", rule: ONE_OPEN_CASE_RULE, openCaseId: open?.id ?? null, openCaseStatus: open?.status ?? null },
    );
  }
}
