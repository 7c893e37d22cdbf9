import { ErrorCode, HubError, invalidInput, optionalText, uniqueViolationColumns } from "@hub/subgraph-kit";
import type { ConfirmationApplication as ApplicationRow, Court as CourtRow } from "../../generated/client";
import { MATERIALS_RULE, missingMaterials } from "./application-record";
import type { CourtContext } from "../context";
import { requireCourtRole, requireOfficerOf } from "../courts/court-officer";
import { checkCourtSystemNumber, nextCaseNumber, SPECIAL_PROCEDURE_TYPE_CODE, yearInChina } from "./case-number";
import type { DecideConfirmationAcceptanceInput } from "./decide-acceptance.input";
import { JURISDICTION_RULE } from "./jurisdiction";
import { NOT_ACCEPTED_GROUND_LABELS } from "./not-accepted-ground";
import { loadApplication, transition } from "./transition";

const ACTION = "决定是否受理司法确认申请";

/** 民诉法解释 354: materials missing are supplied (限期补交) before the application is accepted. */
async function checkMaterialsComplete(context: CourtContext, application: ApplicationRow): Promise<void> {
  const missing = missingMaterials(application.materials);
  const open = await context.db.supplementOrder.findFirst({ where: { applicationId: application.id, suppliedAt: null } });
  if (missing.length === 0 && !open) return;
  throw new HubError(
    ErrorCode.REFUSED_BY_RULE,
    {
      zh: "申请材料不齐全，应当限期补交后再决定受理",
      en: "Materials are missing: the court orders them supplied by a deadline before deciding to accept",
    },
    { field: "input.applicationId", rule: MATERIALS_RULE, missingMaterials: open?.missing ?? missing, supplementOrderId: open?.id ?? null },
  );
}

/**
 * The case number on acceptance: the court's own case-management system's, entered by the clerk,
 * where the court runs one; the next in the hub's register only where the hub is the register.
 */
function caseNumberFor(court: CourtRow, application: ApplicationRow, raw: string | null | undefined, now: Date) {
  const entered = raw?.trim() || null;
  if (court.caseNumbers === "COURT_SYSTEM") {
    if (!entered) {
      throw invalidInput("input.caseNumber", "案号规定 法〔2015〕137号", {
        zh: "本院案号由法院案件管理系统编立，受理时须填写该系统的民特案号",
        en: "This court's numbers come from its case-management system: enter that system's 民特 number on acceptance",
      });
    }
    const years = [...new Set([yearInChina(application.filedAt), yearInChina(now)])];
    return { fromSystem: checkCourtSystemNumber(entered, court, years, "input.caseNumber") };
  }
  if (entered) {
    throw invalidInput("input.caseNumber", "案号规定 法〔2015〕137号", {
      zh: "本院案号由本平台按序编立，受理时不填写案号",
      en: "The hub is this court's register and issues the number; none is entered",
    });
  }
  return { fromSystem: null };
}

/**
 * 受理 / 裁定不予受理, by a clerk or judge of the court applied to. Accepting assigns the next
 * 民特 case number of that court and year in the same transaction.
 */
export async function decideAcceptance(
  context: CourtContext,
  input: DecideConfirmationAcceptanceInput,
  now: Date = context.now,
): Promise<ApplicationRow> {
  requireCourtRole(context, ["COURT_CLERK", "JUDGE"], ACTION, JURISDICTION_RULE);
  const { application, court } = await loadApplication(context, input.applicationId);
  requireOfficerOf(context, court, ACTION, JURISDICTION_RULE);
  const reason = optionalText(input.reason, "input.reason", { zh: "理由", en: "The reason" }, 2000);
  const decided = { acceptanceDecidedAt: now, acceptanceDecidedById: context.actor.userId, acceptanceDecidedByName: context.actor.name };

  if (input.accept) {
    if (input.notAcceptedGround) {
      throw invalidInput("input.notAcceptedGround", "民诉法解释 355", {
        zh: "受理申请时不应填写不予受理理由",
        en: "A ground for not accepting cannot be given when accepting",
      });
    }
    await checkMaterialsComplete(context, application);
    const { fromSystem } = caseNumberFor(court, application, input.caseNumber, now);
    try {
      return await accept(context, application, court, { ...decided, acceptanceReason: reason }, fromSystem, now);
    } catch (error) {
      if (!uniqueViolationColumns(error)?.includes("case_number")) throw error;
      throw new HubError(
        ErrorCode.CONFLICT,
        { zh: `案号“${fromSystem ?? ""}”已用于另一申请`, en: `Case number "${fromSystem ?? ""}" is already used by another application` },
        { field: "input.caseNumber", rule: "案号规定 法〔2015〕137号" },
      );
    }
  }

  const ground = input.notAcceptedGround;
  if (!ground) {
    throw invalidInput("input.notAcceptedGround", "民诉法解释 355", {
      zh: "裁定不予受理须写明民诉法解释第三百五十五条规定的理由",
      en: "Not accepting requires one of the grounds of 民诉法解释 355",
    });
  }
  return transition(
    context,
    application,
    "notAccept",
    {
      data: { ...decided, notAcceptedGround: ground, acceptanceReason: reason },
      event: () => ({
        type: "confirmation.not_accepted",
        summary: `${court.name}裁定不予受理：${NOT_ACCEPTED_GROUND_LABELS[ground]}`,
        payload: { notAcceptedGround: ground, courtId: court.id },
      }),
    },
    now,
  );
}

function accept(
  context: CourtContext,
  application: ApplicationRow,
  court: CourtRow,
  data: { acceptanceDecidedAt: Date; acceptanceDecidedById: string; acceptanceDecidedByName: string; acceptanceReason: string | null },
  fromSystem: string | null,
  now: Date,
): Promise<ApplicationRow> {
  return transition(
    context,
    application,
    "accept",
    {
      data: fromSystem ? { ...data, caseNumber: fromSystem } : data,
      then: fromSystem ? undefined : async (tx) => ({ caseNumber: await nextCaseNumber(tx, court, SPECIAL_PROCEDURE_TYPE_CODE, now) }),
      event: (row) => ({
        type: "confirmation.accepted",
        summary: `${court.name}受理司法确认申请，案号${row.caseNumber}`,
        payload: { caseNumber: row.caseNumber, courtId: court.id, caseNumberSource: court.caseNumbers },
      }),
    },
    now,
  );
}
