import type { Block } from "./document";
import { plainDate } from "./dates";
import { nameOf, type DocumentParty } from "./parties";

export interface DocumentTerm {
  position: number;
  obligorPartyId: string;
  obligeePartyId: string;
  obligation: string;
  manner: string;
  place: string | null;
  deadline: string;
}

/** 一、孙志刚于2026年12月31日前向乌云其其格支付……（履行方式：银行转账；履行地点：……） */
export function termBlocks(terms: readonly DocumentTerm[], parties: readonly DocumentParty[]): Block[] {
  return [...terms]
    .sort((a, b) => a.position - b.position)
    .map((term, i) => ({
      kind: "paragraph" as const,
      text:
        `${ordinal(i + 1)}、${nameOf(parties, term.obligorPartyId)}于${plainDate(term.deadline)}前向${nameOf(parties, term.obligeePartyId)}${term.obligation}` +
        `（履行方式：${term.manner}${term.place ? `；履行地点：${term.place}` : ""}；履行期限：${plainDate(term.deadline)}前）。`,
    }));
}

const NUMERALS = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

/** 一 … 十, 十一 … 九十九: the way documents number their items. */
export function ordinal(n: number): string {
  if (n <= 10) return NUMERALS[n] ?? String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? "" : (NUMERALS[tens] ?? "")}十${NUMERALS[ones] ?? ""}`;
}
