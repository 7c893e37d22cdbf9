import { invalidInput } from "@hub/subgraph-kit";
import { levelOfCode, DivisionLevel } from "../divisions/division-code";
import { parseResidentId, type ResidentIdProblem } from "../persons/resident-id";
import type { ReceiveDisputeInput } from "./receive-dispute.input";

const MAX_TEXT = 20_000;
const MAX_NAME = 100;
const CLOCK_SKEW_MS = 5 * 60 * 1000;

function requireText(value: string, field: string, label: { zh: string; en: string }, max: number): string {
  const text = value.trim();
  if (!text) throw invalidInput(field, "required", { zh: `${label.zh}不能为空`, en: `${label.en} is required` });
  if (text.length > max) {
    throw invalidInput(field, `max ${max} characters`, { zh: `${label.zh}不能超过${max}字`, en: `${label.en} exceeds ${max} characters` });
  }
  return text;
}

const ID_PROBLEMS: Record<ResidentIdProblem, { zh: string; en: string }> = {
  FORMAT: { zh: "应为18位，前17位为数字，末位为数字或X", en: "must be 18 characters: 17 digits and a digit or X" },
  ADDRESS_CODE: { zh: "前6位地址码无效", en: "the 6-digit address code is invalid" },
  BIRTH_DATE: { zh: "第7至14位出生日期无效", en: "the birth date (characters 7-14) is not a real past date" },
  CHECK_CHARACTER: { zh: "校验码不符（ISO 7064 MOD 11-2）", en: "the check character does not match (ISO 7064 MOD 11-2)" },
};

function checkIdNumber(raw: string, kind: string, field: string, now: Date): string {
  if (kind !== "PERSON") {
    throw invalidInput(field, "GB 11643 applies to natural persons", {
      zh: "居民身份证号码只适用于自然人当事人",
      en: "A resident ID number applies only to a natural person",
    });
  }
  const parsed = parseResidentId(raw, now);
  if (typeof parsed === "string") {
    const problem = ID_PROBLEMS[parsed];
    throw invalidInput(
      field,
      "GB 11643",
      { zh: `居民身份证号码无效：${problem.zh}`, en: `Invalid resident ID number: ${problem.en}` },
      { problem: parsed },
    );
  }
  return parsed.value;
}

/** Checks everything that needs no database; returns the input trimmed. */
export function validateReceiveInput(input: ReceiveDisputeInput, now: Date): ReceiveDisputeInput {
  const facts = requireText(input.facts, "input.facts", { zh: "事实", en: "Facts" }, MAX_TEXT);
  const claims = requireText(input.claims, "input.claims", { zh: "请求事项", en: "Claims" }, MAX_TEXT);

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

  const parties = input.parties.map((party, index) => ({
    ...party,
    name: requireText(party.name, `input.parties.${index}.name`, { zh: "当事人姓名或名称", en: "A party's name" }, MAX_NAME),
    idNumber:
      party.idNumber == null || party.idNumber.trim() === ""
        ? null
        : checkIdNumber(party.idNumber, party.kind, `input.parties.${index}.idNumber`, now),
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
