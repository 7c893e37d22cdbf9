import { randomUUID } from "node:crypto";
import { courtClerk, judge } from "../../../tests/support/actors";
import { startSubgraph, type RunningSubgraph } from "../../../tests/support/subgraph-harness";
import type { Court } from "../generated/client";
import { yearInChina } from "../src/applications/case-number";
import { dueAt } from "@hub/subgraph-kit";
import { DEFAULT_DEADLINES } from "../src/config/deadlines";
import { createCourtServer, type CourtServer } from "../src/server";
import { FILE, filing, mutate, readyToRule, RULE } from "./court-helpers";
import { seedCourt } from "./fixtures";
import { StubGraph } from "./stub-graph";

const DAY = 24 * 60 * 60 * 1000;
const graph = new StubGraph();
let clock = new Date();
let court: RunningSubgraph<CourtServer>;
let ownLimitCourt: RunningSubgraph<CourtServer>;
let home: Court;

beforeAll(async () => {
  court = await startSubgraph("court", (options) => createCourtServer({ ...options, graph }), { clock: () => clock });
  ownLimitCourt = await startSubgraph("court", (options) =>
    createCourtServer({ ...options, env: { ...options.env, COURT_OWN_CONCLUSION_LIMIT: true }, graph }),
  );
  home = await seedCourt(court.server.db, { divisionCode: "150202" });
});
afterAll(async () => {
  await court.stop();
  await ownLimitCourt.stop();
});
beforeEach(() => {
  clock = new Date();
});

const ACCEPT = `mutation($input: DecideConfirmationAcceptanceInput!) { decideConfirmationAcceptance(input: $input) {
  id status caseNumber acceptedAt conclusionDueAt targetConclusionAt ownConclusionLimitApplies } }`;
const ORDER = `mutation($input: OrderMaterialsSupplementInput!) { orderMaterialsSupplement(input: $input) { id missing dueAt orderedBy { id } } }`;
const SUPPLIED = `mutation($input: RecordMaterialsSuppliedInput!) { recordMaterialsSupplied(input: $input) { id materials missingMaterials } }`;
const DEEM = `mutation($input: DeemConfirmationWithdrawnInput!) { deemConfirmationWithdrawn(input: $input) { id status deemedWithdrawn withdrawalReason } }`;
const REVIEW = `mutation($input: StartConfirmationReviewInput!) { startConfirmationReview(input: $input) { id } }`;
const HEAR = `mutation($input: RecordPartyHearingInput!) { recordPartyHearing(input: $input) { id partyId manner } }`;
const EXTEND = `mutation($input: ExtendConfirmationConclusionInput!) { extendConfirmationConclusion(input: $input) { id limit days reason approvedByName } }`;
const READ = `query($id: ID!) { confirmationApplication(id: $id) { id conclusionDueAt targetConclusionAt
  conclusionExtensions { limit days reason approvedByName recordedBy { id } } hearings { partyId manner } supplementOrders { missing suppliedAt } } }`;

const fileAt = async (subgraph: RunningSubgraph<CourtServer>, at: Court, overrides: Record<string, unknown> = {}) => {
  const onGraph = graph.add({ countyCode: at.divisionCode });
  const filed = await mutate(subgraph, FILE, filing(onGraph, at, overrides), courtClerk(at.id));
  if (!filed.result) throw new Error(JSON.stringify(filed.errors));
  return { id: String(filed.result.id), onGraph, filed: filed.result };
};

