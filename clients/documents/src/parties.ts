/** A party as the graph gives it to the caller: the ID number is masked unless revealed. */
export interface DocumentParty {
  id: string;
  role: "APPLICANT" | "RESPONDENT" | "THIRD_PARTY";
  kind: "PERSON" | "ORGANISATION";
  name: string;
  idNumberMasked?: string | null | undefined;
}

const ROLE_LABELS: Record<DocumentParty["role"], string> = { APPLICANT: "申请人", RESPONDENT: "被申请人", THIRD_PARTY: "第三人" };

export function roleLabel(party: DocumentParty): string {
  return ROLE_LABELS[party.role];
}

/** 乌云其其格，公民身份号码150202************ — or the organisation's name alone. */
export function partyLine(label: string, party: DocumentParty): string {
  const id = party.kind === "PERSON" && party.idNumberMasked ? `，公民身份号码${party.idNumberMasked}` : "";
  return `${label}：${party.name}${id}。`;
}

export function nameOf(parties: readonly DocumentParty[], id: string): string {
  return parties.find((party) => party.id === id)?.name ?? "（当事人）";
}

/** 甲、乙与丙 */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join("、")}与${names.at(-1) ?? ""}`;
}
