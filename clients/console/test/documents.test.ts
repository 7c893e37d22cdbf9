import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse, validate } from "graphql";
import { apiSchemaOf } from "../../../schema/api-schema";

const DOCUMENTS_DIR = path.join(__dirname, "..", "src", "graph", "documents");
const schema = apiSchemaOf(readFileSync(path.join(__dirname, "..", "..", "..", "schema", "supergraph.graphql"), "utf8"));
const documents = readdirSync(DOCUMENTS_DIR).filter((file) => file.endsWith(".graphql"));

describe("the console's operations", () => {
  it("has documents to check", () => {
    expect(documents.length).toBeGreaterThan(20);
  });

  it.each(documents)("%s is valid against the composed schema, one named operation", (file) => {
    const document = parse(readFileSync(path.join(DOCUMENTS_DIR, file), "utf8"));
    expect(validate(schema, document).map((error) => error.message)).toEqual([]);
    const operations = document.definitions.filter((definition) => definition.kind === "OperationDefinition");
    expect(operations).toHaveLength(1);
    expect(operations[0]?.name?.value).toBe(`Console${path.basename(file, ".graphql")}`);
  });
});
