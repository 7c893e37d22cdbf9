import { readFileSync } from "node:fs";
import path from "node:path";
import { compileSnippets } from "./snippet-compiler";

/** The README's TypeScript blocks, each opening with `// example: <name> (browser|node)`. */
function examples(): { name: string; environment: "browser" | "node"; source: string }[] {
  const readme = readFileSync(path.join(__dirname, "..", "README.md"), "utf8");
  return [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => {
    const source = match[1] ?? "";
    const header = /^\/\/ example: ([a-z-]+) \((browser|node)\)/.exec(source);
    if (!header?.[1] || (header[2] !== "browser" && header[2] !== "node"))
      throw new Error(`a README example lacks its header: ${source.slice(0, 60)}`);
    return { name: header[1], environment: header[2], source };
  });
}

const all = examples();

it("has the partner, front-end and public intake examples", () => {
  expect(all.map((example) => example.name).sort()).toEqual(["front-end-read", "partner-receive", "partner-webhook", "public-intake"]);
});

it.each(all.map((example) => [example.name, example] as const))("type-checks the README example %s", (_name, example) => {
  expect(compileSnippets({ [example.name]: example.source }, example.environment)[example.name]).toEqual([]);
});
