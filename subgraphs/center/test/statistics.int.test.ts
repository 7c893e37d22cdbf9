import { randomUUID } from "node:crypto";
import { centreOfficer, centreSupervisor } from "../../../tests/support/actors";
import { startSubgraph, statementsOn, type RunningSubgraph } from "../../../tests/support/subgraph-harness";
import { createCenterServer, type CenterServer } from "../src/server";
import { seedCentre } from "./fixtures";
import { StubGraph } from "./stub-graph";

/**
 * A seeded region: 480 disputes over twelve townships of three leagues, received in 2010 (a year
 * no other test seeds), with known statuses, resolution times and overdue stages. Every figure the
 * hub answers is checked against the same figure computed here in TypeScript from the seed.
 */
const FROM = new Date("2009-12-31T16:00:00Z"); // 2010-01-01 00:00 in Asia/Shanghai
const TO = new Date("2010-12-31T16:00:00Z");
const AS_OF = new Date("2011-06-01T00:00:00Z");
const DAY = 86_400_000;
const CATEGORIES = ["TRAFFIC_ACCIDENT", "NEIGHBOUR", "LABOUR_WAGES", "PRIVATE_LENDING", "FAMILY"];
const CHANNELS = ["WALK_IN", "HOTLINE", "QR_CODE", "ONLINE"];

interface Seeded {
  id: string;
  placeCode: string;
  category: string;
  channel: string;
  receivedAt: Date;
  resolvedAt: Date | null;
  status: string;
  overdue: boolean;
}

let center: RunningSubgraph<CenterServer>;
const seeded: Seeded[] = [];

const QUERY = `query($input: DisputeStatisticsInput!) {
  disputeStatistics(input: $input) {
    total { key received resolved resolutionRate resolutionDaysP50 resolutionDaysP90 overdue }
    rows { key label received resolved resolutionRate resolutionDaysP50 resolutionDaysP90 overdue }
  }
}`;

type Row = {
  key: string;
  label?: string | null;
  received: number;
  resolved: number;
  resolutionRate: number | null;
  resolutionDaysP50: number | null;
  resolutionDaysP90: number | null;
  overdue: number;
};

/** percentile_cont: linear interpolation between the two nearest ranks. */
function percentile(values: number[], p: number): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const position = p * (sorted.length - 1);
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return (sorted[low] ?? 0) + ((sorted[high] ?? 0) - (sorted[low] ?? 0)) * (position - low);
}

function expected(rows: Seeded[], key: string): Row {
  const counted = rows.filter((row) => row.status !== "LINKED" && row.status !== "MERGED");
  const resolved = counted.filter((row) => row.resolvedAt);
  const days = resolved.map((row) => ((row.resolvedAt?.getTime() ?? 0) - row.receivedAt.getTime()) / DAY);
  return {
    key,
    received: counted.length,
    resolved: resolved.length,
    resolutionRate: counted.length ? resolved.length / counted.length : null,
    resolutionDaysP50: percentile(days, 0.5),
    resolutionDaysP90: percentile(days, 0.9),
    overdue: counted.filter((row) => row.overdue).length,
  };
}

function expectRow(actual: Row | undefined, wanted: Row) {
  expect(actual).toBeDefined();
  expect({ key: actual?.key, received: actual?.received, resolved: actual?.resolved, overdue: actual?.overdue }).toEqual({
    key: wanted.key,
    received: wanted.received,
    resolved: wanted.resolved,
    overdue: wanted.overdue,
  });
  for (const field of ["resolutionRate", "resolutionDaysP50", "resolutionDaysP90"] as const) {
    if (wanted[field] === null) expect(actual?.[field]).toBeNull();
    else expect(actual?.[field]).toBeCloseTo(wanted[field] ?? 0, 6);
  }
}

