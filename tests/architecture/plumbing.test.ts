import { execFileSync } from "node:child_process";
import path from "node:path";
import { DEPARTMENT_REGISTRY } from "@hub/contract";

const ROOT = path.resolve(__dirname, "..", "..");
/** The most lines of plumbing (server, context, loaders, env, schema wiring, feed, Dispute extension) a department may spend. */
const THRESHOLD = 80;

interface Report {
  name: string;
  lines: number;
  files: { file: string; lines: number }[];
}

const report = (): Report[] =>
  JSON.parse(execFileSync(process.execPath, [path.join(ROOT, "scripts/plumbing.mjs"), "--json"], { cwd: ROOT, encoding: "utf8" }));

function codeLines(text: string): number {
  const script = `import { codeLines } from ${JSON.stringify(path.join(ROOT, "scripts/plumbing.mjs"))}; process.stdout.write(String(codeLines(${JSON.stringify(text)})));`;
  return Number(execFileSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" }));
}

describe("npm run plumbing", () => {
  it("counts code, not blank lines or comments", () => {
    expect(codeLines("/** doc\n * more\n */\nconst a = 1;\n\n// why\nexport { a };\n")).toBe(2);
    expect(codeLines("/* one line */\nx();")).toBe(1);
  });

  it("reports every department of the registry, with the plumbing files it has", () => {
    const counted = report();
    expect(counted.map((department) => department.name)).toEqual(DEPARTMENT_REGISTRY.map((entry) => entry.name));
    for (const department of counted) {
      expect(department.files.map((file) => file.file)).toContain("src/index.ts");
      expect(department.lines).toBe(department.files.reduce((sum, file) => sum + file.lines, 0));
    }
  });

  // Skipped until each department's context, loaders and env are declared through defineDepartment:
  // today only the court is (its dispute type, reference, events and feed come from the kit) and it still spends more.
  it.skip(`keeps each department's plumbing under ${THRESHOLD} lines`, () => {
    expect(report().filter((department) => department.lines >= THRESHOLD)).toEqual([]);
  });
});
