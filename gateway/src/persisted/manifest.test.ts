import { readFileSync } from "node:fs";
import { loadOperations } from "../../../clients/sdk/src/operations";
import { buildManifest, DEFAULT_MANIFEST_PATH, readManifest, serializeManifest, sha256 } from "./manifest";

describe("the persisted-operations manifest", () => {
  it("is up to date with clients/sdk/operations (run `npm run persisted-operations -w @hub/gateway`)", () => {
    expect(readFileSync(DEFAULT_MANIFEST_PATH, "utf8")).toBe(serializeManifest(buildManifest()));
  });

  it("holds every SDK operation under the sha256 of the exact text the SDK sends", () => {
    const manifest = readManifest(DEFAULT_MANIFEST_PATH);
    const sdk = loadOperations();
    expect(manifest.operations.map((operation) => operation.name).sort()).toEqual(Object.keys(sdk).sort());
    for (const operation of manifest.operations) {
      expect(operation.body).toBe(sdk[operation.name]);
      expect(operation.id).toBe(sha256(operation.body));
    }
    expect(manifest.operations.find((operation) => operation.name === "ReceiveDispute")?.type).toBe("mutation");
  });
});
