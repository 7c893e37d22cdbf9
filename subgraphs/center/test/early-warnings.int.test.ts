import { centreOfficer, centreSupervisor } from "../../../tests/support/actors";
import { startSubgraph, type RunningSubgraph } from "../../../tests/support/subgraph-harness";
import { checkCharacter } from "../src/persons/resident-id";
import { createCenterServer, type CenterServer } from "../src/server";
import { seedCentre } from "./fixtures";
import { cst, days, WARNINGS } from "./oversight-fixtures";
import { receive } from "./routing-fixtures";
import { StubGraph } from "./stub-graph";

// 集宁区 (150902) of 乌兰察布市 belongs to this file.
const JINING = "150902";
const [A, B, C, D] = ["150902001", "150902002", "150902003", "150902004"];
const asOf = cst("2026-06-30T12:00");
const idNumber = (sequence: string) => `15090219800101${sequence}${checkCharacter(`15090219800101${sequence}`)}`;

let center: RunningSubgraph<CenterServer>;
const planted: Record<string, string[]> = { cluster: [], person: [], many: [] };
const seeded: { id: string; category: string; before: number }[] = [];

beforeAll(async () => {
  center = await startSubgraph("center", (options) => createCenterServer({ ...options, graph: new StubGraph() }), { clock: () => asOf });
  const centre = await seedCentre(center.server.db, JINING, "集宁区综治中心");
  const officer = centreOfficer(centre.id, JINING);
  const at = (daysBefore: number) => new Date(asOf.getTime() - days(daysBefore)).toISOString();
  const add = async (placeCode: string, category: string, daysBefore: number, extra: Record<string, unknown> = {}) => {
    const id = await receive(center, officer, { placeCode, category, receivedAt: at(daysBefore), receivingCentreId: centre.id, ...extra });
    seeded.push({ id, category, before: daysBefore });
    return id;
  };
  const parties = (names: string[], applicantId?: string) =>
    names.map((name, index) => ({
      role: index === 0 ? "APPLICANT" : "RESPONDENT",
      kind: "PERSON",
      name,
      ...(index === 0 && applicantId ? { idNumber: applicantId } : {}),
    }));

  // Planted: three unpaid-wage disputes in one township within 30 days (threshold 3 for labour).
  for (const before of [20, 10, 5]) planted.cluster?.push(await add(A, "LABOUR_WAGES", before));
  // Planted: one person in three disputes in three townships within 180 days.
  const person = idNumber("135");
  for (const [place, category, before] of [
    [B, "FAMILY", 150],
    [C, "CONTRACT", 90],
    [D, "NEIGHBOUR", 3],
  ] as const) {
    planted.person?.push(await add(place, category, before, { parties: parties(["巴图", "李明"], person) }));
  }
  // Planted: six parties in one dispute.
  planted.many?.push(await add(D, "PROPERTY", 2, { parties: parties(["甲", "乙", "丙", "丁", "戊", "己"]) }));

  // Scattered, unrelated: two wage disputes in B (below 3); three in C, 40 days apart; other
  // people with one dispute each; an old cluster in D, outside the window.
  await add(B, "LABOUR_WAGES", 4);
  await add(B, "LABOUR_WAGES", 25);
  for (const before of [100, 60, 20]) await add(C, "LABOUR_WAGES", before);
  await add(C, "TRAFFIC_ACCIDENT", 8, { parties: parties(["张三", "王五"], idNumber("246")) });
  await add(D, "TRAFFIC_ACCIDENT", 9, { parties: parties(["赵六", "孙七"], idNumber("357")) });
  for (const before of [200, 195, 190, 185]) await add(D, "LAND", before);
});
afterAll(() => center.stop());

describe("early warnings (预警)", () => {
  it("reports the planted cluster, the repeated party and the many-party dispute with their evidence, and nothing else", async () => {
    const { data, errors } = await center.request<{ earlyWarnings: any[] }>(
      WARNINGS,
      { code: JINING, asOf: asOf.toISOString() },
      centreSupervisor("1509"),
    );
    expect(errors).toBeUndefined();
    const warnings = data?.earlyWarnings ?? [];
    const ids = (warning: any) => warning.disputes.map((d: any) => d.id).sort();
    expect(
      warnings
        .filter((w) => w.kind !== "ESCALATION_RISK")
        .map((w) => w.kind)
        .sort(),
    ).toEqual(["CATEGORY_CLUSTER", "REPEATED_PARTY"]);

    const cluster = warnings.find((w) => w.kind === "CATEGORY_CLUSTER");
    expect(cluster).toMatchObject({ placeCode: A, category: "LABOUR_WAGES", count: 3, threshold: 3, windowTo: asOf.toISOString() });
    expect(cluster.windowFrom).toBe(new Date(asOf.getTime() - days(30)).toISOString());
    expect(cluster.basis).toContain("30日");
    expect(ids(cluster)).toEqual([...(planted.cluster ?? [])].sort());

    const repeated = warnings.find((w) => w.kind === "REPEATED_PARTY");
    expect(repeated).toMatchObject({ count: 3, threshold: 3, placeCode: null });
    expect(repeated.personId).toMatch(/^[0-9a-f-]{36}$/);
    expect(ids(repeated)).toEqual([...(planted.person ?? [])].sort());
    expect(repeated.disputes.map((d: any) => d.placeCode).sort()).toEqual([B, C, D]);

    const risks = warnings.filter((w) => w.kind === "ESCALATION_RISK");
    const many = risks.find((w) => w.markers.some((m: string) => m.startsWith("MANY_PARTIES")));
    expect(many).toMatchObject({ placeCode: D, category: "PROPERTY", markers: ["MANY_PARTIES (6 ≥ 5)"] });
    expect(ids(many)).toEqual(planted.many);
    // Unrouted for more than 15 days (信访工作条例 art 22) in a sensitive category: unpaid wages, land.
    const overdueSensitive = seeded.filter((d) => ["LABOUR_WAGES", "LAND"].includes(d.category) && d.before > 15).map((d) => d.id);
    const flagged = risks.filter((w) => w !== many);
    expect(flagged.map((w) => w.disputes[0].id).sort()).toEqual(overdueSensitive.sort());
    for (const w of flagged) expect(w.markers).toEqual([`OVERDUE_IN_SENSITIVE_CATEGORY (${w.category})`]);
  });

  it("scopes warnings to the jurisdiction asked about and its supervisors", async () => {
    const township = await center.request<{ earlyWarnings: any[] }>(
      WARNINGS,
      { code: A, asOf: asOf.toISOString() },
      centreSupervisor("1509"),
    );
    expect(township.data?.earlyWarnings.map((w) => [w.kind, w.placeCode])).toEqual([
      ["CATEGORY_CLUSTER", A],
      ["ESCALATION_RISK", A],
    ]);
    const outside = await center.request(WARNINGS, { code: JINING }, centreSupervisor("1502"));
    expect(outside.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", action: "earlyWarnings" });
    const badCode = await center.request(WARNINGS, { code: "abc" }, centreSupervisor("1509"));
    expect(badCode.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "jurisdictionCode" });
  });
});
