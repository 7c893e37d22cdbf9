import { randomUUID } from "node:crypto";
import {
  computeDeadline,
  ErrorCode,
  HubError,
  invalidInput,
  isUniqueViolation,
  LostRace,
  lostRaceConflict,
  optionalText,
} from "@hub/subgraph-kit";
import type { ConfirmationApplication as ApplicationRow, SupplementOrder as SupplementRow } from "../../generated/client";
import { MATERIALS_RULE } from "../applications/application-record";
import { transition } from "../applications/transition";
import type { CourtContext } from "../context";
import { LOCKING_TRANSACTION } from "../db";
import { applicationEvent, applicationForStep } from "./procedure-step";
import type { DeemConfirmationWithdrawnInput } from "./deem-withdrawn.input";
import type { OrderMaterialsSupplementInput } from "./order-materials-supplement.input";
import type { RecordMaterialsSuppliedInput } from "./record-materials-supplied.input";

const DEEMED_WITHDRAWN_RULE = "民诉法解释 357(2)";
const BEFORE_RULING = ["FILED", "ACCEPTED", "UNDER_REVIEW"] as const;
const OFFICERS = ["COURT_CLERK", "JUDGE"] as const;

function openOrder(context: CourtContext, applicationId: string) {
  return context.db.supplementOrder.findFirst({ where: { applicationId, suppliedAt: null } });
}

