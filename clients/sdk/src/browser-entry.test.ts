import { readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import path from "node:path";

/** Packages the browser entry may import (type-only or browser-safe). */
const ALLOWED_PACKAGES = ["@graphql-typed-document-node/core"];
const NODE_BUILTINS = new Set(builtinModules);

function importsOf(file: string): string[] {
  const source = readFileSync(file, "utf8");
  return [...source.matchAll(/(?:import|export)\s[^;]*?from\s+"([^"]+)"|import\s*\(\s*"([^"]+)"\s*\)|require\(\s*"([^"]+)"\s*\)/g)].map(
    (match) => match[1] ?? match[2] ?? match[3] ?? "",
  );
}

/** Every module the entry reaches, following relative imports. */
function reach(entry: string): { files: string[]; packages: string[] } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const specifier of importsOf(file)) {
      if (specifier.startsWith(".")) visit(`${path.resolve(path.dirname(file), specifier)}.ts`);
      else packages.add(specifier);
    }
  };
  visit(entry);
  return { files: [...files], packages: [...packages] };
}

const entry = path.join(__dirname, "index.ts");

it("reaches no Node built-in and no package but the allowed ones from the browser entry", () => {
  const { files, packages } = reach(entry);
  expect(files.length).toBeGreaterThanOrEqual(6);
  expect(packages.filter((specifier) => specifier.startsWith("node:") || NODE_BUILTINS.has(specifier))).toEqual([]);
  expect(packages.filter((specifier) => !ALLOWED_PACKAGES.includes(specifier))).toEqual([]);
});

it("reads no environment and holds no secret", () => {
  for (const file of reach(entry).files) {
    const source = readFileSync(file, "utf8");
    expect({ file, env: /\bprocess\.|\bBuffer\b|__dirname|require\(/.test(source) }).toEqual({ file, env: false });
    expect({ file, secret: /BEGIN [A-Z ]*PRIVATE KEY|HUB_GATEWAY_SECRET|client_secret/.test(source) }).toEqual({ file, secret: false });
  }
});
