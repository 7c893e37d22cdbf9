import { checkUuid, ErrorCode, HubError, notFound, requireRole, transition, type StepWrite } from "@hub/subgraph-kit";
import type { MediationCase as MediationCaseRow, MediationCommittee as CommitteeRow, Prisma } from "../../generated/client";
import { requireCommitteeActor } from "../access";
import type { JusticeContext } from "../context";
import type { JusticeDb } from "../db";
import { mediationCaseMachine, type MediationCaseEvent } from "./case-machine";
import { MediationCaseStatus, MediationTerminationReason } from "./enums";

export const PARTY_REFUSAL_RULE = "人民调解法 art 17";

/** Loads the case a step is about and checks the actor may act on it (its committee, or the bureau over it). */
export async function loadCaseForStep(
  context: JusticeContext,
  caseId: string,
  action: string,
): Promise<{ row: MediationCaseRow; committee: CommitteeRow }> {
  requireRole(context, ["MEDIATOR", "JUSTICE_OFFICER"], action);
  checkUuid(caseId, "input.caseId");
  const row = await context.loaders.caseById.load(caseId);
  if (!row) throw notFound("MediationCase", caseId);
  const committee = await context.loaders.committeeById.load(row.committeeId);
  if (!committee) throw notFound("MediationCommittee", row.committeeId);
  requireCommitteeActor(context, committee, action);
  return { row, committee };
}

/**
 * The state `event` leads to from the case's current state. A case a party expressly refused is
 * not mediated any further (人民调解法 art 17), whatever the step; otherwise the machine decides.
 */
export function nextCaseStatus(row: MediationCaseRow, event: MediationCaseEvent): MediationCaseStatus {
  if (row.status === MediationCaseStatus.TERMINATED && row.terminationReason === MediationTerminationReason.PARTY_REFUSED) {
    throw new HubError(
      ErrorCode.REFUSED_BY_RULE,
      {
        zh: "当事人一方已明确拒绝调解，不得继续调解（人民调解法第十七条）",
        en: "A party has expressly refused mediation; it may not go on (人民调解法 art 17)",
      },
      { rule: PARTY_REFUSAL_RULE, caseId: row.id, refusedByPartyId: row.terminatedByPartyId, attempted: event },
    );
  }
  return mediationCaseMachine.next(row.status, event);
}

const MEDIATION_CASE = { zh: "调解案件", en: "mediation case" };

/**
 * Moves the case by `event` with the kit's write path and runs `write` in the same transaction,
 * with the updated case row, logging the events it answers. The update is conditional on the
 * state the step was decided from: of two clerks racing, the loser writes nothing and is refused
 * by the machine (or by art 17) when the winner's state no longer allows the step, and is a
 * CONFLICT otherwise. `claimIn` claims the step's key first in the transaction.
 */
export function commitCaseStep<T>(
  db: JusticeDb,
  row: MediationCaseRow,
  event: MediationCaseEvent,
  data: Prisma.MediationCaseUncheckedUpdateManyInput,
  write: (tx: Prisma.TransactionClient, updated: MediationCaseRow) => Promise<StepWrite<T>>,
  claimIn?: (tx: Prisma.TransactionClient) => Promise<void>,
): Promise<T> {
  nextCaseStatus(row, event);
  return transition(db, {
    machine: mediationCaseMachine,
    event,
    from: row.status,
    entity: MEDIATION_CASE,
    field: "input.caseId",
    ...(claimIn ? { claimIn } : {}),
    update: (tx, expected, next: MediationCaseStatus) =>
      tx.mediationCase.updateMany({ where: { id: row.id, status: expected }, data: { ...data, status: next } }),
    write: async (tx) => write(tx, await tx.mediationCase.findUniqueOrThrow({ where: { id: row.id } })),
    current: async () => {
      const fresh = await db.mediationCase.findUnique({ where: { id: row.id } });
      if (fresh) nextCaseStatus(fresh, event);
      return fresh?.status ?? null;
    },
  });
}