describe("民诉法解释 354 and 357(2): materials, supplements, deemed withdrawal", () => {
  it("民诉法解释 354: lists what is missing and refuses acceptance until the court's order is supplied", async () => {
    const { id, filed } = await fileAt(court, home, { materials: ["AGREEMENT"] });
    expect(filed.missingMaterials).toEqual(["MEDIATION_ORGANISATION_PROOF", "PARTY_IDENTITY_AND_CONTACT"]);
    const early = await mutate(court, ACCEPT, { applicationId: id, accept: true }, courtClerk(home.id));
    expect(early.extensions).toMatchObject({ code: "REFUSED_BY_RULE", rule: "民诉法解释 354", missingMaterials: filed.missingMaterials });

    const order = await mutate(court, ORDER, { applicationId: id, missing: filed.missingMaterials }, courtClerk(home.id));
    expect(order.errors).toBeUndefined();
    expect(order.result?.dueAt).toBe(dueAt(clock, DEFAULT_DEADLINES.materialsSupplement).toISOString());
    const second = await mutate(court, ORDER, { applicationId: id, missing: ["POWER_OF_ATTORNEY"] }, courtClerk(home.id));
    expect(second.extensions).toMatchObject({ code: "CONFLICT", rule: "民诉法解释 354" });

    const supplied = await mutate(court, SUPPLIED, { applicationId: id }, courtClerk(home.id));
    expect(supplied.result).toMatchObject({ missingMaterials: [] });
    const accepted = await mutate(court, ACCEPT, { applicationId: id, accept: true }, courtClerk(home.id));
    expect(accepted.result?.status).toBe("ACCEPTED");
    const events = await court.server.db.eventLog.findMany({ where: { subjectId: id }, orderBy: { seq: "asc" } });
    expect(events.map((event) => event.type)).toEqual([
      "confirmation.filed",
      "confirmation.supplement_ordered",
      "confirmation.materials_supplied",
      "confirmation.accepted",
    ]);
  });

  it("民诉法解释 357(2): deems the application withdrawn once the deadline to supply has passed, not before", async () => {
    const { id } = await fileAt(court, home, { materials: [] });
    const dueAt = new Date(clock.getTime() + 2 * DAY).toISOString();
    await mutate(court, ORDER, { applicationId: id, missing: ["AGREEMENT"], dueAt }, courtClerk(home.id));
    const early = await mutate(court, DEEM, { applicationId: id }, courtClerk(home.id));
    expect(early.extensions).toMatchObject({ code: "REFUSED_BY_RULE", rule: "民诉法解释 357(2)", supplementDueAt: dueAt });

    clock = new Date(clock.getTime() + 3 * DAY);
    const deemed = await mutate(court, DEEM, { applicationId: id }, courtClerk(home.id));
    expect(deemed.result).toMatchObject({ status: "WITHDRAWN", deemedWithdrawn: true, withdrawalReason: "逾期未补交材料，按撤回申请处理" });
  });

  it("民诉法解释 357(2): an application with nothing outstanding cannot be deemed withdrawn", async () => {
    const { id } = await fileAt(court, home);
    const { extensions } = await mutate(court, DEEM, { applicationId: id }, courtClerk(home.id));
    expect(extensions).toMatchObject({ code: "REFUSED_BY_RULE", rule: "民诉法解释 357(2)" });
  });
});

