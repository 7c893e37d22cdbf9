import { grantedDisputes } from "../../../tests/support/granted";
import { randomUUID } from "node:crypto";
import { centreOfficer, courtClerk, judge, prosecutor } from "../../../tests/support/actors";
import { dueAt } from "@hub/subgraph-kit";
import { DEFAULT_DEADLINES } from "../src/config/deadlines";
import { startSubgraph, type RunningSubgraph } from "../../../tests/support/subgraph-harness";
import type { Court } from "../generated/client";
import { nextCaseNumber, parseCaseNumber, yearInChina } from "../src/applications/case-number";
import { createCourtServer, type CourtServer } from "../src/server";
import { seedCourt } from "./fixtures";
import { StubGraph } from "./stub-graph";
import { REQUIRED_MATERIALS } from "../src/applications/application-record";

const FIELDS = `id status caseNumber acceptedAt acceptanceDecidedAt acceptanceDecidedBy { id name } notAcceptedGround acceptanceReason
  reviewStartedAt reviewStartedBy { id name } rulingOutcome rejectionGround rulingReasoning ruledAt ruledBy { id name }
  enforcementDeadline objectionDeadline withdrawnAt withdrawnBy { id name } withdrawalReason`;
const FILE = `mutation($input: FileConfirmationApplicationInput!) { fileConfirmationApplication(input: $input) { id } }`;
const DECIDE = `mutation($input: DecideConfirmationAcceptanceInput!) { decideConfirmationAcceptance(input: $input) { ${FIELDS} } }`;
const REVIEW = `mutation($input: StartConfirmationReviewInput!) { startConfirmationReview(input: $input) { ${FIELDS} } }`;
const RULE = `mutation($input: RuleOnConfirmationInput!) { ruleOnConfirmation(input: $input) { ${FIELDS} } }`;
const WITHDRAW = `mutation($input: WithdrawConfirmationApplicationInput!) { withdrawConfirmationApplication(input: $input) { ${FIELDS} } }`;

type Application = Record<string, any>;
const DAY = 24 * 60 * 60 * 1000;
const graph = new StubGraph();
let court: RunningSubgraph<CourtServer>;

beforeAll(async () => {
  court = await startSubgraph("court", (options) => createCourtServer({ ...options, graph }));
});
afterAll(() => court.stop());

/** A court of its own (so its case numbers start at 1) and an application filed there. */
async function filedApplication(at?: Court) {
  const home = at ?? (await seedCourt(court.server.db, { divisionCode: "150202" }));
  const onGraph = graph.add({ countyCode: home.divisionCode });
  const { data, errors } = await court.request<{ fileConfirmationApplication: { id: string } }>(
    FILE,
    {
      input: {
        mediationCaseId: onGraph.facts.id,
        courtId: home.id,
        applicantPartyIds: [onGraph.applicant, onGraph.respondent],
        materials: REQUIRED_MATERIALS,
      },
    },
    courtClerk(home.id),
  );
  if (!data) throw new Error(JSON.stringify(errors));
  return { home, id: data.fileConfirmationApplication.id, disputeId: onGraph.facts.dispute.id, onGraph };
}

/** 民诉法解释 356: both parties appear before the ruling. */
async function hearBoth(id: string, home: Court) {
  const row = await court.server.db.confirmationApplication.findUniqueOrThrow({ where: { id } });
  for (const partyId of row.applicantPartyIds) {
    const { errors } = await court.request(
      `mutation($input: RecordPartyHearingInput!) { recordPartyHearing(input: $input) { id } }`,
      { input: { applicationId: id, partyId, manner: "APPEARED_IN_PERSON" } },
      courtClerk(home.id),
    );
    if (errors) throw new Error(JSON.stringify(errors));
  }
}

async function step(mutation: string, input: Record<string, unknown>, as: ReturnType<typeof judge>) {
  const { data, errors } = await court.request<Record<string, Application>>(mutation, { input }, as);
  return { application: data ? Object.values(data)[0] : undefined, errors, extensions: errors?.[0]?.extensions };
}

