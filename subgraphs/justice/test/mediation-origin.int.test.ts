import { randomUUID } from "node:crypto";
import { mediator } from "../../../tests/support/actors";
import type { RunningSubgraph } from "../../../tests/support/subgraph-harness";
import type { JusticeServer } from "../src/server";
import { BILINGUAL, seedCommittee, startJusticeWithStub } from "./fixtures";
import { ACCEPT } from "./mediation-helpers";
import type { StubGraph } from "./stub-graph";

const ART_27 = "特邀调解规定 art 27";
// Tuesday 1 December 2026, 10:00 China time: the day the mediator signed for the court's file.
const SIGNED_FOR = "2026-12-01T02:00:00.000Z";
const ORIGIN = `query($id: ID!) { mediationCase(id: $id) { origin invitingCourtId courtProcedure fileSignedForAt dueAt timeLimitBasis calendarMissingFor } }`;

let justice: RunningSubgraph<JusticeServer>;
let graph: StubGraph;
let committeeId: string;
let courtId: string;
const as = () => mediator(committeeId);

beforeAll(async () => {
  ({ justice, graph } = await startJusticeWithStub());
  committeeId = (await seedCommittee(justice.server.db)).id;
  courtId = randomUUID();
  graph.courts.add(courtId);
});
afterAll(() => justice.stop());

async function accept(extra: Record<string, unknown>) {
  const { disputeId } = graph.addDispute(committeeId);
  const { data, errors } = await justice.request<any>(ACCEPT, { input: { disputeId, committeeId, ...extra } }, as());
  if (errors) return { errors, origin: null };
  const read = await justice.request<any>(ORIGIN, { id: data.acceptMediationCase.id }, as());
  return { errors: undefined, origin: read.data.mediationCase };
}

describe(`court-delegated and court-entrusted mediation (特邀调解规定 art 27)`, () => {
  it.each([
    ["委派 30 days", { origin: "COURT_DELEGATED" }, "2026-12-31T15:59:59.999Z", /委派调解期限为30日/],
    [
      "委托, ordinary procedure, 15 days",
      { origin: "COURT_ENTRUSTED", courtProcedure: "ORDINARY" },
      "2026-12-16T15:59:59.999Z",
      /普通程序的期限为15日/,
    ],
    [
      "委托, summary procedure, 7 days",
      { origin: "COURT_ENTRUSTED", courtProcedure: "SUMMARY" },
      "2026-12-08T15:59:59.999Z",
      /简易程序的期限为7日/,
    ],
  ])("%s, counted from when the mediator signed for the file", async (_name, origin, due, basis) => {
    const { errors, origin: recorded } = await accept({ ...origin, invitingCourtId: courtId, fileSignedForAt: SIGNED_FOR });
    expect(errors).toBeUndefined();
    expect(recorded).toMatchObject({ ...origin, invitingCourtId: courtId, fileSignedForAt: SIGNED_FOR, dueAt: due });
    expect(recorded.timeLimitBasis).toMatch(basis);
    // Each limit ends in 2026, which the holiday calendar covers.
    expect(recorded.calendarMissingFor).toEqual([]);
  });

  it("records people's mediation, and a court's case without an origin as delegated (as before)", async () => {
    expect((await accept({})).origin).toMatchObject({
      origin: "PEOPLES_MEDIATION",
      invitingCourtId: null,
      courtProcedure: null,
      fileSignedForAt: null,
    });
    const legacy = await accept({ invitingCourtId: courtId });
    expect(legacy.origin).toMatchObject({ origin: "COURT_DELEGATED", invitingCourtId: courtId });
    expect(legacy.origin.fileSignedForAt).toBeTruthy();
  });

  it.each([
    ["an entrusted case without its procedure", { origin: "COURT_ENTRUSTED", invitingCourtId: "court" }, "input.courtProcedure"],
    [
      "a procedure on a delegated case",
      { origin: "COURT_DELEGATED", invitingCourtId: "court", courtProcedure: "SUMMARY" },
      "input.courtProcedure",
    ],
    ["a court's case without the court", { origin: "COURT_ENTRUSTED", courtProcedure: "SUMMARY" }, "input.invitingCourtId"],
    ["a court on people's mediation", { origin: "PEOPLES_MEDIATION", invitingCourtId: "court" }, "input.invitingCourtId"],
    ["a file signed for on people's mediation", { fileSignedForAt: SIGNED_FOR }, "input.fileSignedForAt"],
    ["a file signed for in the future", { invitingCourtId: "court", fileSignedForAt: "2099-01-01T00:00:00Z" }, "input.fileSignedForAt"],
  ])(`refuses %s (特邀调解规定 art 27)`, async (_name, input, field) => {
    const withCourt = Object.fromEntries(Object.entries(input).map(([k, v]) => [k, v === "court" ? courtId : v]));
    const { errors } = await accept(withCourt);
    expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field, rule: ART_27 });
    expect(errors?.[0]?.message).toMatch(BILINGUAL);
  });
});

