import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { DEPARTMENT_REGISTRY, DEPARTMENTS, departmentEntry, hubDepartment, ROLES } from "./departments";

const ROOT = path.resolve(__dirname, "../../..");
const SCRIPT = path.join(ROOT, "scripts/registry.mjs");
const run = (args: string[]) => execFileSync(process.execPath, [SCRIPT, ...args], { cwd: ROOT, encoding: "utf8", stdio: "pipe" });

describe("the registry of departments", () => {
  it("is what subgraphs/registry.json says (registry.generated.ts is not stale)", () => {
    expect(() => run(["--check"])).not.toThrow();
    const json = JSON.parse(readFileSync(path.join(ROOT, "subgraphs/registry.json"), "utf8")) as { departments: unknown[] };
    expect(DEPARTMENT_REGISTRY).toEqual(json.departments);
  });

  it("gives the departments and roles their types and enums come from, the outside callers and shared roles last", () => {
    expect(DEPARTMENTS.slice(-2)).toEqual(["PARTNER", "PUBLIC"]);
    expect(DEPARTMENTS.slice(0, -2)).toEqual(DEPARTMENT_REGISTRY.map((entry) => entry.department));
    expect(ROLES.slice(-4)).toEqual(["PARTNER_SYSTEM", "PUBLIC", "HUB_SYSTEM", "DEPARTMENT_SYSTEM"]);
    expect(new Set(ROLES).size).toBe(ROLES.length);
  });

  it("finds a row by department or by name, and refuses a caller that runs no subgraph", () => {
    const first = DEPARTMENT_REGISTRY[0];
    expect(first && departmentEntry(first.department)).toBe(first);
    expect(first && departmentEntry(first.name)).toBe(first);
    expect(() => departmentEntry("PARTNER")).toThrow(/runs no subgraph/);
    expect(hubDepartment().hub).toBe(true);
  });

  it("refuses a row that reuses a port or a role, or misnames its URL variable, naming each problem", () => {
    const json = JSON.parse(readFileSync(path.join(ROOT, "subgraphs/registry.json"), "utf8")) as {
      departments: Record<string, unknown>[];
    };
    const [first, second] = json.departments;
    const bad = { ...second, port: first?.port, roles: first?.roles, urlVariable: "WHATEVER" };
    const dir = mkdtempSync(path.join(tmpdir(), "hub-registry-"));
    const file = path.join(dir, "registry.json");
    writeFileSync(file, JSON.stringify({ departments: [first, bad] }));
    const script = `import { readRegistry } from ${JSON.stringify(SCRIPT)}; readRegistry(${JSON.stringify(file)});`;
    let message = "";
    try {
      execFileSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8", stdio: "pipe" });
    } catch (error) {
      message = String((error as { stderr?: string }).stderr);
    }
    expect(message).toMatch(/urlVariable must be/);
    expect(message).toMatch(/port \d+ is already used/);
    expect(message).toMatch(/role \w+ is already another department's/);
  });
});
