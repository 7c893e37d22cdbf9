import {
  type Actor,
  checkDivisionCode,
  checkUuid,
  ErrorCode,
  eventRow,
  HubError,
  idempotencyClaim,
  invalidInput,
  isUniqueViolation,
  runIdempotently,
} from "@hub/subgraph-kit";
import type { Centre as CentreRow, Prisma } from "../../generated/client";
import type { CenterContext } from "../context";
import { requireJurisdiction } from "../oversight/supervisor-authority";
import type { RegisterCentreInput } from "./register-centre.input";

function conflict(): HubError {
  return new HubError(
    ErrorCode.CONFLICT,
    { zh: "该编号已登记为另一中心", en: "This id is already registered to another centre" },
    { field: "input.id" },
  );
}

/**
 * Registers a 综治中心. Idempotent by id, even when two registrations arrive at once; an
 * idempotency key adds that the same key with another payload is a CONFLICT on the key.
 */
export async function registerCentre(context: CenterContext, input: RegisterCentreInput): Promise<CentreRow> {
  checkUuid(input.id, "input.id");
  checkDivisionCode(input.divisionCode, "input.divisionCode");
  // A supervisor registers centres within their own jurisdiction only (督办 acts within its area).
  requireJurisdiction(context, input.divisionCode, "registerCentre");
  const name = input.name.trim();
  if (!name) throw invalidInput("input.name", "required", { zh: "中心名称不能为空", en: "The centre's name is required" });
  if (!(await context.loaders.divisionByCode.load(input.divisionCode))) {
    throw invalidInput("input.divisionCode", "GB/T 2260 / GB/T 10114", {
      zh: `区划代码“${input.divisionCode}”不存在`,
      en: `Division code "${input.divisionCode}" does not exist`,
    });
  }
  const { db } = context;
  return runIdempotently(
    db,
    idempotencyClaim("registerCentre", context.actor, input, input.id),
    "input.idempotencyKey",
    (claimIn) => register(db, context.actor, context.now, { id: input.id, name, divisionCode: input.divisionCode }, claimIn),
    (id) => db.centre.findUniqueOrThrow({ where: { id } }),
  );
}

async function register(
  db: CenterContext["db"],
  actor: Actor,
  now: Date,
  wanted: { id: string; name: string; divisionCode: string },
  claimIn: (tx: Prisma.TransactionClient) => Promise<void>,
): Promise<CentreRow> {
  const same = (row: CentreRow) => row.name === wanted.name && row.divisionCode === wanted.divisionCode;
  const existing = await db.centre.findUnique({ where: { id: wanted.id } });
  if (existing) {
    if (!same(existing)) throw conflict();
    await db.$transaction((tx) => claimIn(tx));
    return existing;
  }
  try {
    return await db.$transaction(async (tx) => {
      await claimIn(tx);
      const created = await tx.centre.create({ data: wanted });
      await tx.eventLog.create({
        data: eventRow(actor, {
          type: "centre.registered",
          disputeId: null,
          subjectType: "Centre",
          subjectId: wanted.id,
          summary: `登记综治中心${wanted.name}`,
          occurredAt: now,
          payload: { centreId: wanted.id, divisionCode: wanted.divisionCode },
        }),
      });
      return created;
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // A concurrent registration of the same id won the insert: answer as a retry would.
    const winner = await db.centre.findUnique({ where: { id: wanted.id } });
    if (winner && same(winner)) return winner;
    throw conflict();
  }
}
