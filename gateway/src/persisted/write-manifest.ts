/**
 * `npm run persisted-operations -w @hub/gateway`: rewrites persisted-operations.json from
 * clients/sdk/operations. A test fails while the committed file is stale.
 */
import { writeFileSync } from "node:fs";
import { buildManifest, DEFAULT_MANIFEST_PATH, serializeManifest } from "./manifest";

const manifest = buildManifest();
writeFileSync(DEFAULT_MANIFEST_PATH, serializeManifest(manifest));
console.log(`wrote ${manifest.operations.length} operations to ${DEFAULT_MANIFEST_PATH}`);
