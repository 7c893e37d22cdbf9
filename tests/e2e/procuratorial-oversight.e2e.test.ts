import { randomInt } from "node:crypto";
import type { Actor } from "@hub/subgraph-kit";
import { centreOfficer, centreSupervisor, judge, prosecutor } from "../support/actors";
import { startHub, type HubResponse, type RunningHub } from "../support/hub-harness";
import { statementsOn } from "../support/subgraph-harness";
import { seedOrganisations } from "./seed";
import { expectData, mediateToAgreement, step, type Organisations } from "./steps";

/**
 * 白云鄂博矿区 (150206): no other test receives disputes there, so this file's disputes are the
 * county's whole baseline and the prosecutor's whole jurisdiction.
 */
const COUNTY = "150206";
const TOWNSHIP = "150206001";
const DAY_MS = 86_400_000;
const PROCURATORATE_ID = "procuratorate-150206";

/** A valid resident ID number (GB 11643, ISO 7064 MOD 11-2) of someone born in the county. */
function residentId(birth: string): string {
  const body = `${COUNTY}${birth}${String(randomInt(100, 999))}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((total, digit, i) => total + Number(digit) * (weights[i] as number), 0);
  return body + "10X98765432"[sum % 11];
}

const countyProsecutor = (): Actor => ({ ...prosecutor(PROCURATORATE_ID), jurisdictionCode: COUNTY });
const otherCountyProsecutor = (): Actor => ({ ...prosecutor("procuratorate-150202"), jurisdictionCode: "150202" });

const SCREEN_FIELDS = `disputeNumber score threshold suspicious dispute { id } flags { code severity weight description source evidence { label value } }`;

interface Flag {
  code: string;
  severity: string;
  weight: number;
  description: string;
  source: string;
  evidence: { label: string; value: string }[];
}
interface Screen {
  disputeNumber: string;
  score: number;
  threshold: number;
  suspicious: boolean;
  dispute: { id: string };
  flags: Flag[];
}

let hub: RunningHub;
let org: Organisations;
const started = new Date();
const plantedId = residentId("19800101");
let planted: { disputeId: string; number: string; caseId: string; agreementId: string; applicationId: string; caseNumber: string };
let innocent: { disputeId: string; number: string; agreementId: string; applicationId: string };

function errorOf(response: HubResponse<unknown>) {
  expect(response.errors?.length).toBeGreaterThan(0);
  const [first] = response.errors ?? [];
  expect(first?.message).toMatch(/[\u4e00-\u9fa5].* \/ .*[A-Za-z]/);
  return first?.extensions ?? {};
}

beforeAll(async () => {
  hub = await startHub();
  org = await seedOrganisations(hub, TOWNSHIP);

  // 虚假调解 planted: one person on both sides of a 5,000,000-yuan private loan, agreed on the day of receipt.
  const plantedCase = await mediateToAgreement(hub, org, "ORAL", {
    category: "PRIVATE_LENDING",
    placeCode: TOWNSHIP,
    amountFen: 500_000_000,
    facts: "借款五百万元。",
    claims: "请求偿还借款500万元。",
    parties: [
      { role: "APPLICANT", kind: "PERSON", name: "苏和巴特尔", idNumber: plantedId },
      { role: "RESPONDENT", kind: "PERSON", name: "苏和巴特尔", idNumber: plantedId },
    ],
  });
  const plantedApplication = expectData(
    await step.fileApplication(hub, org, plantedCase.caseId, [plantedCase.applicantId, plantedCase.respondentId]),
  ).fileConfirmationApplication;
  const { caseNumber } = expectData(await step.acceptApplication(hub, plantedApplication.id, org.courtId)).decideConfirmationAcceptance;
  expectData(await step.startReview(hub, plantedApplication.id, org.courtId));
  expectData(await step.rule(hub, plantedApplication.id, judge(org.courtId)));
  planted = { ...plantedCase, applicationId: plantedApplication.id, caseNumber };

  // The innocent twin: the same category, an ordinary amount, two unrelated people, agreed ten days after receipt.
  const innocentCase = await mediateToAgreement(hub, org, "ORAL", {
    category: "PRIVATE_LENDING",
    placeCode: TOWNSHIP,
    amountFen: 3_000_000,
    receivedAt: new Date(Date.now() - 10 * DAY_MS).toISOString(),
    claims: "请求偿还借款3万元及利息。",
    parties: [
      { role: "APPLICANT", kind: "PERSON", name: "高娃", idNumber: residentId("19750304") },
      { role: "RESPONDENT", kind: "PERSON", name: "李志强", idNumber: residentId("19881120") },
    ],
  });
  const innocentApplication = expectData(
    await step.fileApplication(hub, org, innocentCase.caseId, [innocentCase.applicantId, innocentCase.respondentId]),
  ).fileConfirmationApplication;
  innocent = { ...innocentCase, applicationId: innocentApplication.id };

  // More of the county's disputes, received only, for the list's batching.
  await Promise.all(Array.from({ length: 4 }, () => step.receive(hub, org, { placeCode: TOWNSHIP, category: "NEIGHBOUR" })));
}, 120_000);
afterAll(() => hub.stop());

describe("false-mediation red flags (虚假调解), through the gateway with the real departments", () => {
  it("flags the planted pattern with its evidence, personal values masked", async () => {
    const { redFlagScreen } = expectData(
      await hub.request<{ redFlagScreen: Screen }>(
        `query($id: ID!) { redFlagScreen(disputeId: $id) { ${SCREEN_FIELDS} } }`,
        { id: planted.disputeId },
        countyProsecutor(),
      ),
    );
    expect(redFlagScreen).toMatchObject({ disputeNumber: planted.number, suspicious: true, dispute: { id: planted.disputeId } });
    expect(redFlagScreen.score).toBeGreaterThanOrEqual(redFlagScreen.threshold);
    const byCode = Object.fromEntries(redFlagScreen.flags.map((flag) => [flag.code, flag]));
    expect(Object.keys(byCode).sort()).toEqual(["AMOUNT_OUT_OF_LINE", "HIGH_RISK_CATEGORY", "QUICK_AGREEMENT", "RELATED_PARTIES"]);
    expect(redFlagScreen.score).toBe(redFlagScreen.flags.reduce((sum, flag) => sum + flag.weight, 0));

    expect(byCode.RELATED_PARTIES).toMatchObject({ severity: "HIGH", source: expect.stringContaining("防范和制裁虚假诉讼") });
    const related = byCode.RELATED_PARTIES?.evidence[0];
    expect(related?.label).toBe("SAME_PERSON");
    expect(related?.value).toContain("苏****（APPLICANT）");
    expect(related?.value).toMatch(/150206\*{12}/);
    expect(byCode.AMOUNT_OUT_OF_LINE?.evidence).toEqual(
      expect.arrayContaining([
        { label: "amount", value: "5,000,000.00元" },
        { label: "naturalPersonCeiling", value: expect.stringContaining("1,000,000.00元") },
      ]),
    );
    expect(byCode.QUICK_AGREEMENT?.evidence.find((item) => item.label === "hours")?.value).toMatch(/^0\.\d小时/);
    expect(byCode.HIGH_RISK_CATEGORY?.evidence).toEqual([{ label: "category", value: "PRIVATE_LENDING" }]);

    const everything = JSON.stringify(redFlagScreen);
    expect(everything).not.toContain(plantedId);
    expect(everything).not.toContain("苏和巴特尔");
  });

  it("does not find the innocent twin suspicious: only its category marks it", async () => {
    const { dispute } = expectData(
      await hub.request<{ dispute: { redFlags: Screen } }>(
        `query($id: ID!) { dispute(id: $id) { redFlags { ${SCREEN_FIELDS} } } }`,
        { id: innocent.disputeId },
        countyProsecutor(),
      ),
    );
    expect(dispute.redFlags.suspicious).toBe(false);
    expect(dispute.redFlags.flags.map((flag) => flag.code)).toEqual(["HIGH_RISK_CATEGORY"]);
    expect(dispute.redFlags.score).toBeLessThan(dispute.redFlags.threshold);
  });

  it("lists the county's suspicious confirmations only, and every confirmation when asked", async () => {
    const since = new Date(started.getTime() - 11 * DAY_MS).toISOString();
    const query = `query($since: DateTime, $only: Boolean!) { redFlagScreening(since: $since, onlySuspicious: $only) { scannedDisputes truncated screens { disputeNumber suspicious score } } }`;
    const suspicious = expectData(
      await hub.request<{ redFlagScreening: { scannedDisputes: number; truncated: boolean; screens: Screen[] } }>(
        query,
        { since, only: true },
        countyProsecutor(),
      ),
    ).redFlagScreening;
    expect(suspicious.screens.map((screen) => screen.disputeNumber)).toEqual([planted.number]);
    expect(suspicious.scannedDisputes).toBe(6);
    expect(suspicious.truncated).toBe(false);

    const all = expectData(
      await hub.request<{ redFlagScreening: { screens: Screen[] } }>(query, { since, only: false }, countyProsecutor()),
    ).redFlagScreening;
    expect(all.screens.map((screen) => screen.disputeNumber)).toEqual([planted.number, innocent.number]);
  });

  it("screens a page of disputes with a constant number of statements per department", async () => {
    hub.resetQueries();
    const { disputes } = expectData(
      await hub.request<{ disputes: { nodes: { id: string; redFlags: Screen; supervisionCases: unknown[] }[] } }>(
        `query($filter: DisputeFilter) { disputes(first: 50, filter: $filter) { nodes { id redFlags { score suspicious } supervisionCases { id } } } }`,
        { filter: { placeCode: COUNTY } },
        countyProsecutor(),
      ),
    );
    expect(disputes.nodes).toHaveLength(6);
    expect(disputes.nodes.find((node) => node.id === planted.disputeId)?.redFlags.suspicious).toBe(true);
    expect(disputes.nodes.find((node) => node.id === innocent.disputeId)?.redFlags.suspicious).toBe(false);
    const { justice, court, procuratorate } = hub.subgraphs;
    // 6 disputes: their screens read the disputes by key in one round trip and the county baseline in one page.
    expect(statementsOn(procuratorate.queries, "supervision_case")).toBe(1);
    expect(statementsOn(justice.queries, "mediation_case")).toBeLessThanOrEqual(2);
    expect(statementsOn(court.queries, "confirmation_application")).toBeLessThanOrEqual(2);
  });

  it("refuses callers who are not prosecutors, and prosecutors outside their jurisdiction", async () => {
    const asCentre = await hub.request(
      `query($id: ID!) { redFlagScreen(disputeId: $id) { score } }`,
      { id: planted.disputeId },
      centreOfficer(org.centreId),
    );
    expect(errorOf(asCentre)).toMatchObject({ code: "FORBIDDEN", action: "redFlagScreen" });
    // The centre does not show another county's prosecutor the dispute: refused as an unknown key is, so existence does not leak.
    const elsewhere = await hub.request(
      `query($id: ID!) { redFlagScreen(disputeId: $id) { score } }`,
      { id: planted.disputeId },
      otherCountyProsecutor(),
    );
    const unknownId = "00000000-0000-4000-8000-000000000000";
    const unknown = await hub.request(`query($id: ID!) { redFlagScreen(disputeId: $id) { score } }`, { id: unknownId }, countyProsecutor());
    const refusal = { code: "FORBIDDEN", reason: "NOT_FOUND_OR_OUT_OF_SCOPE", entity: "Dispute", field: "disputeId" };
    expect(errorOf(elsewhere)).toMatchObject({ ...refusal, id: planted.disputeId });
    expect(errorOf(unknown)).toMatchObject({ ...refusal, id: unknownId });
    expect(Object.keys(errorOf(elsewhere)).sort()).toEqual(Object.keys(errorOf(unknown)).sort());
    const otherList = await hub.request(
      `{ redFlagScreening(jurisdictionCode: "${COUNTY}") { scannedDisputes } }`,
      {},
      otherCountyProsecutor(),
    );
    expect(errorOf(otherList).code).toBe("FORBIDDEN");
  });

  it("answers bad input with typed errors naming the argument", async () => {
    const malformed = await hub.request(`{ redFlagScreen(disputeId: "42") { score } }`, {}, countyProsecutor());
    expect(errorOf(malformed)).toMatchObject({ code: "BAD_USER_INPUT", field: "disputeId" });
    const badCode = await hub.request(`{ redFlagScreening(jurisdictionCode: "99") { scannedDisputes } }`, {}, countyProsecutor());
    expect(errorOf(badCode)).toMatchObject({ code: "BAD_USER_INPUT", field: "jurisdictionCode" });
    const future = await hub.request(
      `query($since: DateTime) { supervisionLeads(since: $since) { id } }`,
      { since: new Date(Date.now() + DAY_MS).toISOString() },
      countyProsecutor(),
    );
    expect(errorOf(future)).toMatchObject({ code: "BAD_USER_INPUT", field: "since" });
  });

  it("publishes the rules in force with their sources", async () => {
    const { redFlagRules } = expectData(
      await hub.request<{ redFlagRules: { threshold: number; rules: { code: string; source: string; settings: string }[] } }>(
        `{ redFlagRules { threshold thresholdBasis rules { code severity weight description source settings } } }`,
        {},
        countyProsecutor(),
      ),
    );
    expect(redFlagRules.rules.map((rule) => rule.code)).toEqual([
      "RELATED_PARTIES",
      "AMOUNT_OUT_OF_LINE",
      "QUICK_AGREEMENT",
      "HIGH_RISK_CATEGORY",
      "REPEAT_MEDIATOR",
    ]);
    expect(redFlagRules.rules.every((rule) => /最高人民(法院|检察院)/.test(rule.source))).toBe(true);
    expect(JSON.parse(redFlagRules.rules.find((rule) => rule.code === "QUICK_AGREEMENT")?.settings ?? "{}")).toEqual({ maxHours: 24 });
  });
});

const OPEN_FROM_LEAD = /* GraphQL */ `
  mutation ($input: OpenSupervisionCaseFromLeadInput!) {
    openSupervisionCaseFromLead(input: $input) {
      id
      grounds
      source
      status
      leadKind
      leadId
      dispute {
        id
        number
      }
      sourceConfirmationApplication {
        id
        caseNumber
        rulingOutcome
      }
      sourceMediationAgreement {
        id
        reachedAt
      }
    }
  }
`;

const CONCLUDE = /* GraphQL */ `
  mutation ($input: ConcludeSupervisionInput!) {
    concludeSupervision(input: $input) {
      id
      status
      outcome
      outcomeSummary
      outcomeIssuedAt
      outcomeDocumentNumber
      concludedAt
    }
  }
`;

describe("own-motion supervision from leads (依职权监督) and its outcomes", () => {
  it("lists the rulings and agreements of the prosecutor's jurisdiction as leads", async () => {
    const { supervisionLeads } = expectData(
      await hub.request<{
        supervisionLeads: { kind: string; id: string; disputeNumber: string; caseNumber: string | null; dispute: { id: string } }[];
      }>(
        `{ supervisionLeads { kind id occurredAt disputeNumber placeCode category caseNumber rulingOutcome committeeName dispute { id } } }`,
        {},
        countyProsecutor(),
      ),
    );
    const keys = supervisionLeads.map((lead) => `${lead.kind}:${lead.id}`).sort();
    expect(keys).toEqual(
      [
        `CONFIRMATION_RULING:${planted.applicationId}`,
        `MEDIATION_AGREEMENT:${planted.agreementId}`,
        `MEDIATION_AGREEMENT:${innocent.agreementId}`,
      ].sort(),
    );
    expect(supervisionLeads.find((lead) => lead.kind === "CONFIRMATION_RULING")).toMatchObject({
      caseNumber: planted.caseNumber,
      rulingOutcome: "VALID",
      disputeNumber: planted.number,
      dispute: { id: planted.disputeId },
    });
  });

  it("opens a case from a ruling, recording it, and shows the concluded outcome on the dispute", async () => {
    const { openSupervisionCaseFromLead: opened } = expectData(
      await hub.request<{ openSupervisionCaseFromLead: Record<string, any> }>(
        OPEN_FROM_LEAD,
        {
          input: {
            leadKind: "CONFIRMATION_RULING",
            leadId: planted.applicationId,
            grounds: "FALSE_LITIGATION",
            summary: "筛查发现同一人分列双方、金额畸高、当日达成协议，依职权审查司法确认裁定。",
          },
        },
        countyProsecutor(),
      ),
    );
    expect(opened).toMatchObject({
      grounds: "FALSE_LITIGATION",
      source: "OWN_MOTION",
      status: "OPEN",
      leadKind: "CONFIRMATION_RULING",
      leadId: planted.applicationId,
      dispute: { id: planted.disputeId, number: planted.number },
      sourceConfirmationApplication: { id: planted.applicationId, caseNumber: planted.caseNumber, rulingOutcome: "VALID" },
      sourceMediationAgreement: null,
    });

    // 民诉法解释 411-412: no protest against a confirmation ruling on false-litigation grounds.
    const protest = await hub.request(
      CONCLUDE,
      { input: { caseId: opened.id, outcome: "PROTEST", summary: "拟抗诉" } },
      countyProsecutor(),
    );
    expect(errorOf(protest)).toMatchObject({ code: "REFUSED_BY_RULE", rule: "民诉法解释 411-412", field: "input.outcome" });

    const issuedAt = new Date().toISOString();
    const concluded = expectData(
      await hub.request<{ concludeSupervision: Record<string, unknown> }>(
        CONCLUDE,
        {
          input: {
            caseId: opened.id,
            outcome: "PROCURATORIAL_SUGGESTION",
            summary: "向法院发出再审检察建议，建议撤销确认裁定。",
            issuedAt,
            documentNumber: "白检民建〔2026〕1号",
          },
        },
        countyProsecutor(),
      ),
    ).concludeSupervision;
    expect(concluded).toMatchObject({
      status: "CONCLUDED",
      outcome: "PROCURATORIAL_SUGGESTION",
      outcomeDocumentNumber: "白检民建〔2026〕1号",
    });
    expect(new Date(concluded.outcomeIssuedAt as string).getTime()).toBeGreaterThanOrEqual(new Date(issuedAt).getTime() - 1);

    const { dispute } = expectData(
      await hub.request<{
        dispute: { supervisionCases: Record<string, unknown>[]; procuratorateEvents: { type: string; summary: string }[] };
      }>(
        `query($id: ID!) { dispute(id: $id) { supervisionCases { id leadKind outcome outcomeSummary outcomeIssuedAt outcomeDocumentNumber } procuratorateEvents { type summary } } }`,
        { id: planted.disputeId },
        centreSupervisor(),
      ),
    );
    // The centre's officers see the dispute but not the procuratorate's cases on it (SupervisionCase scope).
    const { dispute: asOfficer } = expectData(
      await hub.request<{ dispute: { supervisionCases: unknown[] } }>(
        `query($id: ID!) { dispute(id: $id) { supervisionCases { id } } }`,
        { id: planted.disputeId },
        centreOfficer(org.centreId),
      ),
    );
    expect(asOfficer.supervisionCases).toEqual([]);
    expect(dispute.supervisionCases).toContainEqual({
      id: opened.id,
      leadKind: "CONFIRMATION_RULING",
      outcome: "PROCURATORIAL_SUGGESTION",
      outcomeSummary: "向法院发出再审检察建议，建议撤销确认裁定。",
      outcomeIssuedAt: concluded.outcomeIssuedAt,
      outcomeDocumentNumber: "白检民建〔2026〕1号",
    });
    expect(dispute.procuratorateEvents.map((event) => event.type)).toEqual(
      expect.arrayContaining(["supervision.opened", "supervision.concluded"]),
    );
    expect(dispute.procuratorateEvents.find((event) => event.type === "supervision.concluded")?.summary).toContain("白检民建〔2026〕1号");

    const leads = expectData(
      await hub.request<{ supervisionLeads: { id: string; supervisionCases: { id: string }[] }[] }>(
        `{ supervisionLeads { id supervisionCases { id } } }`,
        {},
        countyProsecutor(),
      ),
    ).supervisionLeads;
    expect(leads.find((lead) => lead.id === planted.applicationId)?.supervisionCases).toEqual([{ id: opened.id }]);
  });

  it("opens a case from an agreement", async () => {
    const { openSupervisionCaseFromLead: opened } = expectData(
      await hub.request<{ openSupervisionCaseFromLead: Record<string, any> }>(
        OPEN_FROM_LEAD,
        {
          input: {
            leadKind: "MEDIATION_AGREEMENT",
            leadId: planted.agreementId,
            grounds: "STATE_OR_PUBLIC_INTEREST",
            summary: "调解协议涉嫌损害他人利益。",
          },
        },
        countyProsecutor(),
      ),
    );
    expect(opened).toMatchObject({
      leadKind: "MEDIATION_AGREEMENT",
      dispute: { id: planted.disputeId },
      sourceMediationAgreement: { id: planted.agreementId },
      sourceConfirmationApplication: null,
    });
    expect(opened.sourceMediationAgreement.reachedAt).toBeTruthy();
  });

  it.each([
    ["a party-application ground", { grounds: "PARTY_APPLICATION" }, { code: "REFUSED_BY_RULE", field: "input.grounds" }],
    ["a malformed lead id", { leadId: "42" }, { code: "BAD_USER_INPUT", field: "input.leadId" }],
    [
      "an unknown ruling, as the court refuses one out of scope",
      { leadId: "00000000-0000-4000-8000-000000000000" },
      { code: "FORBIDDEN", reason: "NOT_FOUND_OR_OUT_OF_SCOPE", entity: "ConfirmationApplication", field: "input.leadId" },
    ],
    ["an application not yet ruled", { leadId: "INNOCENT" }, { code: "REFUSED_BY_RULE", field: "input.leadId" }],
    ["a blank summary", { summary: "   " }, { code: "BAD_USER_INPUT", field: "input.summary" }],
  ])("refuses %s", async (_case, overrides, expected) => {
    const input = {
      leadKind: "CONFIRMATION_RULING",
      leadId: planted.applicationId,
      grounds: "FALSE_LITIGATION",
      summary: "依职权审查。",
      ...overrides,
    };
    if (input.leadId === "INNOCENT") input.leadId = innocent.applicationId;
    const response = await hub.request(OPEN_FROM_LEAD, { input }, countyProsecutor());
    expect(response.data).toBeNull();
    expect(errorOf(response)).toMatchObject(expected);
  });

  it("shows a prosecutor the rulings and agreements of disputes that arose in their county, wherever the court or committee sits, and no one else more", async () => {
    // 东河区's court and committee, a dispute of 白云鄂博矿区: the county's prosecutor sees both on the dispute-place ground.
    const READ = `query($application: ID!, $agreement: ID!) {
      confirmationApplication(id: $application) { id caseNumber }
      mediationAgreement(id: $agreement) { id reachedAt }
    }`;
    const variables = { application: planted.applicationId, agreement: planted.agreementId };
    hub.resetQueries();
    const seen = expectData(
      await hub.request<{ confirmationApplication: { id: string; caseNumber: string }; mediationAgreement: { id: string } }>(
        READ,
        variables,
        countyProsecutor(),
      ),
    );
    expect(seen).toMatchObject({
      confirmationApplication: { id: planted.applicationId, caseNumber: planted.caseNumber },
      mediationAgreement: { id: planted.agreementId },
    });
    // Scoped in the read's own SQL: one statement per department.
    expect(statementsOn(hub.subgraphs.court.queries, "confirmation_application")).toBe(1);
    expect(statementsOn(hub.subgraphs.justice.queries, "mediation_agreement")).toBe(1);

    // A prosecutor of a third county, and a centre officer of this one (who has no ground on these), see neither.
    for (const outsider of [{ ...prosecutor("procuratorate-150203"), jurisdictionCode: "150203" }, centreOfficer(org.centreId, COUNTY)]) {
      const refused = await hub.request<{ confirmationApplication: unknown; mediationAgreement: unknown }>(READ, variables, outsider);
      expect(refused.data?.confirmationApplication ?? null).toBeNull();
      expect(refused.data?.mediationAgreement ?? null).toBeNull();
      expect(refused.errors?.map((error) => error.extensions?.reason)).toEqual(["NOT_FOUND_OR_OUT_OF_SCOPE", "NOT_FOUND_OR_OUT_OF_SCOPE"]);
    }
  });

  it("refuses a prosecutor of another county and callers who are not prosecutors", async () => {
    const input = { leadKind: "CONFIRMATION_RULING", leadId: planted.applicationId, grounds: "FALSE_LITIGATION", summary: "依职权审查。" };
    expect(errorOf(await hub.request(OPEN_FROM_LEAD, { input }, otherCountyProsecutor()))).toMatchObject({ code: "FORBIDDEN" });
    expect(errorOf(await hub.request(OPEN_FROM_LEAD, { input }, centreOfficer(org.centreId)))).toMatchObject({
      code: "FORBIDDEN",
      action: "openSupervisionCaseFromLead",
    });
    expect(errorOf(await hub.request(`{ supervisionLeads { id } }`, {}, judge(org.courtId)))).toMatchObject({
      code: "FORBIDDEN",
      action: "supervisionLeads",
    });
  });

  it("refuses an outcome instrument dated before the case or in the future", async () => {
    const { openSupervisionCaseFromLead: opened } = expectData(
      await hub.request<{ openSupervisionCaseFromLead: { id: string } }>(
        OPEN_FROM_LEAD,
        { input: { leadKind: "MEDIATION_AGREEMENT", leadId: planted.agreementId, grounds: "FALSE_LITIGATION", summary: "依职权审查。" } },
        countyProsecutor(),
      ),
    );
    for (const issuedAt of [new Date(Date.now() - DAY_MS), new Date(Date.now() + DAY_MS)]) {
      const response = await hub.request(
        CONCLUDE,
        { input: { caseId: opened.id, outcome: "NO_IRREGULARITY", summary: "未发现违法情形。", issuedAt: issuedAt.toISOString() } },
        countyProsecutor(),
      );
      expect(errorOf(response)).toMatchObject({ code: "BAD_USER_INPUT", field: "input.issuedAt" });
    }
  });
});

// Last, because it adds a dispute to the county the tests above count.
describe("related parties through the centre's blind indexes", () => {
  it("flags parties on opposite sides who share a phone and an agent, from the centre's blind indexes, values never shown", async () => {
    const phone = "13947265555";
    const agent = { name: "王代理", idNumber: residentId("19700707"), phone: "0472-5556666" };
    const received = await step.receive(hub, org, {
      placeCode: TOWNSHIP,
      category: "PRIVATE_LENDING",
      parties: [
        { role: "APPLICANT", kind: "PERSON", name: "那仁", idNumber: residentId("19820202"), phone, agent },
        { role: "RESPONDENT", kind: "PERSON", name: "赵刚", idNumber: residentId("19830303"), phone: "139-4726-5555", agent },
      ],
    });
    const { redFlagScreen } = expectData(
      await hub.request<{ redFlagScreen: Screen }>(
        `query($id: ID!) { redFlagScreen(disputeId: $id) { ${SCREEN_FIELDS} } }`,
        { id: received.disputeId },
        countyProsecutor(),
      ),
    );
    const related = redFlagScreen.flags.find((flag) => flag.code === "RELATED_PARTIES");
    expect(related?.evidence.map((item) => item.label).sort()).toEqual(["SHARED_AGENT", "SHARED_PHONE"]);
    const everything = JSON.stringify(redFlagScreen);
    for (const secret of ["13947265555", "5555", agent.idNumber, "5556666"]) expect(everything).not.toContain(secret);
  });
});
