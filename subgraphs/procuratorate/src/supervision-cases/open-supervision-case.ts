import { randomUUID } from "node:crypto";
import { eventRow, type Actor } from "@hub/subgraph-kit";
import type { SupervisionCase as SupervisionCaseRow } from "../../generated/client";
import type { ProcuratorateDb } from "../db";
import type { OpenSupervisionCaseInput } from "./open-supervision-case.input";
import { validateOpenInput } from "./open-supervision-case.validation";

/** 立案: records a supervision case on a dispute, opened by the acting prosecutor for their procuratorate. */
export async function openSupervisionCase(
  db: ProcuratorateDb,
  actor: Actor,
  raw: OpenSupervisionCaseInput,
  now = new Date(),
): Promise<SupervisionCaseRow> {
  const input = validateOpenInput(raw);
  const id = randomUUID();
  const [created] = await db.$transaction([
    db.supervisionCase.create({
      data: {
        id,
        disputeId: input.disputeId,
        grounds: input.grounds,
        summary: input.summary,
        status: "OPEN",
        openedAt: now,
        openedByOfficerId: actor.userId,
        openedByOfficerName: actor.name,
        procuratorateId: actor.organisationId,
      },
    }),
    db.eventLog.create({
      data: eventRow(actor, {
        type: "supervision.opened",
        disputeId: input.disputeId,
        subjectType: "SupervisionCase",
        subjectId: id,
        summary: "检察机关立案监督",
        occurredAt: now,
      }),
    }),
  ]);
  return created;
}