describe("people's mediation: a month counted to the corresponding date (民法典 art 202; 人民调解工作若干规定 art 33)", () => {
  // Tuesday 14 July 2026, 10:00 China time: a month ends on Friday 14 August, not after 30 days (13 August).
  const ACCEPTED_AT = new Date("2026-07-14T02:00:00.000Z");
  let fixed: RunningSubgraph<JusticeServer>;
  let fixedGraph: StubGraph;
  beforeAll(async () => {
    ({ justice: fixed, graph: fixedGraph } = await startJusticeWithStub(() => ACCEPTED_AT));
  });
  afterAll(() => fixed.stop());

  it("is due at the end of the corresponding date of the next month", async () => {
    const committee = await seedCommittee(fixed.server.db);
    const { disputeId } = fixedGraph.addDispute(committee.id);
    const { data, errors } = await fixed.request<any>(ACCEPT, { input: { disputeId, committeeId: committee.id } }, mediator(committee.id));
    expect(errors).toBeUndefined();
    expect(data.acceptMediationCase.dueAt).toBe("2026-08-14T15:59:59.999Z");
    expect(data.acceptMediationCase.timeLimitBasis).toContain("一个月");
  });
});

describe("a mediation limit in a year the holiday calendar does not cover says so (民法典 art 203)", () => {
  // Tuesday 29 December 2026: the mediator signed for the court's file the day before.
  const NOW = new Date("2026-12-29T02:00:00.000Z");
  let fixed: RunningSubgraph<JusticeServer>;
  let fixedGraph: StubGraph;
  beforeAll(async () => {
    ({ justice: fixed, graph: fixedGraph } = await startJusticeWithStub(() => NOW));
    fixedGraph.courts.add(courtId);
  });
  afterAll(() => fixed.stop());

  it("民法典 art 203: names 2027 when the 15 days of an entrusted case (特邀调解规定 art 27) run into it", async () => {
    const committee = await seedCommittee(fixed.server.db);
    const { disputeId } = fixedGraph.addDispute(committee.id);
    const input = {
      disputeId,
      committeeId: committee.id,
      origin: "COURT_ENTRUSTED",
      courtProcedure: "ORDINARY",
      invitingCourtId: courtId,
      fileSignedForAt: "2026-12-28T02:00:00.000Z",
    };
    const { data, errors } = await fixed.request<any>(ACCEPT, { input }, mediator(committee.id));
    expect(errors).toBeUndefined();
    const read = await fixed.request<any>(ORIGIN, { id: data.acceptMediationCase.id }, mediator(committee.id));
    // The 15 days end on Tuesday 2027-01-12, counted on weekends alone.
    expect(read.data.mediationCase).toMatchObject({ dueAt: "2027-01-12T15:59:59.999Z", calendarMissingFor: [2027] });
  });
});
