import { checkDivisionCode, invalidInput } from "@hub/subgraph-kit";
import type { CenterDb } from "../db";
import { MAX_ADDRESS_DETAIL } from "./address";
import type { AddressInput } from "./address.input";
import type { AgentInput } from "./agent.input";
import { checkIdNumber } from "./check-id-number";
import { parsePhone, type PhoneProblem } from "./phone";

const PHONE_PROBLEMS: Record<PhoneProblem, { zh: string; en: string }> = {
  FORMAT: { zh: "只能包含数字（可带 +86、空格、连字符、括号）", en: "may hold only digits (and +86, spaces, hyphens, parentheses)" },
  MOBILE: { zh: "手机号码应为11位，以13至19开头", en: "a mobile number is 11 digits starting 13 to 19" },
  LANDLINE: {
    zh: "固定电话应为区号（010、02X为3位，其余4位）加7至8位号码",
    en: "a landline is an area code (010 and 02x: 3 digits, others 4) and a 7- or 8-digit number",
  },
};

const PHONE_RULE = "mainland phone number: mobile 1[3-9]xxxxxxxxx or landline 0area-number";

/** The phone in canonical form (13812345678, 0471-6591234), or BAD_USER_INPUT naming `field`. */
export function checkPhone(raw: string, field: string): string {
  const parsed = parsePhone(raw);
  if (typeof parsed !== "string") return parsed.value;
  const problem = PHONE_PROBLEMS[parsed];
  throw invalidInput(
    field,
    PHONE_RULE,
    { zh: `电话号码无效：${problem.zh}`, en: `Invalid phone number: ${problem.en}` },
    { problem: parsed },
  );
}

function checkAddress(address: AddressInput, field: string): AddressInput {
  checkDivisionCode(address.divisionCode, `${field}.divisionCode`, {
    levels: ["COUNTY", "TOWNSHIP"],
    rule: "GB/T 2260 county or GB/T 10114 township code",
  });
  const detail = address.detail.trim();
  if (!detail || [...detail].length > MAX_ADDRESS_DETAIL) {
    throw invalidInput(`${field}.detail`, `1-${MAX_ADDRESS_DETAIL} characters`, {
      zh: `详细地址不能为空，且不超过${MAX_ADDRESS_DETAIL}字`,
      en: `The address detail is required and at most ${MAX_ADDRESS_DETAIL} characters`,
    });
  }
  return { divisionCode: address.divisionCode, detail };
}

function checkAgent(agent: AgentInput, field: string, now: Date): AgentInput {
  const name = agent.name.trim();
  if (!name || name.length > 100) {
    throw invalidInput(`${field}.name`, "1-100 characters", { zh: "代理人姓名不能为空", en: "The agent's name is required" });
  }
  return {
    name,
    idNumber: checkIdNumber(agent.idNumber, "PERSON", `${field}.idNumber`, now),
    phone: agent.phone == null || agent.phone.trim() === "" ? null : checkPhone(agent.phone, `${field}.phone`),
  };
}

interface PartyContactInput {
  kind: string;
  idNumber?: string | null;
  phone?: string | null;
  address?: AddressInput | null;
  agent?: AgentInput | null;
}

/**
 * A party's phone, address and agent, checked (`field` is the party's path, e.g.
 * `input.parties.0`). Contact data lives on a natural person's root record, so it needs the
 * person's ID number; the hub does not keep contact data it cannot attach to someone.
 */
export function checkPartyContact(party: PartyContactInput, field: string, now: Date) {
  const phone = party.phone == null || party.phone.trim() === "" ? null : party.phone;
  const address = party.address ?? null;
  const contactField = phone !== null ? `${field}.phone` : `${field}.address`;
  if ((phone !== null || address !== null) && (party.kind !== "PERSON" || !party.idNumber?.trim())) {
    throw invalidInput(contactField, "contact data belongs to a natural person identified by the ID number", {
      zh: "电话和住址记录在自然人根数据上，须为自然人当事人并填写居民身份证号码",
      en: "A phone or address is recorded on a natural person's root record: the party must be a person with an ID number",
    });
  }
  return {
    phone: phone === null ? null : checkPhone(phone, `${field}.phone`),
    address: address === null ? null : checkAddress(address, `${field}.address`),
    agent: party.agent ? checkAgent(party.agent, `${field}.agent`, now) : null,
  };
}

/** Every address division must exist in the tree: BAD_USER_INPUT naming the first that does not. */
export async function checkAddressDivisions(db: CenterDb, parties: readonly { address?: AddressInput | null }[]): Promise<void> {
  const codes = [...new Set(parties.flatMap((party) => (party.address ? [party.address.divisionCode] : [])))];
  if (codes.length === 0) return;
  const known = new Set((await db.division.findMany({ where: { code: { in: codes } }, select: { code: true } })).map((row) => row.code));
  const index = parties.findIndex((party) => party.address && !known.has(party.address.divisionCode));
  const missing = parties[index]?.address;
  if (missing) {
    throw invalidInput(`input.parties.${index}.address.divisionCode`, "GB/T 2260 / GB/T 10114", {
      zh: `住址区划代码“${missing.divisionCode}”不存在`,
      en: `Address division code "${missing.divisionCode}" does not exist`,
    });
  }
}
