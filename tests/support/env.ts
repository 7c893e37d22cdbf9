import type { DepartmentName } from "./migrations";

/** The only place tests read the environment: the database URLs the global setup published. */
export function testDatabaseUrl(department: DepartmentName): string {
  const urls = JSON.parse(process.env.HUB_TEST_DATABASE_URLS ?? "{}") as Partial<Record<DepartmentName, string>>;
  const url = urls[department];
  if (!url) throw new Error(`No test database for ${department}: is jest's globalSetup configured?`);
  return url;
}

export const TEST_GATEWAY_SECRET = "test-gateway-secret-that-is-long-enough-0123456789";
