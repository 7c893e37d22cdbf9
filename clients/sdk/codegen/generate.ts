/**
 * `npm run generate -w @hub/sdk`: the typed SDK from schema/supergraph.graphql and operations/.
 *   generate.ts           writes src/graph/*.ts and gateway/persisted-operations.json
 *   generate.ts --check   fails when any of them is stale (run by `npm test`)
 */
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { validate } from "graphql";
import { apiSchemaOf } from "../../../schema/api-schema";
import { emitFiles } from "./emit";
import { readOperationFiles } from "./operation-files";

const REPO = path.resolve(__dirname, "../../..");
const SUPERGRAPH = path.join(REPO, "schema/supergraph.graphql");

async function main(): Promise<void> {
  const check = process.argv.includes("--check");
  const schema = apiSchemaOf(await readFile(SUPERGRAPH, "utf8"));
  const operations = readOperationFiles();
  const invalid = operations.flatMap((operation) =>
    validate(schema, operation.document).map((error) => `${operation.file}: ${error.message}`),
  );
  if (invalid.length) throw new Error(`operations not valid against the schema:\n${invalid.join("\n")}`);
  const outputs = await emitFiles(schema, operations, REPO);
  const stale: string[] = [];
  for (const [file, content] of outputs) {
    const current = await readFile(path.join(REPO, file), "utf8").catch(() => "");
    if (current !== content) stale.push(file);
  }
  if (check) {
    if (stale.length) {
      console.error(`Stale SDK files: ${stale.join(", ")}. Run \`npm run generate -w @hub/sdk\` and commit the result.`);
      process.exit(1);
    }
    console.log("sdk: generated documents, types and the persisted-operations manifest are up to date");
    return;
  }
  for (const file of stale) await writeFile(path.join(REPO, file), outputs.get(file) ?? "");
  console.log(stale.length ? `wrote ${stale.join(", ")}` : "sdk: nothing changed");
}

void main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
