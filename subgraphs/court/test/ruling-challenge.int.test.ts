import { randomUUID } from "node:crypto";
import { grantedDisputes } from "../../../tests/support/granted";
import { courtClerk, judge } from "../../../tests/support/actors";
import { startSubgraph, type RunningSubgraph } from "../../../tests/support/subgraph-harness";
import type { Court } from "../generated/client";
import { dueAt, type Period } from "@hub/subgraph-kit";
import { DEFAULT_DEADLINES } from "../src/config/deadlines";
import { createCourtServer, type CourtServer } from "../src/server";
import { FILE, filing, mutate, readyToRule, ruled } from "./court-helpers";
import { seedCourt } from "./fixtures";
import { StubGraph } from "./stub-graph";

const DAY = 24 * 60 * 60 * 1000;
const graph = new StubGraph();
let clock = new Date();
let court: RunningSubgraph<CourtServer>;
let home: Court;

beforeAll(async () => {
  court = await startSubgraph("court", (options) => createCourtServer({ ...options, graph }), { clock: () => clock });
  home = await seedCourt(court.server.db, { divisionCode: "150202" });
});
afterAll(() => court.stop());
beforeEach(() => {
  clock = new Date();
});

const SERVE = `mutation($input: RecordRulingServiceInput!) { recordRulingService(input: $input) { id partyId servedAt method objectionDeadline } }`;
const OBJECT = `mutation($input: FileRulingObjectionInput!) { fileRulingObjection(input: $input) { id status objectorKind partyId objectorName } }`;
const REVIEW_OBJECTION = `mutation($input: StartObjectionReviewInput!) { startObjectionReview(input: $input) { id status reviewStartedAt } }`;
const DECIDE_OBJECTION = `mutation($input: DecideRulingObjectionInput!) { decideRulingObjection(input: $input) { id status decidedBy { id } decisionReasoning } }`;
const READ = `query($id: ID!) { confirmationApplication(id: $id) { id status objectionDeadline
  services { partyId method objectionDeadline } objections { id status objectorKind } enforcementWindows { termId position runsFrom deadline } } }`;

const read = async (id: string) =>
  (await court.request<{ confirmationApplication: Record<string, any> }>(READ, { id }, judge(home.id))).data?.confirmationApplication;

/** The end of a configured period from `from`, as the kit counts it (民事诉讼法 art 85; 民法典 arts 202-203). */
const due = (from: Date | string, rule: Period) => dueAt(new Date(from), rule).toISOString();
const { enforcementApplication, partyObjection } = DEFAULT_DEADLINES;

describe("民事诉讼法 art 250 ¶2: the enforcement window", () => {
  it("民事诉讼法 art 250 ¶2: runs two years from each term's performance deadline (the last instalment's), per term", async () => {
    const onGraph = graph.add({ countyCode: home.divisionCode });
    const lastInstalment = new Date(Date.now() + 90 * DAY).toISOString();
    const single = new Date(Date.now() + 10 * DAY).toISOString();
    const terms = [
      { id: randomUUID(), position: 1, deadline: single, subject: "PAYMENT" },
      { id: randomUUID(), position: 2, deadline: lastInstalment, subject: "PAYMENT" },
    ];
    if (onGraph.facts.agreement) onGraph.facts.agreement.terms = terms;
    const id = await readyToRule(court, onGraph, home);
    const ruling = await ruled(court, id, home);
    const twoYearsOn = (iso: string) => due(iso, enforcementApplication);
    expect(ruling.enforcementWindows).toEqual([
      { termId: terms[0]?.id, position: 1, runsFrom: single, deadline: twoYearsOn(single) },
      { termId: terms[1]?.id, position: 2, runsFrom: lastInstalment, deadline: twoYearsOn(lastInstalment) },
    ]);
    expect(ruling.enforcementDeadline).toBe(twoYearsOn(lastInstalment));
  });

  it("民事诉讼法 art 250 ¶2: runs from the ruling only where the agreement set no performance period", async () => {
    const onGraph = graph.add({ countyCode: home.divisionCode });
    if (onGraph.facts.agreement) onGraph.facts.agreement.terms = [];
    const id = await readyToRule(court, onGraph, home);
    const ruling = await ruled(court, id, home);
    expect(ruling.enforcementWindows).toEqual([
      { termId: null, position: null, runsFrom: ruling.ruledAt, deadline: ruling.enforcementDeadline },
    ]);
    const days = (new Date(String(ruling.enforcementDeadline)).getTime() - new Date(String(ruling.ruledAt)).getTime()) / DAY;
    expect(days).toBeGreaterThan(730);
    expect(days).toBeLessThanOrEqual(732);
  });
});

