// `npm run plumbing`: the lines each department spends on plumbing (server, context, loaders, env,
// schema wiring, feed, Dispute extension) rather than on its domain. Blank lines and comments
// are not counted. `--json` prints the counts for tests; `--max N` fails above N.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { readRegistry } from "./registry.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** The plumbing files of a department, relative to its folder; what is not here is its domain. */
export const PLUMBING_FILES = [
  "src/index.ts",
  "src/server.ts",
  "src/department.ts",
  "src/schema.ts",
  "src/context.ts",
  "src/loaders.ts",
  "src/env.ts",
  "src/db.ts",
  "src/graph.ts",
  "src/events/event-feed.resolver.ts",
  "src/disputes/dispute.type.ts",
  "src/disputes/dispute.reference.ts",
  "prisma.config.ts",
];

/** Lines that are code: not blank, not only a comment (`//`, or inside a block comment). */
export function codeLines(text) {
  let inBlock = false;
  let count = 0;
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (inBlock) {
      if (line.includes("*/")) inBlock = false;
      continue;
    }
    if (line === "" || line.startsWith("//")) continue;
    if (line.startsWith("/*")) {
      if (!line.includes("*/")) inBlock = true;
      continue;
    }
    count += 1;
  }
  return count;
}

/** Each department's plumbing: the total and the lines per file. */
export function plumbingOf(rootDir = root) {
  return readRegistry(path.join(rootDir, "subgraphs/registry.json")).map((entry) => {
    // The centre owns Dispute: its dispute type is its domain, not an extension.
    const files = PLUMBING_FILES.filter((file) => !(entry.hub && file.startsWith("src/disputes/"))).flatMap((file) => {
      const full = path.join(rootDir, "subgraphs", entry.name, file);
      return existsSync(full) ? [{ file, lines: codeLines(readFileSync(full, "utf8")) }] : [];
    });
    return { name: entry.name, lines: files.reduce((sum, file) => sum + file.lines, 0), files };
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const report = plumbingOf();
  const maxAt = process.argv.indexOf("--max");
  const max = maxAt > 0 ? Number(process.argv[maxAt + 1]) : null;
  if (process.argv.includes("--json")) process.stdout.write(`${JSON.stringify(report)}\n`);
  else
    for (const department of report) {
      const detail = department.files.map((file) => `${file.file.replace(/^src\//, "")} ${file.lines}`).join(", ");
      process.stdout.write(`${department.name.padEnd(14)} ${String(department.lines).padStart(4)} lines  (${detail})\n`);
    }
  const over = max === null ? [] : report.filter((department) => department.lines > max);
  if (over.length) {
    process.stderr.write(`over ${max} lines of plumbing: ${over.map((department) => department.name).join(", ")}\n`);
    process.exit(1);
  }
}
