import { randomUUID } from "node:crypto";
import { cp, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { testDatabaseUrl } from "../../../tests/support/env";
import { MIGRATIONS } from "../../../tests/support/migrations";
import { applyMigrations } from "./migrate";

async function emptyDatabase(): Promise<string> {
  const url = new URL(testDatabaseUrl("procuratorate"));
  const name = `migrate_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
  const admin = new pg.Client({ connectionString: url.toString() });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  url.pathname = `/${name}`;
  return url.toString();
}

async function recorded(url: string): Promise<{ migration_name: string; checksum: string; finished_at: Date | null }[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" ORDER BY migration_name`);
    return rows;
  } finally {
    await client.end();
  }
}

describe("the migration runner", () => {
  it("applies every migration once, even when three processes start at the same moment, and records them as Prisma does", async () => {
    const url = await emptyDatabase();
    const runs = await Promise.all([1, 2, 3].map(() => applyMigrations(url, MIGRATIONS.procuratorate)));
    const appliedBy = runs.map((run) => run.applied.length).filter((count) => count > 0);
    expect(appliedBy).toHaveLength(1);
    const rows = await recorded(url);
    expect(rows.map((row) => row.migration_name)).toEqual(runs.find((run) => run.applied.length)?.applied);
    for (const row of rows) {
      expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(row.finished_at).not.toBeNull();
    }
    expect((await applyMigrations(url, MIGRATIONS.procuratorate)).applied).toEqual([]);
  });

  it("refuses to start when an applied migration was edited afterwards, and rolls back a failing one", async () => {
    const url = await emptyDatabase();
    const dir = await mkdtemp(path.join(tmpdir(), "hub-migrations-"));
    await cp(MIGRATIONS.procuratorate, dir, { recursive: true });
    await applyMigrations(url, dir);
    await writeFile(path.join(dir, "20261127000000_init", "migration.sql"), "-- edited\n");
    await expect(applyMigrations(url, dir)).rejects.toThrow(/changed after it was applied/);

    const fresh = await emptyDatabase();
    const broken = await mkdtemp(path.join(tmpdir(), "hub-migrations-"));
    await cp(path.join(MIGRATIONS.procuratorate, "20261127000000_init"), path.join(broken, "20261127000000_init"), { recursive: true });
    await cp(path.join(MIGRATIONS.procuratorate, "20261127000000_init"), path.join(broken, "20261127000001_broken"), { recursive: true });
    await writeFile(
      path.join(broken, "20261127000001_broken", "migration.sql"),
      "CREATE TABLE ok_then (id int);\nSELECT no_such_function();\n",
    );
    await expect(applyMigrations(fresh, broken)).rejects.toThrow(/20261127000001_broken failed/);
    expect((await recorded(fresh)).map((row) => row.migration_name)).toEqual(["20261127000000_init"]);
    const client = new pg.Client({ connectionString: fresh });
    await client.connect();
    const { rowCount } = await client.query(`SELECT 1 FROM information_schema.tables WHERE table_name = 'ok_then'`);
    await client.end();
    expect(rowCount).toBe(0);
  });
});
