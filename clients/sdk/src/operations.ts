import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** The operations partner systems rely on, by name; the schema check validates them against every change. */
export const OPERATIONS_DIR = path.join(__dirname, "..", "operations");

export function loadOperations(): Record<string, string> {
  return Object.fromEntries(
    readdirSync(OPERATIONS_DIR)
      .filter((file) => file.endsWith(".graphql"))
      .map((file) => [path.basename(file, ".graphql"), readFileSync(path.join(OPERATIONS_DIR, file), "utf8")]),
  );
}
