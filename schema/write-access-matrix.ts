// Rewrites the README's role and scope matrices from the access policy: `npm run docs:access`.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { renderRoleMatrix, renderScopeMatrix } from "@hub/subgraph-kit/access-matrix";

const readmePath = path.join(__dirname, "..", "README.md");

/** Replaces the table starting with `firstLine`, and the "- Entity: J = …" notes after it. */
function replaceTable(text: string, firstLine: string, replacement: string): string {
  const start = text.indexOf(firstLine);
  if (start < 0) throw new Error(`README.md has no table starting with "${firstLine}"`);
  const lines = text.slice(start).split("\n");
  let end = 0;
  while (lines[end]?.startsWith("|")) end++;
  if (lines[end] === "" && /^- \w+: J = /.test(lines[end + 1] ?? "")) {
    end++;
    while (/^- \w+: J = /.test(lines[end] ?? "")) end++;
  }
  return text.slice(0, start) + [replacement, ...lines.slice(end)].join("\n");
}

const readme = readFileSync(readmePath, "utf8");
const next = replaceTable(replaceTable(readme, "| root field | kind |", renderRoleMatrix()), "| entity | ", renderScopeMatrix());
writeFileSync(readmePath, next);
console.log("README.md: role and scope matrices rewritten from the access policy");
