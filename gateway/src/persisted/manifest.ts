import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { getOperationAST, parse } from "graphql";

/** Apollo's persisted-query manifest format, as its tooling and routers read it. */
export interface PersistedOperationsManifest {
  format: "apollo-persisted-query-manifest";
  version: 1;
  operations: PersistedOperation[];
}

export interface PersistedOperation {
  /** sha256 (hex) of `body`, exactly as a client sends it. */
  id: string;
  name: string;
  type: "query" | "mutation" | "subscription";
  body: string;
}

/** The partner operations the manifest is built from (same depth from src/ and dist/). */
export const SDK_OPERATIONS_DIR = path.resolve(__dirname, "../../../clients/sdk/operations");
/** The committed manifest the gateway serves by default. */
export const DEFAULT_MANIFEST_PATH = path.resolve(__dirname, "../../persisted-operations.json");

export function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/** Builds the manifest from `*.graphql` files (one named operation each), sorted by name. */
export function buildManifest(directory: string = SDK_OPERATIONS_DIR): PersistedOperationsManifest {
  const files = readdirSync(directory)
    .filter((file) => file.endsWith(".graphql"))
    .sort();
  const operations = files.map((file): PersistedOperation => {
    const body = readFileSync(path.join(directory, file), "utf8");
    const operation = getOperationAST(parse(body));
    if (!operation?.name) throw new Error(`${file}: must hold exactly one named operation`);
    return { id: sha256(body), name: operation.name.value, type: operation.operation, body };
  });
  return { format: "apollo-persisted-query-manifest", version: 1, operations };
}

export function serializeManifest(manifest: PersistedOperationsManifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** Reads a manifest file; throws naming what is wrong, including an entry whose id is not its body's hash. */
export function readManifest(file: string): PersistedOperationsManifest {
  const parsed = JSON.parse(readFileSync(file, "utf8")) as Partial<PersistedOperationsManifest>;
  if (parsed.format !== "apollo-persisted-query-manifest" || parsed.version !== 1 || !Array.isArray(parsed.operations)) {
    throw new Error(`${file} is not an apollo-persisted-query-manifest, version 1`);
  }
  for (const operation of parsed.operations) {
    if (typeof operation.body !== "string" || operation.id !== sha256(operation.body)) {
      throw new Error(`${file}: operation ${String(operation.name)} has an id that is not the sha256 of its body`);
    }
  }
  return parsed as PersistedOperationsManifest;
}