/** 民诉法解释 354: the court orders missing materials supplied by a deadline; one open order at a time. */
export async function orderMaterialsSupplement(
  context: CourtContext,
  input: OrderMaterialsSupplementInput,
  now: Date = context.now,
): Promise<SupplementRow> {
  const { application } = await applicationForStep(context, input.applicationId, {
    action: "责令限期补交材料",
    rule: MATERIALS_RULE,
    roles: OFFICERS,
    statuses: BEFORE_RULING,
  });
  const missing = [...new Set(input.missing)];
  if (missing.length === 0) {
    throw invalidInput("input.missing", MATERIALS_RULE, { zh: "须列明应补交的材料", en: "Name the materials to be supplied" });
  }
  const counted = input.dueAt ? null : computeDeadline(now, context.deadlines.materialsSupplement);
  const due = input.dueAt ?? counted?.dueAt ?? now;
  if (due.getTime() <= now.getTime()) {
    throw invalidInput("input.dueAt", MATERIALS_RULE, { zh: "补交期限须晚于当前时间", en: "The deadline to supply must be in the future" });
  }
  try {
    return await context.db.$transaction(async (tx) => {
      const order = await tx.supplementOrder.create({
        data: {
          id: randomUUID(),
          applicationId: application.id,
          missing,
          orderedAt: now,
          dueAt: due,
          calendarMissingFor: counted?.calendarMissingFor ?? [],
          orderedById: context.actor.userId,
          orderedByName: context.actor.name,
        },
      });
      await applicationEvent(
        tx,
        context,
        application,
        {
          type: "confirmation.supplement_ordered",
          summary: `责令当事人于${due.toISOString().slice(0, 10)}前补交材料`,
          payload: { supplementOrderId: order.id, missing, dueAt: due.toISOString() },
        },
        now,
      );
      return order;
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    throw new HubError(
      ErrorCode.CONFLICT,
      { zh: "已有尚未补交的补交通知", en: "An order to supply materials is already open" },
      { field: "input.applicationId", rule: MATERIALS_RULE },
    );
  }
}

function noOpenOrder(): HubError {
  return new HubError(
    ErrorCode.REFUSED_BY_RULE,
    { zh: "没有待补交的材料", en: "No order to supply materials is open" },
    { field: "input.applicationId", rule: MATERIALS_RULE },
  );
}

/** The materials ordered were supplied: the order is closed and they count as filed. */
export async function recordMaterialsSupplied(
  context: CourtContext,
  input: RecordMaterialsSuppliedInput,
  now: Date = context.now,
): Promise<ApplicationRow> {
  const { application } = await applicationForStep(context, input.applicationId, {
    action: "登记补交材料",
    rule: MATERIALS_RULE,
    roles: OFFICERS,
    statuses: BEFORE_RULING,
  });
  const order = await openOrder(context, application.id);
  if (!order) throw noOpenOrder();
  const updated = await context.db
    .$transaction(async (tx) => {
      const { count } = await tx.supplementOrder.updateMany({
        where: { id: order.id, suppliedAt: null },
        data: { suppliedAt: now, suppliedById: context.actor.userId, suppliedByName: context.actor.name },
      });
      if (count === 0) throw noOpenOrder();
      // Conditional on the status checked above: a ruling or a withdrawal meanwhile leaves nothing to supply.
      const changed = await tx.confirmationApplication.updateMany({
        where: { id: application.id, status: application.status },
        data: { materials: [...new Set([...application.materials, ...order.missing])] },
      });
      if (changed.count === 0) throw new LostRace();
      const row = await tx.confirmationApplication.findUniqueOrThrow({ where: { id: application.id } });
      await applicationEvent(
        tx,
        context,
        row,
        {
          type: "confirmation.materials_supplied",
          summary: "当事人已补交材料",
          payload: { supplementOrderId: order.id, supplied: order.missing },
        },
        now,
      );
      return row;
    }, LOCKING_TRANSACTION)
    .catch(async (error: unknown) => {
      if (!(error instanceof LostRace)) throw error;
      const current = await context.db.confirmationApplication.findUnique({ where: { id: application.id } });
      throw lostRaceConflict({ zh: "该申请", en: "application" }, "input.applicationId", current?.status ?? null);
    });
  context.loaders.applicationById.clear(updated.id).prime(updated.id, updated);
  return updated;
}

/**
 * 民诉法解释 357(2): materials the court ordered not supplied by the deadline, without good reason,
 * the court may treat the application as withdrawn; not before the deadline has passed.
 */
export async function deemWithdrawn(
  context: CourtContext,
  input: DeemConfirmationWithdrawnInput,
  now: Date = context.now,
): Promise<ApplicationRow> {
  const { application } = await applicationForStep(context, input.applicationId, {
    action: "按撤回申请处理",
    rule: DEEMED_WITHDRAWN_RULE,
    roles: OFFICERS,
    statuses: BEFORE_RULING,
  });
  const order = await openOrder(context, application.id);
  if (!order || order.dueAt.getTime() >= now.getTime()) {
    throw new HubError(
      ErrorCode.REFUSED_BY_RULE,
      order
        ? {
            zh: `补交期限（${order.dueAt.toISOString()}）尚未届满，不能按撤回申请处理`,
            en: `The deadline to supply (${order.dueAt.toISOString()}) has not passed, so the application cannot be deemed withdrawn`,
          }
        : {
            zh: "没有逾期未补交的材料，不能按撤回申请处理",
            en: "No ordered material is overdue, so the application cannot be deemed withdrawn",
          },
      { field: "input.applicationId", rule: DEEMED_WITHDRAWN_RULE, supplementDueAt: order?.dueAt.toISOString() ?? null },
    );
  }
  const reason = optionalText(input.reason, "input.reason", { zh: "理由", en: "The reason" }, 2000);
  return transition(
    context,
    application,
    "withdraw",
    {
      data: {
        withdrawnAt: now,
        withdrawnById: context.actor.userId,
        withdrawnByName: context.actor.name,
        withdrawalReason: reason ?? "逾期未补交材料，按撤回申请处理",
        deemedWithdrawn: true,
      },
      event: (row) => ({
        type: "confirmation.withdrawn",
        summary: `当事人逾期未补交材料，按撤回司法确认申请处理${row.caseNumber ? `（${row.caseNumber}）` : ""}`,
        payload: { deemed: true, supplementOrderId: order.id, rule: DEEMED_WITHDRAWN_RULE },
      }),
    },
    now,
  );
}