describe("民诉法解释 372: service and objections", () => {
  async function ruledApplication(outcome: "VALID" | "REJECTED" = "VALID") {
    const onGraph = graph.add({ countyCode: home.divisionCode });
    const id = await readyToRule(court, onGraph, home);
    await ruled(court, id, home, outcome);
    return { id, onGraph };
  }

  it("民诉法解释 372: the party's 15 days run from its receipt of the ruling, recorded with date and method", async () => {
    const { id, onGraph } = await ruledApplication();
    expect((await read(id))?.objectionDeadline).toBeNull();
    const servedAt = new Date(clock.getTime() + 60_000);
    clock = new Date(clock.getTime() + 6 * DAY);
    const served = await mutate(
      court,
      SERVE,
      { applicationId: id, partyId: onGraph.applicant, servedAt: servedAt.toISOString(), method: "DIRECT" },
      courtClerk(home.id),
    );
    expect(served.result).toMatchObject({ method: "DIRECT", objectionDeadline: due(servedAt, partyObjection) });
    expect((await read(id))?.objectionDeadline).toBeNull();
    // five days apart, so the two parties' periods end on different days whatever rest days fall between
    const later = new Date(servedAt.getTime() + 5 * DAY);
    await mutate(
      court,
      SERVE,
      { applicationId: id, partyId: onGraph.respondent, servedAt: later.toISOString(), method: "ELECTRONIC" },
      courtClerk(home.id),
    );
    expect((await read(id))?.objectionDeadline).toBe(due(later, partyObjection));

    clock = new Date(new Date(due(servedAt, partyObjection)).getTime() - 1000);
    const inTime = await mutate(
      court,
      OBJECT,
      { applicationId: id, objectorKind: "PARTY", partyId: onGraph.applicant, grounds: "协议非本人真实意思" },
      courtClerk(home.id),
    );
    expect(inTime.result).toMatchObject({ status: "FILED", objectorKind: "PARTY", partyId: onGraph.applicant });
    clock = new Date(new Date(due(servedAt, partyObjection)).getTime() + 1000);
    const late = await mutate(
      court,
      OBJECT,
      { applicationId: id, objectorKind: "PARTY", partyId: onGraph.applicant, grounds: "再次异议" },
      courtClerk(home.id),
    );
    expect(late.extensions).toMatchObject({ code: "DEADLINE_PASSED", rule: "民诉法解释 372", deadline: due(servedAt, partyObjection) });
    const respondentInTime = await mutate(
      court,
      OBJECT,
      { applicationId: id, objectorKind: "PARTY", partyId: onGraph.respondent, grounds: "金额有误" },
      courtClerk(home.id),
    );
    expect(respondentInTime.errors).toBeUndefined();
  });

  it("民诉法解释 372: applies to rejection rulings too; service cannot precede the ruling nor be recorded twice", async () => {
    const { id, onGraph } = await ruledApplication("REJECTED");
    const before = await mutate(
      court,
      SERVE,
      { applicationId: id, partyId: onGraph.applicant, servedAt: new Date(Date.now() - DAY).toISOString(), method: "POSTAL" },
      courtClerk(home.id),
    );
    expect(before.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.servedAt" });
    const servedAt = new Date(clock.getTime() + 1000).toISOString();
    clock = new Date(clock.getTime() + 2000);
    expect(
      (await mutate(court, SERVE, { applicationId: id, partyId: onGraph.applicant, servedAt, method: "POSTAL" }, courtClerk(home.id)))
        .errors,
    ).toBeUndefined();
    const twice = await mutate(
      court,
      SERVE,
      { applicationId: id, partyId: onGraph.applicant, servedAt, method: "POSTAL" },
      courtClerk(home.id),
    );
    expect(twice.extensions).toMatchObject({ code: "CONFLICT" });
    clock = new Date(new Date(due(servedAt, partyObjection)).getTime() + 1000);
    const late = await mutate(
      court,
      OBJECT,
      { applicationId: id, objectorKind: "PARTY", partyId: onGraph.applicant, grounds: "不服驳回" },
      courtClerk(home.id),
    );
    expect(late.extensions).toMatchObject({ code: "DEADLINE_PASSED", rule: "民诉法解释 372" });
  });

  it("民诉法解释 372: a late objection whose 6 months ended in a year the holiday calendar does not cover says so (民法典 art 203)", async () => {
    const { id } = await ruledApplication();
    clock = new Date("2027-08-02T02:00:00.000Z");
    const tooLate = await mutate(
      court,
      OBJECT,
      {
        applicationId: id,
        objectorKind: "INTERESTED_PERSON",
        objectorName: "某建材公司",
        learnedOfHarmAt: "2027-01-15T02:00:00.000Z",
        grounds: "双方恶意串通转移财产",
      },
      courtClerk(home.id),
    );
    expect(tooLate.extensions).toMatchObject({ code: "DEADLINE_PASSED", rule: "民诉法解释 372", calendarMissingFor: [2027] });
    expect(tooLate.errors?.[0]?.message).toContain("2027");
  });

  it("民诉法解释 372: an interested person objects within 6 months of learning of the harm, not after", async () => {
    expect(DEFAULT_DEADLINES.interestedPersonObjection).toMatchObject({ months: 6 });
    const { id } = await ruledApplication();
    // 6 months to the corresponding date (民法典 art 202): five months back is in time, seven is not
    const monthsBack = (months: number) => {
      const at = new Date(clock);
      at.setUTCMonth(at.getUTCMonth() - months);
      return at.toISOString();
    };
    const learned = monthsBack(5);
    const inTime = await mutate(
      court,
      OBJECT,
      {
        applicationId: id,
        objectorKind: "INTERESTED_PERSON",
        objectorName: "某建材公司",
        learnedOfHarmAt: learned,
        grounds: "双方恶意串通转移财产",
      },
      courtClerk(home.id),
    );
    expect(inTime.result).toMatchObject({ objectorKind: "INTERESTED_PERSON", objectorName: "某建材公司", partyId: null });
    const tooLate = await mutate(
      court,
      OBJECT,
      {
        applicationId: id,
        objectorKind: "INTERESTED_PERSON",
        objectorName: "某建材公司",
        learnedOfHarmAt: new Date(clock.getTime() - 200 * DAY).toISOString(),
        grounds: "同上",
      },
      courtClerk(home.id),
    );
    expect(tooLate.extensions).toMatchObject({ code: "DEADLINE_PASSED", rule: "民诉法解释 372" });
    // Six months that ended in a year the holiday calendar covers: nothing to flag.
    expect(tooLate.extensions).not.toHaveProperty("calendarMissingFor");
    const noDate = await mutate(
      court,
      OBJECT,
      { applicationId: id, objectorKind: "INTERESTED_PERSON", objectorName: "某公司", grounds: "同上" },
      courtClerk(home.id),
    );
    expect(noDate.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.learnedOfHarmAt" });
  });

  it("民诉法解释 372: the objection is filed, reviewed and decided: upheld leaves the ruling, revoked ends it, on the case and in the events", async () => {
    const { id, onGraph } = await ruledApplication();
    const file = (grounds: string) =>
      mutate(court, OBJECT, { applicationId: id, objectorKind: "PARTY", partyId: onGraph.respondent, grounds }, courtClerk(home.id));
    const first = String((await file("数额有误")).result?.id);
    const early = await mutate(
      court,
      DECIDE_OBJECTION,
      { objectionId: first, revokeRuling: false, reasoning: "异议不成立" },
      judge(home.id),
    );
    expect(early.extensions).toMatchObject({ code: "ILLEGAL_TRANSITION", currentState: "FILED" });
    expect((await mutate(court, REVIEW_OBJECTION, { objectionId: first }, courtClerk(home.id))).extensions).toMatchObject({
      code: "FORBIDDEN",
    });
    expect((await mutate(court, REVIEW_OBJECTION, { objectionId: first }, judge(home.id))).result?.status).toBe("UNDER_REVIEW");
    const theJudge = judge(home.id);
    const dismissed = await mutate(court, DECIDE_OBJECTION, { objectionId: first, revokeRuling: false, reasoning: "异议不成立" }, theJudge);
    expect(dismissed.result).toMatchObject({ status: "RULING_UPHELD", decidedBy: { id: theJudge.userId } });
    expect((await read(id))?.status).toBe("CONFIRMED_VALID");

    clock = new Date(clock.getTime() + 1000);
    const second = String((await file("调解违反自愿原则")).result?.id);
    await mutate(court, REVIEW_OBJECTION, { objectionId: second }, judge(home.id));
    const revoked = await mutate(
      court,
      DECIDE_OBJECTION,
      { objectionId: second, revokeRuling: true, reasoning: "异议成立" },
      judge(home.id),
    );
    expect(revoked.result?.status).toBe("RULING_REVOKED");
    const after = await read(id);
    expect(after?.status).toBe("RULING_REVOKED");
    expect(after?.objections.map((objection: { status: string }) => objection.status)).toEqual(["RULING_UPHELD", "RULING_REVOKED"]);

    const requestId = randomUUID();
    const reader = judge(home.id);
    const row = await court.server.db.confirmationApplication.findUniqueOrThrow({ where: { id } });
    const events = await court.request<{ _entities: { courtEvents: { type: string }[] }[] }>(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Dispute { courtEvents { type } } } }`,
      { r: grantedDisputes([row.disputeId], requestId, reader) },
      reader,
      requestId,
    );
    const types = events.data?._entities[0]?.courtEvents.map((event) => event.type) ?? [];
    expect(types.slice(-7)).toEqual([
      "confirmation.objection_filed",
      "confirmation.objection_review_started",
      "confirmation.objection_decided",
      "confirmation.objection_filed",
      "confirmation.objection_review_started",
      "confirmation.objection_decided",
      "confirmation.ruling_revoked",
    ]);

    // A revoked valid ruling leaves the agreement as a rejected one: not filed again (民事诉讼法 art 206)
    const again = await mutate(court, FILE, filing(onGraph, home), courtClerk(home.id));
    expect(again.extensions).toMatchObject({ code: "REFUSED_BY_RULE", rule: "民事诉讼法 art 206" });
  });
});
