import { randomUUID } from "node:crypto";
import { createOnce, eventRow, idempotencyClaim, type Actor } from "@hub/subgraph-kit";
import type { SupervisionCase as SupervisionCaseRow } from "../../generated/client";
import type { ProcuratorateDb } from "../db";
import type { OpenSupervisionCaseInput } from "./open-supervision-case.input";
import { validateOpenInput } from "./open-supervision-case.validation";

/**
 * 立案: records a supervision case on a dispute, opened by the acting prosecutor for their
 * procuratorate. A repeated idempotency key returns the case first opened.
 */
export async function openSupervisionCase(
  db: ProcuratorateDb,
  actor: Actor,
  raw: OpenSupervisionCaseInput,
  now = new Date(),
): Promise<SupervisionCaseRow> {
  const id = randomUUID();
  const claim = idempotencyClaim("openSupervisionCase", actor, raw, id);
  const input = validateOpenInput(raw);
  return createOnce(
    db,
    claim,
    "input.idempotencyKey",
    async (tx) => {
      const created = await tx.supervisionCase.create({
        data: {
          id,
          disputeId: input.disputeId,
          grounds: input.grounds,
          summary: input.summary,
          status: "OPEN",
          openedAt: now,
          openedByOfficerId: actor.userId,
          openedByOfficerName: actor.name,
          procuratorateId: actor.organisationId?.toLowerCase() ?? null,
          jurisdictionCode: actor.jurisdictionCode,
        },
      });
      await tx.eventLog.create({
        data: eventRow(actor, {
          type: "supervision.opened",
          disputeId: input.disputeId,
          subjectType: "SupervisionCase",
          subjectId: id,
          summary: "检察机关立案监督",
          occurredAt: now,
        }),
      });
      return created;
    },
    (caseId) => db.supervisionCase.findUniqueOrThrow({ where: { id: caseId } }),
  );
}
