import { randomUUID } from "node:crypto";
import { dueAt } from "@hub/subgraph-kit";
import { centreSupervisor, courtClerk, judge, mediator } from "../support/actors";
import { startHub, type RunningHub } from "../support/hub-harness";
import { registerCourt, seedOrganisations } from "./seed";
import { expectData, mediateToAgreement, step, type Organisations, type ReceivedDispute } from "./steps";

/** A township of 包头市东河区 (西脑包街道) no other test routes by rule, so this file's rule is the only one. */
const TOWNSHIP = "150202003";
const DAY_MS = 86_400_000;

let hub: RunningHub;
let org: Organisations;
/** How far the court's clock runs ahead of real time, to cross the 30-day limit without waiting. */
let courtClockAheadMs = 0;

beforeAll(async () => {
  hub = await startHub({ clocks: { court: () => new Date(Date.now() + courtClockAheadMs) } });
  org = await seedOrganisations(hub, TOWNSHIP);
  expectData(
    await hub.request(
      `mutation($input: UpsertRoutingRuleInput!) { upsertRoutingRule(input: $input) { id } }`,
      {
        input: {
          id: randomUUID(),
          category: "TRAFFIC_ACCIDENT",
          jurisdictionCode: TOWNSHIP,
          target: { department: "JUSTICE", organisationId: org.committeeId },
          stationingMode: "PERMANENT",
          tier: "STATIONED",
          basis: "东河区交通事故纠纷就近调处规则（测试）",
        },
      },
      centreSupervisor(),
    ),
  );
});
afterAll(() => hub.stop());
afterEach(() => {
  courtClockAheadMs = 0;
});

const inTownship = { placeCode: TOWNSHIP };

describe("a walk-in traffic-accident dispute at a township centre of 包头市东河区, from receipt to an enforceable ruling", () => {
  it("is received, routed by rule, mediated to an effective written agreement, jointly applied for and ruled 有效 with a 民特 number", async () => {
    const dispute = await step.receive(hub, org, inTownship);

    const routing = expectData(await step.route(hub, org, dispute.disputeId)).routeDispute as Record<string, any>;
    expect(routing).toMatchObject({ status: "PENDING", stationingMode: "PERMANENT", tier: "STATIONED" });
    expect(routing.target).toEqual({ department: "JUSTICE", organisationId: org.committeeId });
    expect(routing.ruleId).toBeTruthy();

    const caseId = expectData(await step.acceptMediation(hub, org, dispute.disputeId)).acceptMediationCase.id;
    expectData(await step.assignMediator(hub, org, caseId));
    expectData(await step.holdSession(hub, org, caseId, dispute));
    const agreement = expectData(await step.agree(hub, org, caseId, dispute, "WRITTEN")).concludeWithAgreement.agreement;
    expect(agreement).toMatchObject({ status: "AWAITING_SIGNATURES", effectiveAt: null });

    // 人民调解法 art 29: effective only once every party and the mediator have signed and the seal is applied.
    expect(expectData(await step.sign(hub, org, agreement.id, "PARTY", dispute.applicantId)).signAgreement.status).toBe(
      "AWAITING_SIGNATURES",
    );
    expect(expectData(await step.sign(hub, org, agreement.id, "PARTY", dispute.respondentId)).signAgreement.status).toBe(
      "AWAITING_SIGNATURES",
    );
    expect(expectData(await step.sign(hub, org, agreement.id, "MEDIATOR")).signAgreement.status).toBe("AWAITING_SIGNATURES");
    const sealed = expectData(await step.seal(hub, org, agreement.id)).sealAgreement;
    expect(sealed.status).toBe("EFFECTIVE");
    expect(sealed.effectiveAt).toBeTruthy();

    const application = expectData(
      await step.fileApplication(hub, org, caseId, [dispute.applicantId, dispute.respondentId]),
    ).fileConfirmationApplication;
    const accepted = expectData(await step.acceptApplication(hub, application.id, org.courtId)).decideConfirmationAcceptance;
    expect(accepted.caseNumber).toMatch(new RegExp(`^\\(${new Date().getFullYear()}\\)内0202民特\\d+号$`));
    expectData(await step.startReview(hub, application.id, org.courtId));
    const ruling = expectData(await step.rule(hub, application.id, judge(org.courtId))).ruleOnConfirmation;
    expect(ruling).toMatchObject({ status: "CONFIRMED_VALID", rulingOutcome: "VALID", caseNumber: accepted.caseNumber });

    const { data, errors } = await hub.request(
      `query($id: ID!) { dispute(id: $id) { status currentRouting { status } caseFile { department type actor { name } } } }`,
      { id: dispute.disputeId },
      centreSupervisor(),
    );
    expect(errors).toBeUndefined();
    expect(data.dispute.status).toBe("IN_HANDLING");
    expect(data.dispute.currentRouting.status).toBe("ACCEPTED");
    const story = (data.dispute.caseFile as { department: string; type: string; actor: { name: string } }[]).map(
      (entry) => `${entry.department} ${entry.type} ${entry.actor.name}`,
    );
    const milestones = [
      "CENTER dispute.received 王受理",
      "JUSTICE mediation.accepted 张调解",
      "JUSTICE mediation.session_held 张调解",
      "JUSTICE mediation.agreement_effective 张调解",
      "COURT confirmation.filed 陈书记员",
      "COURT confirmation.accepted 陈书记员",
      "COURT confirmation.ruled 刘法官",
    ];
    expect(story.filter((entry) => milestones.includes(entry))).toEqual(milestones);
    expect(story.some((entry) => entry.startsWith("CENTER routing."))).toBe(true);
  });
});