describe("民诉法解释 356: both parties appear or are heard before the ruling", () => {
  it("民诉法解释 356: refuses a ruling until every applicant has appeared or been heard, then rules", async () => {
    const { id, onGraph } = await fileAt(court, home);
    await mutate(court, ACCEPT, { applicationId: id, accept: true }, courtClerk(home.id));
    await mutate(court, REVIEW, { applicationId: id }, judge(home.id));
    const heard = await mutate(
      court,
      HEAR,
      { applicationId: id, partyId: onGraph.applicant, manner: "APPEARED_IN_PERSON" },
      judge(home.id),
    );
    expect(heard.result).toMatchObject({ partyId: onGraph.applicant, manner: "APPEARED_IN_PERSON" });
    const early = await mutate(court, RULE, { applicationId: id, outcome: "VALID" }, judge(home.id));
    expect(early.extensions).toMatchObject({ code: "REFUSED_BY_RULE", rule: "民诉法解释 356", unheardPartyIds: [onGraph.respondent] });

    await mutate(court, HEAR, { applicationId: id, partyId: onGraph.respondent, manner: "HEARD_ONLINE" }, courtClerk(home.id));
    const ruled = await mutate(court, RULE, { applicationId: id, outcome: "VALID" }, judge(home.id));
    expect(ruled.result?.status).toBe("CONFIRMED_VALID");
  });

  it("民诉法解释 356: refuses hearing someone who is not an applicant, twice the same party, or before acceptance", async () => {
    const { id, onGraph } = await fileAt(court, home);
    const beforeAcceptance = await mutate(
      court,
      HEAR,
      { applicationId: id, partyId: onGraph.applicant, manner: "APPEARED_IN_PERSON" },
      judge(home.id),
    );
    expect(beforeAcceptance.extensions).toMatchObject({ code: "ILLEGAL_TRANSITION", currentState: "FILED" });
    await mutate(court, ACCEPT, { applicationId: id, accept: true }, courtClerk(home.id));
    const stranger = await mutate(
      court,
      HEAR,
      { applicationId: id, partyId: onGraph.thirdParty, manner: "APPEARED_IN_PERSON" },
      judge(home.id),
    );
    expect(stranger.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.partyId" });
    await mutate(court, HEAR, { applicationId: id, partyId: onGraph.applicant, manner: "APPEARED_BY_AGENT" }, judge(home.id));
    const twice = await mutate(
      court,
      HEAR,
      { applicationId: id, partyId: onGraph.applicant, manner: "APPEARED_IN_PERSON" },
      judge(home.id),
    );
    expect(twice.extensions).toMatchObject({ code: "CONFLICT" });
    const elsewhere = await mutate(
      court,
      HEAR,
      { applicationId: id, partyId: onGraph.respondent, manner: "APPEARED_IN_PERSON" },
      judge(randomUUID()),
    );
    expect(elsewhere.extensions).toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("民事诉讼法 art 187: limits from acceptance, extensions by the president", () => {
  it("民事诉讼法 art 187: the 30 days run from acceptance (立案), not from filing", async () => {
    const { id } = await fileAt(court, home);
    const filedAt = clock;
    clock = new Date(clock.getTime() + 10 * DAY);
    const accepted = await mutate(court, ACCEPT, { applicationId: id, accept: true }, courtClerk(home.id));
    const acceptedAt = new Date(String(accepted.result?.acceptedAt)).getTime();
    expect(acceptedAt).toBe(clock.getTime());
    expect(accepted.result?.conclusionDueAt).toBe(dueAt(clock, DEFAULT_DEADLINES.conclusion).toISOString());
    expect(accepted.result?.conclusionDueAt).not.toBe(dueAt(filedAt, DEFAULT_DEADLINES.conclusion).toISOString());
    expect(accepted.result?.ownConclusionLimitApplies).toBe(false);
  });

  it("民事诉讼法 art 187: records the president's extension with its reason; refuses one without, too long, or twice", async () => {
    const { id } = await fileAt(court, home);
    const accepted = await mutate(court, ACCEPT, { applicationId: id, accept: true }, courtClerk(home.id));
    const acceptedAt = new Date(String(accepted.result?.acceptedAt));
    const input = { applicationId: id, limit: "STATUTORY", days: 15, reason: "需向调解组织核实事实", approvedByName: "王院长" };
    expect((await mutate(court, EXTEND, { ...input, reason: " " }, judge(home.id))).extensions).toMatchObject({ field: "input.reason" });
    expect((await mutate(court, EXTEND, { ...input, days: 31 }, judge(home.id))).extensions).toMatchObject({ field: "input.days" });
    expect((await mutate(court, EXTEND, input, courtClerk(home.id))).extensions).toMatchObject({ code: "FORBIDDEN" });
    const theJudge = judge(home.id);
    const extended = await mutate(court, EXTEND, input, theJudge);
    expect(extended.result).toMatchObject({ limit: "STATUTORY", days: 15, approvedByName: "王院长" });
    expect((await mutate(court, EXTEND, input, judge(home.id))).extensions).toMatchObject({ code: "CONFLICT" });

    const { data } = await court.request<{ confirmationApplication: Record<string, any> }>(READ, { id }, judge(home.id));
    // the extension adds to the period before a last day on a rest day moves (民法典 art 203)
    expect(data?.confirmationApplication.conclusionDueAt).toBe(dueAt(acceptedAt, { days: 30 + 15 }).toISOString());
    expect(data?.confirmationApplication.conclusionExtensions).toEqual([
      { limit: "STATUTORY", days: 15, reason: "需向调解组织核实事实", approvedByName: "王院长", recordedBy: { id: theJudge.userId } },
    ]);
    const events = await court.server.db.eventLog.findMany({ where: { subjectId: id, type: "confirmation.conclusion_extended" } });
    expect(events[0]?.summary).toContain("王院长");
  });

  it("人民调解协议司法确认程序的若干规定 (2011) art 6: the 15 days (+10) are extendable only where the deployment applies them as the court's own limit", async () => {
    const { id } = await fileAt(court, home);
    await mutate(court, ACCEPT, { applicationId: id, accept: true }, courtClerk(home.id));
    const ownInput = { applicationId: id, limit: "COURT_OWN", days: 10, reason: "案情复杂", approvedByName: "王院长" };
    expect((await mutate(court, EXTEND, ownInput, judge(home.id))).extensions).toMatchObject({
      code: "REFUSED_BY_RULE",
      field: "input.limit",
    });

    const own = await fileAt(ownLimitCourt, home);
    const accepted = await mutate(ownLimitCourt, ACCEPT, { applicationId: own.id, accept: true }, courtClerk(home.id));
    expect(accepted.result?.ownConclusionLimitApplies).toBe(true);
    const ownAcceptedAt = new Date(String(accepted.result?.acceptedAt));
    const tooLong = await mutate(ownLimitCourt, EXTEND, { ...ownInput, applicationId: own.id, days: 11 }, judge(home.id));
    expect(tooLong.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.days" });
    expect(String(tooLong.extensions?.rule)).toContain("(2011) art 6");
    expect((await mutate(ownLimitCourt, EXTEND, { ...ownInput, applicationId: own.id }, judge(home.id))).errors).toBeUndefined();
    const { data } = await ownLimitCourt.request<{ confirmationApplication: Record<string, any> }>(READ, { id: own.id }, judge(home.id));
    expect(data?.confirmationApplication.targetConclusionAt).toBe(dueAt(ownAcceptedAt, { days: 15 + 10 }).toISOString());
  });
});

describe("案号: the court's own case-management system's number, or the hub's register", () => {
  it("法〔2015〕137号: a court running its own system takes its 民特 number on acceptance, full- or half-width brackets", async () => {
    const systemCourt = await seedCourt(court.server.db, { divisionCode: "150202" });
    await court.server.db.court.update({ where: { id: systemCourt.id }, data: { caseNumbers: "COURT_SYSTEM" } });
    const year = yearInChina(clock);
    const { id } = await fileAt(court, systemCourt);
    const without = await mutate(court, ACCEPT, { applicationId: id, accept: true }, courtClerk(systemCourt.id));
    expect(without.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.caseNumber" });
    for (const wrong of [
      `(${year})内9999民特7号`,
      `(${year})${systemCourt.caseCode}民初7号`,
      `(${year})蒙${systemCourt.caseCode.slice(1)}民特7号`,
    ]) {
      const refused = await mutate(court, ACCEPT, { applicationId: id, accept: true, caseNumber: wrong }, courtClerk(systemCourt.id));
      expect(refused.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.caseNumber" });
    }
    const accepted = await mutate(
      court,
      ACCEPT,
      { applicationId: id, accept: true, caseNumber: `（${year}）${systemCourt.caseCode}民特３１８号` },
      courtClerk(systemCourt.id),
    );
    expect(accepted.result).toMatchObject({ status: "ACCEPTED", caseNumber: `(${year})${systemCourt.caseCode}民特318号` });

    const other = await fileAt(court, systemCourt);
    const duplicate = await mutate(
      court,
      ACCEPT,
      { applicationId: other.id, accept: true, caseNumber: `(${year})${systemCourt.caseCode}民特318号` },
      courtClerk(systemCourt.id),
    );
    expect(duplicate.extensions).toMatchObject({ code: "CONFLICT", field: "input.caseNumber" });
  });

  it("法〔2015〕137号 art 10: where the hub is the register it issues the number and refuses one typed in", async () => {
    const { id } = await fileAt(court, home);
    const typed = await mutate(
      court,
      ACCEPT,
      { applicationId: id, accept: true, caseNumber: `(2026)${home.caseCode}民特5号` },
      courtClerk(home.id),
    );
    expect(typed.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.caseNumber" });
    const issued = await mutate(court, ACCEPT, { applicationId: id, accept: true }, courtClerk(home.id));
    expect(String(issued.result?.caseNumber)).toMatch(new RegExp(`^\\(\\d{4}\\)${home.caseCode}民特\\d+号$`));
  });
});

it("readyToRule reaches UNDER_REVIEW with every applicant heard", async () => {
  const onGraph = graph.add({ countyCode: home.divisionCode });
  const id = await readyToRule(court, onGraph, home);
  const { data } = await court.request<{ confirmationApplication: Record<string, any> }>(READ, { id }, judge(home.id));
  expect(data?.confirmationApplication.hearings).toHaveLength(2);
});
