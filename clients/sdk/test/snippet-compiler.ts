import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ts from "typescript";

const REPO = path.resolve(__dirname, "../../..");

/**
 * The options a front end or partner compiles the SDK with: strict, a browser's library and no
 * Node types, `@hub/sdk` resolved to its source.
 */
const OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  lib: ["lib.es2023.d.ts", "lib.dom.d.ts"],
  types: [],
  strict: true,
  noUncheckedIndexedAccess: true,
  noEmit: true,
  skipLibCheck: true,
  isolatedModules: true,
  baseUrl: REPO,
  paths: { "@hub/sdk": ["clients/sdk/src/index.ts"] },
};

export interface SnippetDiagnostic {
  code: number;
  line: number;
  message: string;
}

/** Node's types on top, for a partner system's server-side code. */
const NODE_OPTIONS: ts.CompilerOptions = {
  ...OPTIONS,
  lib: ["lib.es2023.d.ts"],
  types: ["node"],
  typeRoots: [path.join(REPO, "node_modules/@types")],
};

/** Type-checks each snippet as its own module against the SDK; returns each one's diagnostics. */
export function compileSnippets(
  snippets: Readonly<Record<string, string>>,
  environment: "browser" | "node" = "browser",
): Record<string, SnippetDiagnostic[]> {
  const dir = mkdtempSync(path.join(tmpdir(), "hub-sdk-snippets-"));
  const files = Object.entries(snippets).map(([name, source]) => {
    const file = path.join(dir, `${name}.ts`);
    writeFileSync(file, source);
    return [name, file] as const;
  });
  const program = ts.createProgram(
    files.map(([, file]) => file),
    environment === "node" ? NODE_OPTIONS : OPTIONS,
  );
  return Object.fromEntries(
    files.map(([name, file]) => {
      const source = program.getSourceFile(file);
      const diagnostics = source ? [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)] : [];
      return [
        name,
        diagnostics.map((diagnostic) => ({
          code: diagnostic.code,
          line: source && diagnostic.start !== undefined ? source.getLineAndCharacterOfPosition(diagnostic.start).line + 1 : 0,
          message: ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"),
        })),
      ];
    }),
  );
}

/** The diagnostics of the SDK's own files under the snippet options (a browser build): none expected. */
export function sdkDiagnostics(): string[] {
  const program = ts.createProgram([path.join(REPO, "clients/sdk/src/index.ts")], OPTIONS);
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"));
}
