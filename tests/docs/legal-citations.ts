/** The statutes the hub cites, with the short names the code uses for them. */
const STATUTES: Record<string, string> = {
  民事诉讼法: "民事诉讼法",
  民诉法解释: "民诉法解释",
  人民调解法: "人民调解法",
  信访工作条例: "信访工作条例",
  民法典: "民法典",
  人民检察院民事诉讼监督规则: "人民检察院民事诉讼监督规则",
  监督规则: "人民检察院民事诉讼监督规则",
  特邀调解规定: "特邀调解规定",
  人民调解工作若干规定: "人民调解工作若干规定",
  个人信息保护法: "个人信息保护法",
  人民调解协议司法确认程序的若干规定: "人民调解协议司法确认程序的若干规定",
  网络安全法: "网络安全法",
};

/** `民事诉讼法 art 205`, `人民调解法 arts 28-30`, `民诉法解释 411-412`, `监督规则 (2021) art 37`, `个人信息保护法 arts 6, 28`. */
const CITATION = new RegExp(
  `(${Object.keys(STATUTES)
    .sort((a, b) => b.length - a.length)
    .join(
      "|",
    )})\\s*(?:[(（][^)）]{0,20}[)）]\\s*)?(?:arts?\\s*|第)?(\\d{1,3})(?!\\d)(?:\\s*-\\s*(\\d{1,3}))?((?:\\s*[,、]\\s*\\d{1,3}(?!\\d))*)`,
  "g",
);

/** One article of one statute, e.g. 民事诉讼法 205. */
export type Article = `${string} ${number}`;

/** Every article `text` cites, a range counted article by article. */
export function articlesCited(text: string): Set<Article> {
  const found = new Set<Article>();
  for (const match of text.matchAll(CITATION)) {
    const statute = STATUTES[match[1] ?? ""] ?? "";
    const first = Number(match[2]);
    const last = Math.max(first, Number(match[3] ?? first));
    for (let article = first; article <= Math.min(last, first + 20); article++) found.add(`${statute} ${article}`);
    for (const more of (match[4] ?? "").matchAll(/\d+/g)) found.add(`${statute} ${Number(more[0])}`);
  }
  return found;
}

/**
 * The titles of a jest file's tests and groups: the first string of `it(`, `test(`, `describe(`,
 * their `.each(...)(` forms and `.each([...])(` on the next line.
 */
export function testTitles(source: string): string[] {
  const titles: string[] = [];
  const title = /(?:\b(?:it|test|describe)(?:\.each)?|\]\))\(\s*(["'`])((?:(?!\1)[^\n])*)/g;
  for (const match of source.matchAll(title)) titles.push(match[2] ?? "");
  return titles;
}
