import { randomUUID } from "node:crypto";
import { dueAt, ErrorCode, HubError, invalidInput, isUniqueViolation } from "@hub/subgraph-kit";
import type { RulingService as ServiceRow } from "../../generated/client";
import type { CourtContext } from "../context";
import { applicationEvent, applicationForStep, pastOrNow, requireApplicant } from "./procedure-step";
import type { RecordRulingServiceInput } from "./ruling-service.input";

export const OBJECTION_RULE = "民诉法解释 372";

/** 送达: the ruling (valid or rejecting) served on one party; that party's 15 days to object run from it. */
export async function recordRulingService(
  context: CourtContext,
  input: RecordRulingServiceInput,
  now: Date = context.now,
): Promise<ServiceRow> {
  const { application } = await applicationForStep(context, input.applicationId, {
    action: "登记裁定送达",
    rule: OBJECTION_RULE,
    roles: ["COURT_CLERK", "JUDGE"],
    statuses: ["CONFIRMED_VALID", "REJECTED"],
  });
  const partyId = requireApplicant(application, input.partyId, "input.partyId", OBJECTION_RULE);
  const servedAt = pastOrNow(input.servedAt, now, "input.servedAt");
  if (application.ruledAt && servedAt.getTime() < application.ruledAt.getTime()) {
    throw invalidInput("input.servedAt", OBJECTION_RULE, {
      zh: "送达日期不能早于裁定日期",
      en: "A ruling cannot be served before it is made",
    });
  }
  const objectionDeadline = dueAt(servedAt, context.deadlines.partyObjection);
  try {
    return await context.db.$transaction(async (tx) => {
      const service = await tx.rulingService.create({
        data: {
          id: randomUUID(),
          applicationId: application.id,
          partyId,
          servedAt,
          method: input.method,
          objectionDeadline,
          recordedAt: now,
          recordedById: context.actor.userId,
          recordedByName: context.actor.name,
        },
      });
      await applicationEvent(
        tx,
        context,
        application,
        {
          type: "confirmation.ruling_served",
          summary: `裁定书已送达当事人（${input.method}）`,
          payload: { partyId, servedAt: servedAt.toISOString(), method: input.method, objectionDeadline: objectionDeadline.toISOString() },
        },
        now,
      );
      return service;
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    throw new HubError(
      ErrorCode.CONFLICT,
      { zh: "该当事人的送达已记录", en: "Service on this party is already recorded" },
      { field: "input.partyId", rule: OBJECTION_RULE },
    );
  }
}
