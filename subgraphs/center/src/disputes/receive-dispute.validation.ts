import { invalidInput, requiredText } from "@hub/subgraph-kit";
import { levelOfCode, DivisionLevel } from "../divisions/division-code";
import { checkPartyCreditCode } from "../organisations/check-credit-code";
import { checkPartyContact } from "../persons/check-contact";
import { checkIdNumber } from "../persons/check-id-number";
import { DEFAULT_RECEIVED_AT_FLOOR } from "../config/intake";
import type { ReceiveDisputeInput } from "./receive-dispute.input";

const MAX_TEXT = 20_000;
const MAX_NAME = 100;
const CLOCK_SKEW_MS = 5 * 60 * 1000;

/** Checks everything that needs no database; returns the input trimmed. */
export function validateReceiveInput(
  input: ReceiveDisputeInput,
  now: Date,
  receivedAtFloor: Date = DEFAULT_RECEIVED_AT_FLOOR,
): ReceiveDisputeInput {
  const facts = requiredText(input.facts, "input.facts", { zh: "事实", en: "Facts" }, MAX_TEXT);
  const claims = requiredText(input.claims, "input.claims", { zh: "请求事项", en: "Claims" }, MAX_TEXT);

  if (levelOfCode(input.placeCode) !== DivisionLevel.TOWNSHIP) {
    throw invalidInput("input.placeCode", "GB/T 10114 township code", {
      zh: `纠纷发生地“${input.placeCode}”须为9位乡镇（苏木、街道）区划代码`,
      en: `Place "${input.placeCode}" must be a 9-digit township-level division code`,
    });
  }
  if (input.amountFen != null && input.amountFen < 0) {
    throw invalidInput("input.amountFen", "non-negative", { zh: "争议金额不能为负数", en: "The amount in dispute cannot be negative" });
  }
  if (input.gridCode != null && !/^[A-Za-z0-9-]{1,32}$/.test(input.gridCode)) {
    throw invalidInput("input.gridCode", "1-32 letters, digits or hyphens", { zh: "网格编号格式不正确", en: "The grid code is malformed" });
  }
  if (input.receivedAt && input.receivedAt.getTime() > now.getTime() + CLOCK_SKEW_MS) {
    throw invalidInput("input.receivedAt", "not in the future", {
      zh: "受理时间不能晚于当前时间",
      en: "The time received cannot be in the future",
    });
  }
  if (input.receivedAt && input.receivedAt.getTime() < receivedAtFloor.getTime()) {
    const floor = receivedAtFloor.toISOString();
    throw invalidInput("input.receivedAt", `not before ${floor} (CENTER_RECEIVED_AT_FLOOR)`, {
      zh: `受理时间不能早于${floor}`,
      en: `The time received cannot be before ${floor}`,
    });
  }

  const parties = input.parties.map((party, index) => ({
    ...party,
    name: requiredText(party.name, `input.parties.${index}.name`, { zh: "当事人姓名或名称", en: "A party's name" }, MAX_NAME),
    idNumber:
      party.idNumber == null || party.idNumber.trim() === ""
        ? null
        : checkIdNumber(party.idNumber, party.kind, `input.parties.${index}.idNumber`, now),
    creditCode: checkPartyCreditCode(party.creditCode, party.kind, `input.parties.${index}.creditCode`),
    ...checkPartyContact(party, `input.parties.${index}`, now),
  }));
  const roles = new Set(parties.map((party) => party.role));
  // A resident scanning a QR code may not know the other side; the centre completes it.
  if (!roles.has("APPLICANT") || (!roles.has("RESPONDENT") && input.channel !== "QR_CODE")) {
    throw invalidInput("input.parties", "at least one applicant and one respondent", {
      zh: "纠纷须至少有一名申请人和一名被申请人",
      en: "A dispute needs at least one applicant and one respondent",
    });
  }
  return { ...input, facts, claims, parties };
}
