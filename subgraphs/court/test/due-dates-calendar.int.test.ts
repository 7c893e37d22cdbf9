import { randomUUID } from "node:crypto";
import { courtClerk, judge } from "../../../tests/support/actors";
import { startSubgraph, type RunningSubgraph } from "../../../tests/support/subgraph-harness";
import type { Court } from "../generated/client";
import { createCourtServer, type CourtServer } from "../src/server";
import { seedApplication, seedCourt } from "./fixtures";
import { StubGraph } from "./stub-graph";

/**
 * 民法典 art 203, 民事诉讼法 art 85: every due date of a confirmation application is counted on the
 * holiday calendar, and a date in a year the calendar does not cover (it holds the State Council's
 * notices up to 2026) says so in `calendarMissingFor` rather than passing a weekend-only guess off
 * as certain: the 3 days to accept (2011 provisions art 4), the 30 days to conclude (民事诉讼法 art
 * 187) and the court's own 15, each party's 15 days to object (民诉法解释 372), and the 2 years to
 * apply for enforcement (民事诉讼法 art 250).
 */
const cst = (text: string) => new Date(`${text}+08:00`);
const READ = `query($id: ID!) { confirmationApplication(id: $id) {
  acceptanceDueAt conclusionDueAt targetConclusionAt calendarMissingFor
  services { objectionDeadline calendarMissingFor }
  enforcementWindows { deadline calendarMissingFor }
} }`;
interface Read {
  acceptanceDueAt: string;
  conclusionDueAt: string;
  targetConclusionAt: string;
  calendarMissingFor: number[];
  services: { objectionDeadline: string; calendarMissingFor: number[] }[];
  enforcementWindows: { deadline: string; calendarMissingFor: number[] }[];
}

let court: RunningSubgraph<CourtServer>;
let home: Court;
let now = new Date();

beforeAll(async () => {
  court = await startSubgraph("court", (options) => createCourtServer({ ...options, graph: new StubGraph() }), { clock: () => now });
  home = await seedCourt(court.server.db, { divisionCode: "150202" });
});
afterAll(() => court.stop());

async function read(id: string): Promise<Read> {
  const { data, errors } = await court.request<{ confirmationApplication: Read }>(READ, { id }, judge(home.id));
  if (errors || !data) throw new Error(JSON.stringify(errors));
  return data.confirmationApplication;
}

async function servedOn(applicationId: string, servedAt: Date) {
  await court.server.db.rulingService.create({
    data: {
      id: randomUUID(),
      applicationId,
      partyId: randomUUID(),
      servedAt,
      method: "DIRECT",
      objectionDeadline: servedAt,
      recordedAt: servedAt,
      recordedById: "user-seed",
      recordedByName: "陈书记员",
    },
  });
}