function groupBy(rows: Seeded[], keyOf: (row: Seeded) => string): Row[] {
  const keys = [...new Set(rows.filter((row) => row.status !== "LINKED").map(keyOf))].sort();
  return keys.map((key) =>
    expected(
      rows.filter((row) => keyOf(row) === key),
      key,
    ),
  );
}

beforeAll(async () => {
  center = await startSubgraph("center", (options) => createCenterServer({ ...options, graph: new StubGraph() }), { clock: () => AS_OF });
  const db = center.server.db;
  const centre = await seedCentre(db, "15", "统计测试中心");
  const townships: string[] = [];
  for (const league of ["1501", "1502", "1509"]) {
    const counties = await db.division.findMany({ where: { parentCode: league }, orderBy: { code: "asc" }, take: 2 });
    for (const county of counties) {
      const found = await db.division.findMany({ where: { parentCode: county.code }, orderBy: { code: "asc" }, take: 2 });
      townships.push(...found.map((township) => township.code));
    }
  }
  expect(townships).toHaveLength(12);

  for (let n = 0; n < 480; n++) {
    const receivedAt = new Date(FROM.getTime() + ((n * 37) % 360) * DAY + (n % 24) * 3_600_000);
    const resolved = n % 5 !== 0 && n % 3 !== 1;
    const linked = !resolved && n % 11 === 0;
    seeded.push({
      id: randomUUID(),
      placeCode: townships[n % townships.length] ?? "",
      category: CATEGORIES[(n * 7) % CATEGORIES.length] ?? "OTHER",
      channel: CHANNELS[(n * 3) % CHANNELS.length] ?? "WALK_IN",
      receivedAt,
      resolvedAt: resolved ? new Date(receivedAt.getTime() + (((n * 13) % 60) + 0.25 * (n % 4)) * DAY) : null,
      status: resolved ? (n % 2 ? "RESOLVED" : "CLOSED") : linked ? "LINKED" : "IN_HANDLING",
      overdue: !resolved && !linked && n % 4 === 0,
    });
  }
  // Outside the period or the region: never counted.
  const outside = [
    { placeCode: townships[0] ?? "", receivedAt: new Date(FROM.getTime() - 1) },
    { placeCode: townships[1] ?? "", receivedAt: TO },
  ];
  const values = [
    ...seeded.map((row, n) => ({ ...row, number: `STAT-${n}-${row.id.slice(0, 8)}` })),
    ...outside.map((row, n) => ({
      ...row,
      id: randomUUID(),
      number: `STAT-OUT-${n}-${randomUUID().slice(0, 8)}`,
      category: "OTHER",
      channel: "WALK_IN",
      resolvedAt: null,
      status: "RECEIVED",
      overdue: true,
    })),
  ];
  await db.$executeRawUnsafe(
    `INSERT INTO dispute (id, number, channel, category, status, facts, claims, place_code, receiving_centre_id,
                          receiving_officer_id, receiving_officer_name, received_at, resolved_at)
     SELECT (r->>'id')::uuid, r->>'number', (r->>'channel')::"DisputeChannel", (r->>'category')::"DisputeCategory",
            (r->>'status')::"DisputeStatus", '统计测试', '统计测试', r->>'placeCode', $2::uuid, 'seed', '统计测试',
            (r->>'receivedAt')::timestamptz, (r->>'resolvedAt')::timestamptz
     FROM jsonb_array_elements($1::jsonb) r`,
    JSON.stringify(values),
    centre.id,
  );
  // An open stage past its limit for the overdue ones; a closed one and a future one for some others.
  await db.$executeRawUnsafe(
    `INSERT INTO stage_deadline (id, dispute_id, stage, centre_id, place_code, started_at, base_due_at, due_at, basis, closed_at)
     SELECT gen_random_uuid(), (r->>'id')::uuid, 'HANDLE', $2::uuid, r->>'placeCode', (r->>'receivedAt')::timestamptz,
            (r->>'due')::timestamptz, (r->>'due')::timestamptz, 'test', (r->>'closedAt')::timestamptz
     FROM jsonb_array_elements($1::jsonb) r`,
    JSON.stringify(
      values.flatMap((row, n) =>
        row.overdue
          ? [{ ...row, due: new Date(AS_OF.getTime() - DAY), closedAt: null }]
          : n % 6 === 1
            ? [
                { ...row, due: new Date(AS_OF.getTime() - DAY), closedAt: new Date(AS_OF.getTime() - 2 * DAY) },
                { ...row, due: new Date(AS_OF.getTime() + DAY), closedAt: null },
              ]
            : [],
      ),
    ),
    centre.id,
  );
});
afterAll(() => center.stop());

