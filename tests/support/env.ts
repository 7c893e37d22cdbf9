import { createHash } from "node:crypto";
import type { DepartmentName } from "./migrations";

/** The only place tests read the environment: the database URLs the global setup published. */
export function testDatabaseUrl(department: DepartmentName): string {
  const urls = JSON.parse(process.env.HUB_TEST_DATABASE_URLS ?? "{}") as Partial<Record<DepartmentName, string>>;
  const url = urls[department];
  if (!url) throw new Error(`No test database for ${department}: is jest's globalSetup configured?`);
  return url;
}

export const TEST_GATEWAY_SECRET = "test-gateway-secret-that-is-long-enough-0123456789";

/** Data keys for the centre's encrypted personal data: fixed, so every test process matches the same blind index. */
export const TEST_DATA_KEYS = {
  HUB_DATA_KEYS: { "test-1": createHash("sha256").update("test data key 1").digest() } as Record<string, Buffer>,
  HUB_DATA_KEY_CURRENT: "test-1",
  HUB_BLIND_INDEX_KEY: createHash("sha256").update("test blind index key").digest(),
};
