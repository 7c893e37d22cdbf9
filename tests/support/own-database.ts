import { randomUUID } from "node:crypto";
import { applyMigrations } from "@hub/subgraph-kit";
import pg from "pg";
import { testDatabaseUrl } from "./env";
import { MIGRATIONS, type DepartmentName } from "./migrations";

/**
 * A fresh, migrated database of a department for one test that changes everything in it (such
 * as re-encrypting every stored value), so the tests sharing the department's database are
 * untouched. Returns its URL.
 */
export async function ownDatabase(department: DepartmentName): Promise<string> {
  const shared = new URL(testDatabaseUrl(department));
  const name = `own_${department}_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
  const admin = new pg.Client({ connectionString: testDatabaseUrl(department) });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  shared.pathname = `/${name}`;
  await applyMigrations(shared.toString(), MIGRATIONS[department]);
  return shared.toString();
}