async function statistics(input: Record<string, unknown>, as = centreSupervisor("15")) {
  return center.request<{ disputeStatistics: { total: Row; rows: Row[] } }>(
    QUERY,
    {
      input: { from: FROM.toISOString(), to: TO.toISOString(), asOf: AS_OF.toISOString(), ...input },
    },
    as,
  );
}

describe("disputeStatistics over a seeded region (definitions: docs/statistics.md)", () => {
  it("counts received, resolved, 化解率, percentiles and overdue by league, as computed independently", async () => {
    center.resetQueries();
    const response = await statistics({ jurisdictionCode: "15", groupBy: "SUBDIVISION" });
    expect(response.errors).toBeUndefined();
    const result = response.data?.disputeStatistics;
    expectRow(result?.total, expected(seeded, "ALL"));
    const wanted = groupBy(seeded, (row) => row.placeCode.slice(0, 4));
    expect(result?.rows.map((row) => row.key)).toEqual(wanted.map((row) => row.key));
    wanted.forEach((row, index) => expectRow(result?.rows[index], row));
    expect(result?.rows.map((row) => row.label)).toEqual(["呼和浩特市", "包头市", "乌兰察布市"]);
    // Aggregated in the database: one statement for the total and one for the groups, whatever the size.
    expect(statementsOn(center.queries, "dispute")).toBe(2);
  });

  it("groups a league by category, channel, county and month", async () => {
    const league = seeded.filter((row) => row.placeCode.startsWith("1502"));
    const cases: [string, (row: Seeded) => string][] = [
      ["CATEGORY", (row) => row.category],
      ["CHANNEL", (row) => row.channel],
      ["SUBDIVISION", (row) => row.placeCode.slice(0, 6)],
      ["MONTH", (row) => new Date(row.receivedAt.getTime() + 8 * 3_600_000).toISOString().slice(0, 7)],
    ];
    for (const [dimension, keyOf] of cases) {
      const result = (await statistics({ jurisdictionCode: "1502", groupBy: dimension })).data?.disputeStatistics;
      expectRow(result?.total, expected(league, "ALL"));
      const wanted = groupBy(league, keyOf);
      expect(result?.rows.map((row) => row.key)).toEqual(wanted.map((row) => row.key));
      wanted.forEach((row, index) => expectRow(result?.rows[index], row));
    }
  });

  it("gives a county officer their county's figures and refuses a wider jurisdiction", async () => {
    const county = seeded[1]?.placeCode.slice(0, 6) ?? "";
    const officer = centreOfficer(null, county);
    const own = await statistics({ jurisdictionCode: county, groupBy: "SUBDIVISION" }, officer);
    expectRow(
      own.data?.disputeStatistics.total,
      expected(
        seeded.filter((row) => row.placeCode.startsWith(county)),
        "ALL",
      ),
    );
    const wider = await statistics({ jurisdictionCode: county.slice(0, 4) }, officer);
    expect(wider.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN" });
  });

  it("refuses a reversed period and a malformed code, naming the field", async () => {
    const reversed = await statistics({ jurisdictionCode: "15", from: TO.toISOString(), to: FROM.toISOString() });
    expect(reversed.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.to" });
    const malformed = await statistics({ jurisdictionCode: "15x" });
    expect(malformed.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.jurisdictionCode" });
  });
});