describe("confirmation due dates name the years the holiday calendar does not cover (民法典 art 203)", () => {
  it("shows none when every limit ends in a covered year", async () => {
    const filed = await seedApplication(court.server.db, { courtId: home.id, filedAt: cst("2026-11-10T10:00"), status: "REJECTED" });
    await servedOn(filed.id, cst("2026-11-20T10:00"));
    const application = await read(filed.id);
    // 3 days to 11-13 (Friday); 30 from there to 12-13, a Sunday, so Monday 12-14; 15 to Saturday 11-28, so Monday 11-30.
    expect(application).toMatchObject({
      acceptanceDueAt: cst("2026-11-13T23:59:59.999").toISOString(),
      conclusionDueAt: cst("2026-12-14T23:59:59.999").toISOString(),
      targetConclusionAt: cst("2026-11-30T23:59:59.999").toISOString(),
      calendarMissingFor: [],
      services: [{ calendarMissingFor: [] }],
    });
  });

  it("人民调解协议司法确认程序的若干规定 (2011) art 4: the 3 days to accept end on their third day, or on the next working day when that is a rest day", async () => {
    const tuesday = await seedApplication(court.server.db, { courtId: home.id, filedAt: cst("2026-11-10T10:00") });
    expect((await read(tuesday.id)).acceptanceDueAt).toBe(cst("2026-11-13T23:59:59.999").toISOString());
    // Filed Wednesday: the third day is Saturday 11-14, so the court decides by Monday 11-16 (民法典 art 203).
    const wednesday = await seedApplication(court.server.db, { courtId: home.id, filedAt: cst("2026-11-11T10:00") });
    expect((await read(wednesday.id)).acceptanceDueAt).toBe(cst("2026-11-16T23:59:59.999").toISOString());
  });

  it("names 2027 when the 30 days (民事诉讼法 art 187) and a party's 15 days to object (民诉法解释 372) run into it", async () => {
    const filed = await seedApplication(court.server.db, { courtId: home.id, filedAt: cst("2026-12-20T10:00"), status: "REJECTED" });
    await servedOn(filed.id, cst("2026-12-28T10:00"));
    const application = await read(filed.id);
    // Acceptance by Wednesday 12-23 (covered); the 30 days end on 2027-01-22, the 15 on 2027-01-07.
    expect(application.acceptanceDueAt).toBe(cst("2026-12-23T23:59:59.999").toISOString());
    expect(application.conclusionDueAt).toBe(cst("2027-01-22T23:59:59.999").toISOString());
    expect(application.calendarMissingFor).toEqual([2027]);
    expect(application.services).toEqual([{ objectionDeadline: expect.any(String), calendarMissingFor: [2027] }]);
  });

  it("runs the limits from acceptance once accepted (民事诉讼法 art 187), so the uncovered years follow the acceptance date", async () => {
    const filed = await seedApplication(court.server.db, { courtId: home.id, filedAt: cst("2026-12-20T10:00"), status: "ACCEPTED" });
    await court.server.db.confirmationApplication.update({
      where: { id: filed.id },
      data: { caseNumber: `(2026)内0202民特${Math.floor(Math.random() * 1e8)}号`, acceptanceDecidedAt: cst("2026-12-21T09:00") },
    });
    const application = await read(filed.id);
    expect(application.conclusionDueAt).toBe(cst("2027-01-20T23:59:59.999").toISOString());
    expect(application.calendarMissingFor).toEqual([2027]);
  });

  it("names the year an enforcement window (民事诉讼法 art 250) ends in when the calendar does not cover it", async () => {
    const filed = await seedApplication(court.server.db, { courtId: home.id, filedAt: cst("2026-11-02T10:00"), status: "CONFIRMED_VALID" });
    await court.server.db.confirmationApplication.update({
      where: { id: filed.id },
      data: {
        enforcementWindows: [
          {
            termId: randomUUID(),
            position: 1,
            runsFrom: cst("2026-12-01T00:00").toISOString(),
            deadline: cst("2028-12-01T23:59:59.999").toISOString(),
          },
        ],
      },
    });
    const application = await read(filed.id);
    expect(application.enforcementWindows).toEqual([
      { deadline: cst("2028-12-01T23:59:59.999").toISOString(), calendarMissingFor: [2028] },
    ]);
  });

  it("民诉法解释 354: a supplement deadline the hub counts names 2027; one the court sets, or in a covered year, names none", async () => {
    const ORDER = `mutation($input: OrderMaterialsSupplementInput!) { orderMaterialsSupplement(input: $input) { dueAt calendarMissingFor } }`;
    const order = async (input: Record<string, unknown>) => {
      const filed = await seedApplication(court.server.db, { courtId: home.id, filedAt: now });
      const { data, errors } = await court.request<{ orderMaterialsSupplement: { dueAt: string; calendarMissingFor: number[] } }>(
        ORDER,
        { input: { applicationId: filed.id, missing: ["AGREEMENT"], ...input } },
        courtClerk(home.id),
      );
      if (errors || !data) throw new Error(JSON.stringify(errors));
      return data.orderMaterialsSupplement;
    };
    now = cst("2026-12-28T10:00");
    // 7 days from Monday 12-28 end on 2027-01-04, a year the calendar lacks.
    expect(await order({})).toEqual({ dueAt: cst("2027-01-04T23:59:59.999").toISOString(), calendarMissingFor: [2027] });
    expect(await order({ dueAt: cst("2027-01-08T17:00").toISOString() })).toMatchObject({ calendarMissingFor: [] });
    now = cst("2026-11-10T10:00");
    expect(await order({})).toMatchObject({ calendarMissingFor: [] });
    now = new Date();
  });
});
