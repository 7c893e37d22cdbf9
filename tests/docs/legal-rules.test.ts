import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { articlesCited, testTitles, type Article } from "./legal-citations";

const ROOT = path.resolve(__dirname, "../..");
const DOC = path.join(ROOT, "docs/legal-rules.md");

interface Row {
  line: number;
  rule: string;
  where: string[];
  tests: string[];
}

/** The rows of the doc's table: | `rule` | what | `file`, … | `test file`, … or — |. */
function rows(): Row[] {
  return readFileSync(DOC, "utf8")
    .split("\n")
    .map((text, index) => ({ text, line: index + 1 }))
    .filter(({ text }) => /^\|\s*`[^`]+`\s*\|/.test(text))
    .map(({ text, line }) => {
      const cells = text.split("|").slice(1);
      const code = (cell: string | undefined) => [...(cell ?? "").matchAll(/`([^`]+)`/g)].map((match) => match[1] ?? "");
      return { line, rule: code(cells[0])[0] ?? "", where: code(cells[2]), tests: code(cells[3]) };
    });
}

/** Whether `text` cites the rule: one of its articles, or for a rule that is no statute its words. */
function cites(text: string, rule: string): boolean {
  const wanted = articlesCited(rule);
  if (wanted.size === 0) return text.includes(rule);
  const found = articlesCited(text);
  return [...wanted].some((article) => found.has(article));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === "node_modules" || name === "generated" ? [] : sourceFiles(full);
    return name.endsWith(".ts") && !name.endsWith(".test.ts") ? [full] : [];
  });
}

const table = rows();

describe("docs/legal-rules.md: every rule the hub enforces, where and by which tests", () => {
  it("has a row per rule", () => {
    expect(table.length).toBeGreaterThan(20);
  });

  it.each(table.map((row) => [row.rule, row] as const))("%s is cited in each file it names", (_rule, row) => {
    expect(row.where.length).toBeGreaterThan(0);
    for (const file of row.where) {
      const full = path.join(ROOT, file);
      expect({ line: row.line, file, exists: existsSync(full) }).toEqual({ line: row.line, file, exists: true });
      expect({ line: row.line, file, cites: cites(readFileSync(full, "utf8"), row.rule) }).toEqual({ line: row.line, file, cites: true });
    }
  });

  it("lists at least one test for every rule (the lawful case allowed, the unlawful refused)", () => {
    const untested = table.filter((row) => row.tests.length === 0).map((row) => `line ${row.line}: ${row.rule}`);
    expect(untested).toEqual([]);
  });

  it.each(table.map((row) => [row.rule, row] as const))("%s is named in a test title of each test file listed", (_rule, row) => {
    for (const file of row.tests) {
      const full = path.join(ROOT, file);
      expect({ line: row.line, file, exists: existsSync(full) }).toEqual({ line: row.line, file, exists: true });
      const named = testTitles(readFileSync(full, "utf8")).some((title) => cites(title, row.rule));
      expect({ line: row.line, file, named }).toEqual({ line: row.line, file, named: true });
    }
  });

  it("covers every article the departments' code cites", () => {
    const documented = new Set<Article>(table.flatMap((row) => [...articlesCited(row.rule)]));
    const missing = new Map<Article, string>();
    for (const file of ["center", "justice", "court", "procuratorate", "kit"].flatMap((name) =>
      sourceFiles(path.join(ROOT, "subgraphs", name, "src")),
    )) {
      for (const article of articlesCited(readFileSync(file, "utf8"))) {
        if (!documented.has(article) && !missing.has(article)) missing.set(article, path.relative(ROOT, file));
      }
    }
    expect(Object.fromEntries(missing)).toEqual({});
  });
});
