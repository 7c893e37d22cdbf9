import { readFileSync } from "node:fs";
import type { AxeResults, ImpactValue } from "axe-core";
import type { Page } from "playwright-core";

// axe-core from npm, evaluated in the page itself (no request anywhere, whatever the page's CSP).
const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const BLOCKING: readonly ImpactValue[] = ["serious", "critical"];

export interface Violation {
  rule: string;
  impact: ImpactValue | null | undefined;
  help: string;
  targets: string[];
}

/** The serious and critical WCAG 2.1 A/AA violations axe finds on the page as it stands. */
export async function seriousViolations(page: Page): Promise<Violation[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async (tags) => {
    // Runs in the page: its globals, typed here without the DOM library.
    const page = globalThis as unknown as { axe: { run: (context: unknown, options: object) => Promise<AxeResults> }; document: unknown };
    const results = await page.axe.run(page.document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] });
    return results.violations.map((violation) => ({
      rule: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(" ")),
    }));
  }, WCAG_AA);
  return violations.filter((violation) => violation.impact && BLOCKING.includes(violation.impact));
}