describe("refusals, each naming its rule", () => {
  async function oralAgreement(overrides: Record<string, unknown> = {}, termOverrides: Record<string, unknown> = {}) {
    return mediateToAgreement(hub, org, "ORAL", { ...inTownship, ...overrides }, termOverrides);
  }

  it("refuses an application by one party alone (民事诉讼法 art 205: joint application)", async () => {
    const mediated = await oralAgreement();
    const { errors } = await step.fileApplication(hub, org, mediated.caseId, [mediated.applicantId]);
    expect(errors?.[0]?.extensions).toMatchObject({ code: "REFUSED_BY_RULE", rule: expect.stringContaining("205") });
  });

  it("refuses an application after the 30 days from the agreement taking effect (民事诉讼法 art 205; 民法典 art 203)", async () => {
    const mediated = await oralAgreement();
    // Just past the window's end: the 30th day, or the working day after it when it is a rest day.
    courtClockAheadMs = dueAt(new Date(), { days: 30 }).getTime() - Date.now() + 60_000;
    const { errors } = await step.fileApplication(hub, org, mediated.caseId, [mediated.applicantId, mediated.respondentId]);
    expect(errors?.[0]?.extensions).toMatchObject({ code: "DEADLINE_PASSED", rule: expect.stringContaining("205") });
  });

  it("accepts it on day 30", async () => {
    const mediated = await oralAgreement();
    courtClockAheadMs = 30 * DAY_MS;
    const { errors } = await step.fileApplication(hub, org, mediated.caseId, [mediated.applicantId, mediated.respondentId]);
    expect(errors).toBeUndefined();
  });

  it("refuses an agreement whose term dissolves a marriage (民诉法解释 355(3)), by the term's subject read from justice", async () => {
    const mediated = await oralAgreement(
      { category: "MARRIAGE", facts: "双方就是否解除婚姻关系发生争执。", claims: "请求确认双方离婚。" },
      { obligation: "双方解除婚姻关系", subject: "STATUS_MARRIAGE" },
    );
    const { errors } = await step.fileApplication(hub, org, mediated.caseId, [mediated.applicantId, mediated.respondentId]);
    expect(errors?.[0]?.extensions).toMatchObject({ code: "REFUSED_BY_RULE", rule: "民诉法解释 355(3)", termPositions: [1] });
  });

  it("files a 彩礼 refund under a marriage dispute (民诉法解释 355(3): a payment term, not a status)", async () => {
    const mediated = await oralAgreement(
      { category: "MARRIAGE", facts: "双方解除婚约后就彩礼返还发生争执。", claims: "请求返还彩礼。" },
      { obligation: "返还彩礼人民币30000元", subject: "PAYMENT" },
    );
    const { errors } = await step.fileApplication(hub, org, mediated.caseId, [mediated.applicantId, mediated.respondentId]);
    expect(errors).toBeUndefined();
  });

  it("refuses an agreement without a performance deadline (人民调解法 art 29)", async () => {
    const dispute = await step.receive(hub, org, inTownship);
    expectData(await step.route(hub, org, dispute.disputeId));
    const caseId = expectData(await step.acceptMediation(hub, org, dispute.disputeId)).acceptMediationCase.id;
    expectData(await step.assignMediator(hub, org, caseId));
    expectData(await step.holdSession(hub, org, caseId, dispute));
    const { errors } = await step.agree(hub, org, caseId, dispute, "WRITTEN", { deadline: null });
    expect(errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "input.terms.0.deadline",
      rule: expect.stringContaining("art 29"),
    });
  });

  it("refuses to go on mediating after a party expressly refused (人民调解法 art 17)", async () => {
    const dispute: ReceivedDispute = await step.receive(hub, org, inTownship);
    expectData(await step.route(hub, org, dispute.disputeId));
    const caseId = expectData(await step.acceptMediation(hub, org, dispute.disputeId)).acceptMediationCase.id;
    expectData(await step.assignMediator(hub, org, caseId));
    expectData(
      await hub.request(
        `mutation($input: RecordPartyRefusalInput!) { recordPartyRefusal(input: $input) { status } }`,
        { input: { caseId, partyId: dispute.respondentId, statement: "被申请人明确表示拒绝调解。" } },
        mediator(org.committeeId),
      ),
    );
    const { errors } = await step.holdSession(hub, org, caseId, dispute);
    expect(errors?.[0]?.extensions).toMatchObject({ code: "REFUSED_BY_RULE", rule: "人民调解法 art 17" });
  });

  it("refuses a ruling by a judge of another court", async () => {
    const mediated = await oralAgreement();
    const application = expectData(
      await step.fileApplication(hub, org, mediated.caseId, [mediated.applicantId, mediated.respondentId]),
    ).fileConfirmationApplication;
    expectData(await step.acceptApplication(hub, application.id, org.courtId));
    expectData(await step.startReview(hub, application.id, org.courtId));
    const { errors } = await step.rule(hub, application.id, judge(randomUUID()));
    expect(errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN" });
    expect(String(errors?.[0]?.extensions?.rule)).toMatch(/民事诉讼法/);
  });

  it.each([
    ["a ruling before the application is accepted", "rule"],
    ["a review before the application is accepted", "review"],
  ])("refuses an out-of-order step — %s — naming the current state and the allowed next steps", async (_case, which) => {
    const mediated = await oralAgreement();
    const application = expectData(
      await step.fileApplication(hub, org, mediated.caseId, [mediated.applicantId, mediated.respondentId]),
    ).fileConfirmationApplication;
    const { errors } =
      which === "rule"
        ? await step.rule(hub, application.id, judge(org.courtId))
        : await step.startReview(hub, application.id, org.courtId);
    expect(errors?.[0]?.extensions).toMatchObject({ code: "ILLEGAL_TRANSITION", currentState: "FILED" });
    expect(errors?.[0]?.extensions?.allowedNextSteps).toEqual(expect.arrayContaining(["accept"]));
  });

  it("refuses out-of-order steps in mediation and routing too", async () => {
    const mediated = await oralAgreement();
    const again = await step.holdSession(hub, org, mediated.caseId, mediated);
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: "ILLEGAL_TRANSITION", currentState: "AGREEMENT_REACHED" });
    const reroute = await step.route(hub, org, mediated.disputeId);
    expect(reroute.errors?.[0]?.extensions?.code).toMatch(/ILLEGAL_TRANSITION|CONFLICT/);
  });
});

