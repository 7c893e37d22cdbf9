import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { getOperationAST, parse, print, type DocumentNode } from "graphql";

/** The department front ends and integrations the operations are grouped by (one folder each under operations/). */
export const WORKSPACES = ["centre-desk", "mediation", "court", "procuratorate", "supervision", "partner", "public"] as const;
export type WorkspaceName = (typeof WORKSPACES)[number];

export const OPERATIONS_ROOT = path.resolve(__dirname, "../operations");

export interface OperationFile {
  workspace: WorkspaceName;
  /** Path from the SDK's folder, e.g. operations/partner/ReceiveDispute.graphql */
  file: string;
  name: string;
  kind: "query" | "mutation";
  /** The leading `#` comment of the file, kept as the export's documentation. */
  description: string;
  /** The exact text the SDK sends: the operation printed by graphql-js, comments dropped. */
  body: string;
  /** sha256 (hex) of `body`: the persisted-operation id. */
  hash: string;
  document: DocumentNode;
}

export function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

function leadingComment(text: string): string {
  const lines: string[] = [];
  for (const line of text.split("\n")) {
    if (!line.startsWith("#")) break;
    lines.push(line.replace(/^#\s?/, ""));
  }
  return lines.join("\n").trim();
}

function readOperation(workspace: WorkspaceName, fileName: string): OperationFile {
  const file = path.posix.join("operations", workspace, fileName);
  const text = readFileSync(path.join(OPERATIONS_ROOT, workspace, fileName), "utf8");
  const document = parse(text);
  const operation = getOperationAST(document);
  if (!operation?.name || document.definitions.length !== 1) throw new Error(`${file}: must hold exactly one named operation`);
  if (operation.operation === "subscription") throw new Error(`${file}: the hub has no subscriptions; partners follow events by webhook`);
  const name = operation.name.value;
  if (`${name}.graphql` !== fileName) throw new Error(`${file}: the file must be named after its operation, ${name}.graphql`);
  const body = print(document);
  return { workspace, file, name, kind: operation.operation, description: leadingComment(text), body, hash: sha256(body), document };
}

/** Every operation under operations/<workspace>/, sorted by workspace then name; names are unique across workspaces. */
export function readOperationFiles(root: string = OPERATIONS_ROOT): OperationFile[] {
  const present = readdirSync(root, { withFileTypes: true }).filter((entry) => entry.isDirectory());
  const unknown = present.map((entry) => entry.name).filter((name) => !(WORKSPACES as readonly string[]).includes(name));
  if (unknown.length)
    throw new Error(`operations/: unknown workspace folder(s) ${unknown.join(", ")}; use one of ${WORKSPACES.join(", ")}`);
  const operations = WORKSPACES.flatMap((workspace) =>
    readdirSync(path.join(root, workspace))
      .filter((file) => file.endsWith(".graphql"))
      .sort()
      .map((file) => readOperation(workspace, file)),
  );
  const seen = new Map<string, string>();
  for (const operation of operations) {
    const other = seen.get(operation.name);
    if (other) throw new Error(`${operation.file}: operation name ${operation.name} is already used by ${other}`);
    seen.set(operation.name, operation.file);
  }
  return operations;
}
