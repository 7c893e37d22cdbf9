import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildSubgraph, committedSupergraph, PrintError, typeDefsOf } from "./subgraph-sdl";

const git = (cwd: string, ...args: string[]) =>
  execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.cn", ...args], { cwd, stdio: "pipe", encoding: "utf8" });

describe("printing a subgraph", () => {
  it("refuses an empty SDL, and one that adds no field to any type", () => {
    expect(() => typeDefsOf("labour", "")).toThrow(PrintError);
    expect(() => typeDefsOf("labour", "scalar Money\n")).toThrow(/subgraph labour: printed an empty SDL/);
    expect(() => typeDefsOf("labour", "type _Service { sdl: String }")).toThrow(PrintError);
  });

  it("accepts a subgraph that only extends Dispute with a field", () => {
    const sdl = 'type Dispute @key(fields: "id") { id: ID! labourCases: [String!]! }';
    expect(typeDefsOf("labour", sdl).definitions).toHaveLength(1);
  });

  /** A repository of one department, `labour`, whose department file says `source`. */
  const departmentOf = (source: string | null) => {
    const root = mkdtempSync(path.join(tmpdir(), "hub-print-"));
    mkdirSync(path.join(root, "subgraphs", "labour", "src"), { recursive: true });
    if (source !== null) writeFileSync(path.join(root, "subgraphs", "labour", "src", "department.js"), source);
    return root;
  };

  it("names the department that has no department.ts, no buildSchema, or a schema that does not build", async () => {
    await expect(buildSubgraph(departmentOf(null), "labour")).rejects.toThrow(
      /subgraph labour: cannot load subgraphs\/labour\/src\/department\.ts/,
    );
    await expect(buildSubgraph(departmentOf("exports.createServer = () => null;\n"), "labour")).rejects.toThrow(/exports no buildSchema/);
    const failing = departmentOf('exports.buildSchema = async () => { throw new Error("no resolvers"); };\n');
    await expect(buildSubgraph(failing, "labour")).rejects.toThrow(/subgraph labour: its schema does not build: no resolvers/);
  });
});

describe("the supergraph breaking changes are judged against", () => {
  it("is the committed one (git HEAD), not the file as the working tree has it", async () => {
    const root = mkdtempSync(path.join(tmpdir(), "hub-print-git-"));
    const file = path.join(root, "schema", "supergraph.graphql");
    mkdirSync(path.dirname(file));
    git(root, "init", "-q");
    writeFileSync(file, "type Query { kept: String }\n");
    expect(await committedSupergraph(root, file)).toBeNull();
    git(root, "add", ".");
    git(root, "commit", "-qm", "first");
    writeFileSync(file, "type Query { rewritten: String }\n");
    expect(await committedSupergraph(root, file)).toBe("type Query { kept: String }\n");
  });
});
