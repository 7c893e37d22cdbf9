import { randomUUID } from "node:crypto";
import type { Actor } from "@hub/subgraph-kit";
import type { SupervisionCase as SupervisionCaseRow } from "../../generated/client";
import type { ProcuratorateDb } from "../db";
import type { OpenSupervisionCaseInput } from "./open-supervision-case.input";
import { validateOpenInput } from "./open-supervision-case.validation";

/** 立案: records a supervision case on a dispute, opened by the acting prosecutor for their procuratorate. */
export async function openSupervisionCase(db: ProcuratorateDb, actor: Actor, raw: OpenSupervisionCaseInput, now = new Date()): Promise<SupervisionCaseRow> {
  const input = validateOpenInput(raw);
  return db.supervisionCase.create({
    data: {
      id: randomUUID(),
      disputeId: input.disputeId,
      grounds: input.grounds,
      summary: input.summary,
      status: "OPEN",
      openedAt: now,
      openedByOfficerId: actor.userId,
      openedByOfficerName: actor.name,
      procuratorateId: actor.organisationId,
    },
  });
}
