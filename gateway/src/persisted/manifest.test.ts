import { readFileSync } from "node:fs";
import { OPERATIONS } from "../../../clients/sdk/src/graph/catalogue";
import { DEFAULT_MANIFEST_PATH, readManifest, serializeManifest, sha256, type PersistedOperationsManifest } from "./manifest";

describe("the persisted-operations manifest", () => {
  it("holds every SDK operation under the sha256 of the exact text the SDK sends (run `npm run generate -w @hub/sdk`)", () => {
    const manifest = readManifest(DEFAULT_MANIFEST_PATH);
    const expected: PersistedOperationsManifest = {
      format: "apollo-persisted-query-manifest",
      version: 1,
      operations: [...OPERATIONS]
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((operation) => ({ id: operation.hash, name: operation.name, type: operation.kind, body: operation.body })),
    };
    expect(readFileSync(DEFAULT_MANIFEST_PATH, "utf8")).toBe(serializeManifest(expected));
    for (const operation of manifest.operations) expect(operation.id).toBe(sha256(operation.body));
    expect(manifest.operations.find((operation) => operation.name === "ReceiveDispute")?.type).toBe("mutation");
  });
});