const accept = (id: string, home: Court, as = courtClerk(home.id)) => step(DECIDE, { applicationId: id, accept: true }, as);
const review = (id: string, home: Court, as = judge(home.id)) => step(REVIEW, { applicationId: id }, as);

describe("the confirmation lifecycle (民事诉讼法 205-206)", () => {
  it("files, accepts with a 民特 case number, reviews and rules the agreement valid, logging each step", async () => {
    const { home, id, disputeId, onGraph } = await filedApplication();
    const clerk = courtClerk(home.id);
    const accepted = await accept(id, home, clerk);
    expect(accepted.errors).toBeUndefined();
    const year = yearInChina(new Date());
    expect(accepted.application).toMatchObject({
      status: "ACCEPTED",
      caseNumber: `(${year})${home.caseCode}民特1号`,
      acceptanceDecidedBy: { id: clerk.userId, name: clerk.name },
      notAcceptedGround: null,
    });
    expect(accepted.application?.acceptedAt).toBe(accepted.application?.acceptanceDecidedAt);

    const theJudge = judge(home.id);
    const reviewing = await review(id, home, theJudge);
    expect(reviewing.application).toMatchObject({ status: "UNDER_REVIEW", reviewStartedBy: { id: theJudge.userId } });
    expect(reviewing.application?.reviewStartedAt).toEqual(expect.any(String));

    await hearBoth(id, home);
    const ruled = await step(RULE, { applicationId: id, outcome: "VALID", reasoning: "协议内容明确，双方自愿" }, theJudge);
    expect(ruled.errors).toBeUndefined();
    const application = ruled.application as Application;
    expect(application).toMatchObject({
      status: "CONFIRMED_VALID",
      rulingOutcome: "VALID",
      rejectionGround: null,
      rulingReasoning: "协议内容明确，双方自愿",
      ruledBy: { id: theJudge.userId, name: theJudge.name },
    });
    const ruledAt = new Date(application.ruledAt).getTime();
    // 民诉法解释 372: the 15 days run from service, recorded per party, not from the ruling
    expect(application.objectionDeadline).toBeNull();
    // 民事诉讼法 art 250 ¶2: two years from the term's performance deadline, moved off a rest day (民法典 art 203)
    const termDeadline = new Date(onGraph.facts.agreement?.terms[0]?.deadline ?? "");
    expect(application.enforcementDeadline).toBe(dueAt(termDeadline, DEFAULT_DEADLINES.enforcementApplication).toISOString());
    const enforcementDays = (new Date(application.enforcementDeadline).getTime() - ruledAt) / DAY;
    expect(enforcementDays).toBeGreaterThan(744);

    const requestId = randomUUID();
    const reader = judge();
    const events = await court.request<{ _entities: { courtEvents: { type: string; summary: string; actor: { id: string } }[] }[] }>(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Dispute { courtEvents { type summary actor { id } } } } }`,
      { r: grantedDisputes([disputeId], requestId, reader) },
      reader,
      requestId,
    );
    const log = events.data?._entities[0]?.courtEvents ?? [];
    expect(log.map((event) => event.type)).toEqual([
      "confirmation.filed",
      "confirmation.accepted",
      "confirmation.review_started",
      "confirmation.party_heard",
      "confirmation.party_heard",
      "confirmation.ruled",
    ]);
    expect(log[1]?.summary).toContain(`(${year})${home.caseCode}民特1号`);
    expect(log[5]?.summary).toContain("裁定调解协议有效");
    expect(log[5]?.actor.id).toBe(theJudge.userId);
  });

  it("finds the application by its case number, with full- or half-width brackets", async () => {
    const { home, id } = await filedApplication();
    const caseNumber = (await accept(id, home)).application?.caseNumber as string;
    const fullWidth = caseNumber.replace("(", "（").replace(")", "）");
    for (const written of [caseNumber, fullWidth]) {
      const { data, errors } = await court.request<{ confirmationApplicationByCaseNumber: { id: string } }>(
        `query($n: String!) { confirmationApplicationByCaseNumber(caseNumber: $n) { id } }`,
        { n: written },
        judge(),
      );
      expect(errors).toBeUndefined();
      expect(data?.confirmationApplicationByCaseNumber.id).toBe(id);
    }
    const malformed = await court.request(`{ confirmationApplicationByCaseNumber(caseNumber: "2026内0202民特1号") { id } }`, {}, judge());
    expect(malformed.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "caseNumber" });
    const unknown = await court.request(
      `{ confirmationApplicationByCaseNumber(caseNumber: "(2026)内9999民特999999号") { id } }`,
      {},
      judge(),
    );
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", reason: "NOT_FOUND_OR_OUT_OF_SCOPE" });
  });

  describe("acceptance (受理, 民诉法解释 355)", () => {
    it("does not accept on a 355 ground, without a case number", async () => {
      const { home, id } = await filedApplication();
      const { application, errors } = await step(
        DECIDE,
        { applicationId: id, accept: false, notAcceptedGround: "PROPERTY_OR_IP_TITLE", reason: "协议内容涉及房屋所有权确权" },
        judge(home.id),
      );
      expect(errors).toBeUndefined();
      expect(application).toMatchObject({
        status: "NOT_ACCEPTED",
        notAcceptedGround: "PROPERTY_OR_IP_TITLE",
        acceptanceReason: "协议内容涉及房屋所有权确权",
        caseNumber: null,
        acceptedAt: null,
      });
      const events = await court.server.db.eventLog.findMany({ where: { subjectId: id }, orderBy: { seq: "asc" } });
      expect(events.map((event) => event.type)).toEqual(["confirmation.filed", "confirmation.not_accepted"]);
    });

    it("refuses not accepting without a ground, and a ground with an acceptance", async () => {
      const { home, id } = await filedApplication();
      const noGround = await step(DECIDE, { applicationId: id, accept: false }, courtClerk(home.id));
      expect(noGround.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.notAcceptedGround", rule: "民诉法解释 355" });
      const groundWithAccept = await step(
        DECIDE,
        { applicationId: id, accept: true, notAcceptedGround: "STATUS_RELATIONSHIP" },
        courtClerk(home.id),
      );
      expect(groundWithAccept.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.notAcceptedGround" });
    });

    it("is decided only by a clerk or judge of THAT court (民事诉讼法 art 205)", async () => {
      const { home, id } = await filedApplication();
      const otherCourt = await accept(id, home, courtClerk(randomUUID()));
      expect(otherCourt.extensions).toMatchObject({ code: "FORBIDDEN", rule: "民事诉讼法 art 205" });
      // Roles outside the court are refused by the access policy before the court's own rule.
      for (const outsider of [prosecutor(home.id), centreOfficer(home.id)]) {
        expect((await accept(id, home, outsider)).extensions).toMatchObject({ code: "FORBIDDEN", action: "decideConfirmationAcceptance" });
      }
      const anonymous = await court.request(DECIDE, { input: { applicationId: id, accept: true } });
      expect(anonymous.errors?.[0]?.extensions).toMatchObject({ code: "UNAUTHENTICATED" });
      const byJudge = await accept(id, home, judge(home.id));
      expect(byJudge.application?.status).toBe("ACCEPTED");
    });

    it("answers NOT_FOUND for an unknown application and BAD_USER_INPUT for a malformed id", async () => {
      const unknown = await step(DECIDE, { applicationId: randomUUID(), accept: true }, courtClerk());
      expect(unknown.extensions).toMatchObject({ code: "NOT_FOUND" });
      const malformed = await step(DECIDE, { applicationId: "42", accept: true }, courtClerk());
      expect(malformed.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.applicationId" });
    });
  });

  describe("case numbers (法〔2015〕137号)", () => {
    it("gives 20 concurrent acceptances in one court 20 distinct consecutive numbers", async () => {
      const home = await seedCourt(court.server.db, { divisionCode: "150202" });
      const ids = await Promise.all(Array.from({ length: 20 }, () => filedApplication(home).then((filed) => filed.id)));
      const results = await Promise.all(ids.map((id) => accept(id, home)));
      expect(results.flatMap((result) => result.errors ?? [])).toEqual([]);
      const numbers = results.map((result) => parseCaseNumber(result.application?.caseNumber as string));
      expect(numbers.every((n) => n?.courtCode === home.caseCode && n.typeCode === "民特" && n.year === yearInChina(new Date()))).toBe(
        true,
      );
      expect(numbers.map((n) => n?.sequence).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    });

    it("lets only one of two racing acceptances of one application win, spending one number", async () => {
      const home = await seedCourt(court.server.db, { divisionCode: "150202" });
      const { id } = await filedApplication(home);
      const results = await Promise.all([accept(id, home), accept(id, home)]);
      expect(results.filter((result) => result.application).map((result) => result.application?.caseNumber)).toEqual([
        expect.stringMatching(/民特1号$/),
      ]);
      expect(results.flatMap((result) => result.errors ?? []).map((error) => error.extensions?.code)).toEqual(["ILLEGAL_TRANSITION"]);
      const next = await filedApplication(home);
      expect((await accept(next.id, home)).application?.caseNumber).toMatch(/民特2号$/);
    });

    it("gives a rolled-back acceptance's number back", async () => {
      const home = await seedCourt(court.server.db, { divisionCode: "150202" });
      const db = court.server.db;
      const at = new Date();
      await expect(
        db.$transaction(async (tx) => {
          expect(await nextCaseNumber(tx, home, "民特", at)).toMatch(/民特1号$/);
          throw new Error("acceptance failed after the number was drawn");
        }),
      ).rejects.toThrow("acceptance failed");
      const { id } = await filedApplication(home);
      expect((await accept(id, home)).application?.caseNumber).toMatch(/民特1号$/);
    });

    it("numbers each court on its own", async () => {
      const a = await filedApplication();
      const b = await filedApplication();
      expect((await accept(a.id, a.home)).application?.caseNumber).toMatch(/民特1号$/);
      expect((await accept(b.id, b.home)).application?.caseNumber).toMatch(/民特1号$/);
    });
  });

  describe("ruling (裁定, 民诉法解释 358)", () => {
    async function underReview() {
      const filed = await filedApplication();
      await accept(filed.id, filed.home);
      await review(filed.id, filed.home);
      await hearBoth(filed.id, filed.home);
      return filed;
    }

    it("rejects on a 358 ground, with no enforcement or objection deadline", async () => {
      const { home, id } = await underReview();
      const { application, errors } = await step(
        RULE,
        { applicationId: id, outcome: "REJECTED", rejectionGround: "UNCLEAR_CONTENT", reasoning: "履行方式不明确" },
        judge(home.id),
      );
      expect(errors).toBeUndefined();
      expect(application).toMatchObject({
        status: "REJECTED",
        rulingOutcome: "REJECTED",
        rejectionGround: "UNCLEAR_CONTENT",
        enforcementDeadline: null,
        objectionDeadline: null,
      });
      const [event] = await court.server.db.eventLog.findMany({ where: { subjectId: id, type: "confirmation.ruled" } });
      expect(event?.summary).toContain("内容不明确");
    });

    it("民诉法解释 358: refuses a rejection without a ground, a ground with a valid ruling, and OTHER without reasoning", async () => {
      const { home, id } = await underReview();
      const noGround = await step(RULE, { applicationId: id, outcome: "REJECTED" }, judge(home.id));
      expect(noGround.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.rejectionGround", rule: "民诉法解释 358" });
      const groundWithValid = await step(RULE, { applicationId: id, outcome: "VALID", rejectionGround: "NOT_VOLUNTARY" }, judge(home.id));
      expect(groundWithValid.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.rejectionGround" });
      const otherBare = await step(
        RULE,
        { applicationId: id, outcome: "REJECTED", rejectionGround: "OTHER", reasoning: " " },
        judge(home.id),
      );
      expect(otherBare.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.reasoning" });
    });

    it("民事诉讼法 art 205: a judge of another court cannot rule, nor can a clerk", async () => {
      const { home, id } = await underReview();
      const elsewhere = await step(RULE, { applicationId: id, outcome: "VALID" }, judge(randomUUID()));
      expect(elsewhere.extensions).toMatchObject({ code: "FORBIDDEN", rule: "民事诉讼法 art 205" });
      expect(elsewhere.errors?.[0]?.message).toMatch(/[\u4e00-\u9fa5].* \/ .*[A-Za-z]/);
      const clerk = await step(RULE, { applicationId: id, outcome: "VALID" }, courtClerk(home.id));
      expect(clerk.extensions).toMatchObject({ code: "FORBIDDEN", requiredRoles: ["JUDGE"] });
      const row = await court.server.db.confirmationApplication.findUniqueOrThrow({ where: { id } });
      expect(row.status).toBe("UNDER_REVIEW");
    });

    it("民事诉讼法 art 185: only a judge of that court starts the review", async () => {
      const { home, id } = await filedApplication();
      await accept(id, home);
      expect((await review(id, home, courtClerk(home.id))).extensions).toMatchObject({ code: "FORBIDDEN" });
      expect((await review(id, home, judge(randomUUID()))).extensions).toMatchObject({ code: "FORBIDDEN" });
    });
  });

  describe("illegal steps", () => {
    it("refuses a ruling on a FILED application, naming the steps allowed", async () => {
      const { home, id } = await filedApplication();
      const { extensions, errors } = await step(RULE, { applicationId: id, outcome: "VALID" }, judge(home.id));
      expect(extensions).toMatchObject({
        code: "ILLEGAL_TRANSITION",
        currentState: "FILED",
        attempted: "ruleValid",
        allowedNextSteps: ["accept", "notAccept", "withdraw"],
      });
      expect(errors?.[0]?.message).toMatch(/[\u4e00-\u9fa5].* \/ .*[A-Za-z]/);
    });

    it("refuses a second acceptance, a review before acceptance and a withdrawal after the ruling", async () => {
      const { home, id } = await filedApplication();
      expect((await review(id, home)).extensions).toMatchObject({ code: "ILLEGAL_TRANSITION", currentState: "FILED" });
      await accept(id, home);
      expect((await accept(id, home)).extensions).toMatchObject({
        code: "ILLEGAL_TRANSITION",
        currentState: "ACCEPTED",
        allowedNextSteps: ["startReview", "withdraw"],
      });
      await review(id, home);
      await hearBoth(id, home);
      await step(RULE, { applicationId: id, outcome: "VALID" }, judge(home.id));
      const late = await step(WITHDRAW, { applicationId: id }, courtClerk(home.id));
      expect(late.extensions).toMatchObject({
        code: "ILLEGAL_TRANSITION",
        currentState: "CONFIRMED_VALID",
        allowedNextSteps: ["revokeRuling"],
      });
    });
  });

  describe("withdrawal (撤回, 民诉法解释 357)", () => {
    it.each([
      ["FILED", async () => filedApplication()],
      [
        "ACCEPTED",
        async () => {
          const filed = await filedApplication();
          await accept(filed.id, filed.home);
          return filed;
        },
      ],
      [
        "UNDER_REVIEW",
        async () => {
          const filed = await filedApplication();
          await accept(filed.id, filed.home);
          await review(filed.id, filed.home);
          return filed;
        },
      ],
    ])("records the parties' withdrawal from %s and logs it", async (_state, setUp) => {
      const { home, id } = await setUp();
      const clerk = courtClerk(home.id);
      const { application, errors } = await step(WITHDRAW, { applicationId: id, reason: "双方已自行履行" }, clerk);
      expect(errors).toBeUndefined();
      expect(application).toMatchObject({ status: "WITHDRAWN", withdrawalReason: "双方已自行履行", withdrawnBy: { id: clerk.userId } });
      const events = await court.server.db.eventLog.findMany({ where: { subjectId: id }, orderBy: { seq: "asc" } });
      expect(events.at(-1)?.type).toBe("confirmation.withdrawn");
    });

    it("is recorded only at the court applied to", async () => {
      const { id } = await filedApplication();
      const { extensions } = await step(WITHDRAW, { applicationId: id }, courtClerk(randomUUID()));
      expect(extensions).toMatchObject({ code: "FORBIDDEN", rule: "民诉法解释 357" });
    });
  });
});
