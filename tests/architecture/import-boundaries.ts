import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export const ROOT = path.resolve(__dirname, "..", "..");

/** Every source file under `dir` (relative to the repository), skipping installed, built and generated code. */
export function sourceFiles(dir: string): string[] {
  const found: string[] = [];
  const walk = (absolute: string) => {
    for (const entry of readdirSync(absolute, { withFileTypes: true })) {
      if (["node_modules", "dist", "generated"].includes(entry.name)) continue;
      const next = path.join(absolute, entry.name);
      if (entry.isDirectory()) walk(next);
      else if (/\.(ts|tsx|mts|mjs|js)$/.test(entry.name)) found.push(path.relative(ROOT, next));
    }
  };
  walk(path.join(ROOT, dir));
  return found;
}

/** Static imports and re-exports, dynamic `import()`, `require()` and `jest.mock()`: every module a file names. */
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\brequire\s*\(\s*|\bjest\.mock\s*\(\s*)["']([^"']+)["']/g;

export interface ImportOf {
  file: string;
  specifier: string;
  /** The hub package it names (`@hub/court`), or for a relative path, the repository path it lands in. */
  target: string;
}

export function importsOf(file: string): ImportOf[] {
  const text = readFileSync(path.join(ROOT, file), "utf8");
  return [...text.matchAll(SPECIFIER)].flatMap((match) => {
    const specifier = match[1];
    if (specifier === undefined) return [];
    const target = specifier.startsWith(".") ? path.relative(ROOT, path.resolve(ROOT, path.dirname(file), specifier)) : specifier;
    return [{ file, specifier, target }];
  });
}

/** The hub package `@hub/<name>` an import names, by package name or by landing in its folder. */
export function hubPackageOf(target: string, folders: Record<string, string>): string | null {
  const named = /^(@hub\/[^/]+)/.exec(target);
  if (named?.[1]) return named[1];
  for (const [folder, name] of Object.entries(folders)) if (target === folder || target.startsWith(`${folder}/`)) return name;
  return null;
}
