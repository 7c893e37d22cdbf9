/** 张三丰 → 张**: a party's name shown as evidence keeps its first character only (个人信息保护法: minimum necessary). */
export function maskName(name: string, kind: "PERSON" | "ORGANISATION"): string {
  if (kind === "ORGANISATION") return name;
  const characters = [...name.trim()];
  return characters.length <= 1 ? "*" : `${characters[0]}${"*".repeat(characters.length - 1)}`;
}

/** 12345678 fen → 123,456.78元 */
export function formatYuan(fen: number): string {
  return `${(fen / 100).toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}元`;
}