describe("case numbers under concurrency", () => {
  it("gives 20 concurrent rulings in one court 20 distinct consecutive 民特 numbers", async () => {
    const courtId = randomUUID();
    const code = "内0299"; // a court of its own, so no other test's acceptances share its sequence
    await registerCourt(hub, courtId, code, `东河区测试法院-${code}`);
    const court = { ...org, courtId };
    const applications: string[] = [];
    for (let batch = 0; batch < 4; batch++) {
      const filed = await Promise.all(
        Array.from({ length: 5 }, async () => {
          const mediated = await oralAgreement(court);
          return expectData(await step.fileApplication(hub, court, mediated.caseId, [mediated.applicantId, mediated.respondentId], courtId))
            .fileConfirmationApplication.id;
        }),
      );
      applications.push(...filed);
    }
    const accepted = await Promise.all(applications.map((id) => step.acceptApplication(hub, id, courtId)));
    await Promise.all(applications.map((id) => step.startReview(hub, id, courtId)));
    const rulings = await Promise.all(applications.map((id) => step.rule(hub, id, judge(courtId))));
    for (const response of [...accepted, ...rulings]) expect(response.errors).toBeUndefined();
    const numbers = rulings.map((response) => response.data?.ruleOnConfirmation.caseNumber ?? "");
    const sequence = numbers.map((number) => Number(/民特(\d+)号$/.exec(number)?.[1])).sort((a, b) => a - b);
    expect(new Set(numbers).size).toBe(20);
    expect(sequence).toEqual(Array.from({ length: 20 }, (_, i) => (sequence[0] ?? 0) + i));
    expect(numbers.every((number) => number.includes(`${code}民特`))).toBe(true);
  }, 120_000);

  async function oralAgreement(court: Organisations) {
    return mediateToAgreement(hub, court, "ORAL", inTownship);
  }
});

describe("nothing is typed twice", () => {
  it.each([
    ["AcceptMediationCaseInput"],
    ["RecordSessionInput"],
    ["ConcludeWithAgreementInput"],
    ["AgreementTermInput"],
    ["SignAgreementInput"],
    ["FileConfirmationApplicationInput"],
    ["DecideConfirmationAcceptanceInput"],
    ["RuleOnConfirmationInput"],
  ])("%s takes keys to the centre's parties and records, never names or ID numbers", async (typeName) => {
    const { data } = await hub.request(
      `query($name: String!) { __type(name: $name) { inputFields { name type { kind name ofType { kind name ofType { kind name ofType { name } } } } } } }`,
      { name: typeName },
      courtClerk(org.courtId),
    );
    const fields = data.__type.inputFields as { name: string; type: unknown }[];
    expect(fields.length).toBeGreaterThan(0);
    for (const field of fields) {
      expect(field.name).not.toMatch(/name|idNumber|phone|address/i);
      if (/PartyId|PartyIds|disputeId|caseId|agreementId|mediationCaseId|applicationId/.test(field.name)) {
        expect(JSON.stringify(field.type)).toContain('"name":"ID"');
      }
    }
  });
});
