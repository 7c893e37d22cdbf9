import { ErrorCode, HubError, invalidInput, type Actor } from "@hub/subgraph-kit";

const CENTRE_ROLES = ["CENTRE_OFFICER", "CENTRE_SUPERVISOR"];

/** A caller receiving as a partner system: it holds PARTNER_SYSTEM and no centre role. */
export function receivesAsPartner(actor: Actor): boolean {
  return actor.roles.includes("PARTNER_SYSTEM") && !actor.roles.some((role) => CENTRE_ROLES.includes(role));
}

/**
 * A partner system hands a dispute over through its own channel, to a centre it names, and only
 * a centre and a place within its jurisdiction (the partner's organisation keys its idempotency).
 */
export function checkPartnerIntake(
  actor: Actor,
  input: { channel: string; receivingCentreId?: string | null; placeCode: string },
  centre: { divisionCode: string } | null,
): void {
  if (input.channel !== "PARTNER_SYSTEM") {
    throw invalidInput("input.channel", "partner channel", {
      zh: "合作系统移交的纠纷，受理渠道须为 PARTNER_SYSTEM",
      en: "A dispute handed over by a partner system comes through channel PARTNER_SYSTEM",
    });
  }
  if (!input.receivingCentreId) {
    throw invalidInput("input.receivingCentreId", "required", {
      zh: "合作系统须指定受理中心",
      en: "A partner system names the receiving centre",
    });
  }
  const jurisdiction = actor.jurisdictionCode;
  const outside = (field: string, what: { zh: string; en: string }) =>
    new HubError(
      ErrorCode.FORBIDDEN,
      {
        zh: `${what.zh}不在本系统的管辖范围（${jurisdiction ?? "无"}）内`,
        en: `${what.en} lies outside this system's jurisdiction (${jurisdiction ?? "none"})`,
      },
      { field, reason: "OUTSIDE_JURISDICTION" },
    );
  if (!jurisdiction) throw outside("input.receivingCentreId", { zh: "受理中心", en: "The receiving centre" });
  if (centre && !centre.divisionCode.startsWith(jurisdiction))
    throw outside("input.receivingCentreId", { zh: "受理中心", en: "The receiving centre" });
  if (!input.placeCode.startsWith(jurisdiction)) throw outside("input.placeCode", { zh: "纠纷发生地", en: "The place of the dispute" });
}
