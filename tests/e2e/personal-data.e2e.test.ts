import pg from "pg";
import { testDatabaseUrl } from "../support/env";
import { startHub, type RunningHub } from "../support/hub-harness";
import { MIGRATIONS, type DepartmentName } from "../support/migrations";
import { seedDisputeAcrossDepartments, seedOrganisations } from "./seed";

let hub: RunningHub;

beforeAll(async () => {
  hub = await startHub();
});
afterAll(() => hub.stop());

async function textColumnsContaining(department: DepartmentName, needle: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: testDatabaseUrl(department) });
  await client.connect();
  try {
    const { rows: columns } = await client.query<{ table_name: string; column_name: string }>(
      `SELECT table_name, column_name FROM information_schema.columns
       WHERE table_schema = 'public' AND data_type IN ('text', 'character varying', 'character', 'jsonb', 'json')`,
    );
    const hits: string[] = [];
    for (const { table_name: table, column_name: column } of columns) {
      const { rows } = await client.query(`SELECT 1 FROM "${table}" WHERE "${column}"::text LIKE $1 LIMIT 1`, [`%${needle}%`]);
      if (rows.length) hits.push(`${department}.${table}.${column}`);
    }
    return hits;
  } finally {
    await client.end();
  }
}

describe("personal data at rest (个人信息保护法)", () => {
  it("stores no resident ID number in clear in any text column of the four databases, after a dispute crossed all of them", async () => {
    // The ID numbers the seeded parties carry: they must never be stored in clear.
    const { idNumbers } = await seedDisputeAcrossDepartments(hub, await seedOrganisations(hub));
    expect(idNumbers).toHaveLength(2);
    for (const department of Object.keys(MIGRATIONS) as DepartmentName[]) {
      for (const idNumber of idNumbers) {
        expect(await textColumnsContaining(department, idNumber)).toEqual([]);
      }
    }
  });

  it("would find one if it were there (the scan itself works)", async () => {
    const hits = await textColumnsContaining("center", "和平路街道");
    expect(hits).toContain("center.division.name");
  });
});
