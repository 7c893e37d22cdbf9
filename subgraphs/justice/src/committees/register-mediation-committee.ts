import {
  checkUuid,
  ErrorCode,
  eventRow,
  HubError,
  idempotencyClaim,
  invalidInput,
  isUniqueViolation,
  requireRole,
  runIdempotently,
} from "@hub/subgraph-kit";
import type { MediationCommittee as CommitteeRow, Prisma } from "../../generated/client";
import type { JusticeContext } from "../context";
import { checkCommitteeDivisionCode } from "./division-code";
import type { RegisterMediationCommitteeInput } from "./register-mediation-committee.input";

const MAX_NAME = 100;

function sameRegistration(row: CommitteeRow, name: string, divisionCode: string, multiEthnicArea: boolean): boolean {
  return row.name === name && row.divisionCode === divisionCode && row.multiEthnicArea === multiEthnicArea;
}

function conflict(): HubError {
  return new HubError(
    ErrorCode.CONFLICT,
    { zh: "该编号已登记为另一人民调解委员会", en: "This id is already registered to another mediation committee" },
    { field: "input.id" },
  );
}

/**
 * 登记人民调解委员会. Idempotent by id, even when two registrations arrive at once; an idempotency
 * key adds that the same key with another payload is a CONFLICT on the key.
 */
export async function registerMediationCommittee(context: JusticeContext, input: RegisterMediationCommitteeInput): Promise<CommitteeRow> {
  requireRole(context, ["JUSTICE_OFFICER"], "registerMediationCommittee");
  checkUuid(input.id, "input.id");
  const name = input.name.trim();
  if (!name) throw invalidInput("input.name", "required", { zh: "调解委员会名称不能为空", en: "The committee's name is required" });
  if (name.length > MAX_NAME) {
    throw invalidInput("input.name", `max ${MAX_NAME} characters`, {
      zh: `调解委员会名称不能超过${MAX_NAME}字`,
      en: `The committee's name exceeds ${MAX_NAME} characters`,
    });
  }
  checkCommitteeDivisionCode(input.divisionCode, "input.divisionCode");
  const { db } = context;
  return runIdempotently(
    db,
    idempotencyClaim("registerMediationCommittee", context.actor, input, input.id),
    "input.idempotencyKey",
    (claimIn) => register(context, input.id, name, input.divisionCode, input.multiEthnicArea ?? true, claimIn),
    (id) => db.mediationCommittee.findUniqueOrThrow({ where: { id } }),
  );
}

async function register(
  context: JusticeContext,
  id: string,
  name: string,
  divisionCode: string,
  multiEthnicArea: boolean,
  claimIn: (tx: Prisma.TransactionClient) => Promise<void>,
): Promise<CommitteeRow> {
  const { db } = context;
  const existing = await db.mediationCommittee.findUnique({ where: { id } });
  if (existing) {
    if (!sameRegistration(existing, name, divisionCode, multiEthnicArea)) throw conflict();
    await db.$transaction((tx) => claimIn(tx));
    return existing;
  }
  try {
    const created = await db.$transaction(async (tx) => {
      await claimIn(tx);
      const committee = await tx.mediationCommittee.create({ data: { id, name, divisionCode, multiEthnicArea } });
      await tx.eventLog.create({
        data: eventRow(context.actor, {
          type: "committee.registered",
          disputeId: null,
          subjectType: "MediationCommittee",
          subjectId: id,
          summary: `登记人民调解委员会${name}`,
          occurredAt: context.now,
          payload: { committeeId: id, divisionCode },
        }),
      });
      return committee;
    });
    context.log.info({ committeeId: created.id, divisionCode: created.divisionCode }, "mediation committee registered");
    return created;
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // A concurrent registration of the same id won the insert: answer as a retry would.
    const winner = await db.mediationCommittee.findUnique({ where: { id } });
    if (winner && sameRegistration(winner, name, divisionCode, multiEthnicArea)) return winner;
    throw conflict();
  }
}
