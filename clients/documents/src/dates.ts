// Court and government documents write their dates in Chinese numerals (二〇二六年十二月六日), in Beijing time.

const DIGITS = "〇一二三四五六七八九";
const PARTS = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "numeric", day: "numeric" });

function beijingParts(iso: string): { year: number; month: number; day: number } {
  const parts = Object.fromEntries(PARTS.formatToParts(new Date(iso)).map((part) => [part.type, part.value]));
  return { year: Number(parts.year), month: Number(parts.month), day: Number(parts.day) };
}

function smallNumber(n: number): string {
  if (n < 10) return DIGITS[n] ?? "";
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? "" : (DIGITS[tens] ?? "")}十${ones === 0 ? "" : (DIGITS[ones] ?? "")}`;
}

/** 二〇二六年十二月六日 */
export function chineseDate(iso: string): string {
  const { year, month, day } = beijingParts(iso);
  const yearText = String(year)
    .split("")
    .map((digit) => DIGITS[Number(digit)] ?? "")
    .join("");
  return `${yearText}年${smallNumber(month)}月${smallNumber(day)}日`;
}

/** 2026年12月6日, for dates inside running text. */
export function plainDate(iso: string): string {
  const { year, month, day } = beijingParts(iso);
  return `${year}年${month}月${day}日`;
}
