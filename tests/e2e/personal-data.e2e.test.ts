import pg from "pg";
import { testDatabaseUrl } from "../support/env";
import { startHub, type RunningHub } from "../support/hub-harness";
import { MIGRATIONS, type DepartmentName } from "../support/migrations";
import { seedDisputeAcrossDepartments, seedOrganisations } from "./seed";
import { step } from "./steps";

/** Contact data and an agent given at receipt, in the forms they are stored in and as typed. */
const AGENT_ID_NUMBER = "150203198807150018";
const PHONES = ["13947261835", "139-4726-1835", "0472-6981357", "04726981357", "6981357"];
const ADDRESS_DETAILS = ["钢铁大街47号院", "钢铁大街47号"];
const CONTACT_PARTIES = [
  {
    role: "APPLICANT",
    kind: "PERSON",
    name: "巴特尔",
    idNumber: "150202198506120038",
    phone: "139-4726-1835",
    address: { divisionCode: "150202001", detail: "钢铁大街47号院" },
    agent: { name: "李律师", idNumber: AGENT_ID_NUMBER, phone: "0472-6981357" },
  },
  { role: "RESPONDENT", kind: "ORGANISATION", name: "包头市鹿城运输有限公司", creditCode: "91350100M000100Y43" },
];

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

describe("personal data at rest (个人信息保护法 art 51)", () => {
  it("stores no resident ID number, phone or address detail in clear in any text column of the four databases, after a dispute crossed all of them", async () => {
    const org = await seedOrganisations(hub);
    // The ID numbers the seeded parties carry: they must never be stored in clear.
    const { idNumbers } = await seedDisputeAcrossDepartments(hub, org);
    expect(idNumbers).toHaveLength(2);
    await step.receive(hub, org, { parties: CONTACT_PARTIES });
    for (const department of Object.keys(MIGRATIONS) as DepartmentName[]) {
      for (const needle of [...idNumbers, "150202198506120038", AGENT_ID_NUMBER, ...PHONES, ...ADDRESS_DETAILS]) {
        expect(await textColumnsContaining(department, needle)).toEqual([]);
      }
    }
  });

  it("would find one if it were there (the scan itself works)", async () => {
    const hits = await textColumnsContaining("center", "和平路街道");
    expect(hits).toContain("center.division.name");
  });
});
