import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { OPERATIONS } from "../../sdk/src";

const SRC = path.join(__dirname, "..", "src");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? sources(file) : /\.tsx?$/.test(name) ? [file] : [];
  });
}

describe("the console's calls to the graph", () => {
  const files = sources(SRC);

  it("are the SDK's generated documents: no GraphQL text is written in the console", () => {
    expect(files.length).toBeGreaterThan(20);
    const offenders = files.filter((file) => /\b(query|mutation)\s*[A-Za-z]*\s*[({]|\.graphql/.test(readFileSync(file, "utf8")));
    expect(offenders.map((file) => path.relative(SRC, file))).toEqual([]);
  });

  it("names only documents the SDK generates", () => {
    const operations = ["operations.ts", "oversight-operations.ts"]
      .map((name) => readFileSync(path.join(SRC, "graph", name), "utf8"))
      .join("\n");
    const used = [...operations.matchAll(/(\w+)Document as/g)].map((match) => match[1]);
    const known = new Set(OPERATIONS.map((document) => document.name));
    expect(used.length).toBeGreaterThan(30);
    expect(used.filter((name) => !known.has(name ?? ""))).toEqual([]);
  });
});
