import {
  checkDivisionCode,
  checkUuid,
  ErrorCode,
  eventRow,
  HubError,
  idempotencyClaim,
  requiredText,
  runIdempotently,
  type Actor,
} from "@hub/subgraph-kit";
import type { Court as CourtRow, Prisma } from "../../generated/client";
import { uniqueViolationColumns } from "@hub/subgraph-kit";
import type { CourtDb } from "../db";
import { CASE_CODE_RULE, checkCaseCode } from "./court-codes";
import type { RegisterCourtInput } from "./register-court.input";

const MAX_NAME = 100;

function validate(input: RegisterCourtInput): RegisterCourtInput {
  checkUuid(input.id, "input.id");
  const name = requiredText(input.name, "input.name", { zh: "法院名称", en: "The court's name" }, MAX_NAME);
  const caseCode = checkCaseCode(input.caseCode, input.level, "input.caseCode");
  checkDivisionCode(input.divisionCode, "input.divisionCode");
  return { ...input, name, caseCode, caseNumbers: input.caseNumbers ?? "HUB_REGISTER" };
}

function sameOrConflict(existing: CourtRow, input: RegisterCourtInput): CourtRow {
  const same =
    existing.name === input.name &&
    existing.level === input.level &&
    existing.caseCode === input.caseCode &&
    existing.divisionCode === input.divisionCode &&
    existing.caseNumbers === (input.caseNumbers ?? "HUB_REGISTER");
  if (same) return existing;
  throw new HubError(
    ErrorCode.CONFLICT,
    { zh: "该编号已登记为另一法院", en: "This id is already registered to another court" },
    { field: "input.id", courtId: existing.id },
  );
}

function caseCodeTaken(caseCode: string): HubError {
  return new HubError(
    ErrorCode.CONFLICT,
    { zh: `法院代字“${caseCode}”已被另一法院使用`, en: `Court code "${caseCode}" is already used by another court` },
    { field: "input.caseCode", rule: CASE_CODE_RULE },
  );
}

/**
 * Registers a court; repeating the same registration returns it, even when two arrive at once.
 * The caller's id already makes it idempotent; an idempotency key adds that the same key with
 * another payload is a CONFLICT on the key.
 */
export async function registerCourt(db: CourtDb, actor: Actor, raw: RegisterCourtInput, now: Date): Promise<CourtRow> {
  checkUuid(raw.id, "input.id");
  if (actor.organisationId?.toLowerCase() !== raw.id.toLowerCase()) {
    throw new HubError(
      ErrorCode.FORBIDDEN,
      { zh: "书记员只能登记本院", en: "A clerk registers their own court only" },
      { field: "input.id", rule: "the clerk's own court" },
    );
  }
  return runIdempotently(
    db,
    idempotencyClaim("registerCourt", actor, raw, raw.id),
    "input.idempotencyKey",
    (claimIn) => register(db, actor, now, raw, claimIn),
    (id) => db.court.findUniqueOrThrow({ where: { id } }),
  );
}

async function register(
  db: CourtDb,
  actor: Actor,
  now: Date,
  raw: RegisterCourtInput,
  claimIn: (tx: Prisma.TransactionClient) => Promise<void>,
): Promise<CourtRow> {
  const input = validate(raw);
  const existing = await db.court.findUnique({ where: { id: input.id } });
  if (existing) {
    const same = sameOrConflict(existing, input);
    await db.$transaction((tx) => claimIn(tx));
    return same;
  }
  try {
    return await db.$transaction(async (tx) => {
      await claimIn(tx);
      const court = await tx.court.create({
        data: {
          id: input.id,
          name: input.name,
          level: input.level,
          caseCode: input.caseCode,
          divisionCode: input.divisionCode,
          caseNumbers: input.caseNumbers ?? "HUB_REGISTER",
        },
      });
      await tx.eventLog.create({
        data: eventRow(actor, {
          type: "court.registered",
          disputeId: null,
          subjectType: "Court",
          subjectId: input.id,
          summary: `登记法院${input.name}（${input.caseCode}）`,
          occurredAt: now,
          payload: { courtId: input.id, level: input.level, caseCode: input.caseCode, divisionCode: input.divisionCode },
        }),
      });
      return court;
    });
  } catch (error) {
    const columns = uniqueViolationColumns(error);
    if (!columns) throw error;
    if (columns.includes("id")) {
      const winner = await db.court.findUnique({ where: { id: input.id } });
      if (winner) return sameOrConflict(winner, input);
    }
    if (columns.includes("case_code")) throw caseCodeTaken(input.caseCode);
    throw error;
  }
}
