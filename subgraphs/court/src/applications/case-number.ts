import { invalidInput } from "@hub/subgraph-kit";
import type { Prisma } from "../../generated/client";
import { CASE_CODE_RULE } from "../courts/court-codes";

/** 民特: the type code of special-procedure civil cases, confirmation of mediation agreements among them. */
export const SPECIAL_PROCEDURE_TYPE_CODE = "民特";

export interface CaseNumber {
  /** 收案年度 */
  year: number;
  /** 法院代字, e.g. 内0202 */
  courtCode: string;
  /** 类型代字, e.g. 民特 */
  typeCode: string;
  /** 案件编号, from 1 */
  sequence: number;
}

// (year) court code, type code (with the optional one-character specialised-trial code before it), sequence, 号.
const CASE_NUMBER = /^\((\d{4})\)(内(?:\d{4}|\d{2})?)([\u4e00-\u9fa5]{1,5}?)([1-9]\d*)号$/;

/** The canonical form, with half-width brackets: (2026)内0202民特15号. */
export function formatCaseNumber(number: CaseNumber): string {
  return `(${number.year})${number.courtCode}${number.typeCode}${number.sequence}号`;
}

/**
 * Reads a case number written with full- or half-width brackets and digits (（２０２６）内0202民特15号),
 * or returns null when it does not follow 法〔2015〕137号.
 */
export function parseCaseNumber(raw: string): CaseNumber | null {
  const text = raw.normalize("NFKC").trim();
  const match = CASE_NUMBER.exec(text);
  if (!match) return null;
  const [, year, courtCode, typeCode, sequence] = match as unknown as [string, string, string, string, string];
  return { year: Number(year), courtCode, typeCode, sequence: Number(sequence) };
}

/** Like parseCaseNumber, but refuses a malformed number naming `field`. */
export function checkCaseNumber(raw: string, field: string): CaseNumber {
  const parsed = parseCaseNumber(raw);
  if (parsed) return parsed;
  throw invalidInput(field, CASE_CODE_RULE, {
    zh: `案号“${raw}”格式不正确，应如（2026）内0202民特15号`,
    en: `Case number "${raw}" is malformed; expected e.g. (2026)内0202民特15号`,
  });
}

/** The calendar year of `at` in China Standard Time. */
export function yearInChina(at: Date): number {
  return new Date(at.getTime() + 8 * 60 * 60 * 1000).getUTCFullYear();
}

/**
 * Allocates the next case number of `courtId` for the type and year, inside the caller's
 * transaction. The increment takes the counter row's lock, so concurrent acceptances queue and
 * numbers have no gaps or duplicates; a transaction that rolls back gives its number back.
 */
export async function nextCaseNumber(
  tx: Prisma.TransactionClient,
  court: { id: string; caseCode: string },
  typeCode: string,
  at: Date,
): Promise<string> {
  const year = yearInChina(at);
  const [row] = await tx.$queryRaw<{ last: number }[]>`
    INSERT INTO case_number_counter (court_id, type_code, year, last) VALUES (${court.id}::uuid, ${typeCode}, ${year}, 1)
    ON CONFLICT (court_id, type_code, year) DO UPDATE SET last = case_number_counter.last + 1
    RETURNING last`;
  if (!row) throw new Error("case number counter returned no row");
  return formatCaseNumber({ year, courtCode: court.caseCode, typeCode, sequence: row.last });
}

/**
 * A 民特 number the court's case-management system issued, entered by the clerk: 法〔2015〕137号
 * format (full- or half-width brackets and digits), this court's code (内…), the 民特 type, and the
 * year of filing or acceptance (收案年度). Returned in the canonical form.
 */
export function checkCourtSystemNumber(raw: string, court: { caseCode: string }, years: number[], field: string): string {
  const parsed = checkCaseNumber(raw, field);
  const problems = [
    parsed.courtCode === court.caseCode ? null : `court code ${parsed.courtCode} is not this court's ${court.caseCode}`,
    parsed.typeCode === SPECIAL_PROCEDURE_TYPE_CODE ? null : `type code ${parsed.typeCode} is not ${SPECIAL_PROCEDURE_TYPE_CODE}`,
    years.includes(parsed.year) ? null : `year ${parsed.year} is not the year of filing or acceptance`,
  ].filter((problem): problem is string => problem !== null);
  if (problems.length === 0) return formatCaseNumber(parsed);
  throw invalidInput(field, CASE_CODE_RULE, {
    zh: `案号“${raw}”不是本院本年度的民特案号（应如（${years[years.length - 1]}）${court.caseCode}民特15号）`,
    en: `Case number "${raw}" is not one of this court's 民特 numbers for the year: ${problems.join("; ")}`,
  });
}
