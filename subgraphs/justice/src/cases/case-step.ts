import { checkUuid, ErrorCode, HubError, notFound, requireRole } from "@hub/subgraph-kit";
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

const MAX_ATTEMPTS = 3;

/**
 * Moves the case by `event` and runs `write` in the same transaction, with the updated case row.
 * The update is conditional on the state the step was decided from; if another request changed
 * the case meanwhile, the case is read again and the machine decides afresh (so of two clerks
 * racing, the loser gets the machine's refusal, or goes ahead when the step is still allowed).
 */
export async function commitCaseStep<T>(
  db: JusticeDb,
  row: MediationCaseRow,
  event: MediationCaseEvent,
  data: Prisma.MediationCaseUncheckedUpdateManyInput,
  write: (tx: Prisma.TransactionClient, updated: MediationCaseRow) => Promise<T>,
): Promise<T> {
  let current = row;
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const next = nextCaseStatus(current, event);
    const from = current;
    const outcome = await db.$transaction(async (tx) => {
      const { count } = await tx.mediationCase.updateMany({ where: { id: from.id, status: from.status }, data: { ...data, status: next } });
      if (count === 0) return null;
      const updated = await tx.mediationCase.findUniqueOrThrow({ where: { id: from.id } });
      return { value: await write(tx, updated) };
    });
    if (outcome) return outcome.value;
    current = await db.mediationCase.findUniqueOrThrow({ where: { id: row.id } });
  }
  throw new HubError(
    ErrorCode.CONFLICT,
    { zh: "该调解案件正被他人同时修改，请刷新后重试", en: "The mediation case is being changed by someone else; reload it and try again" },
    { caseId: row.id },
  );
}
