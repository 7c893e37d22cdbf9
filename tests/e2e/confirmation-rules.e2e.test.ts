import { centreSupervisor, courtClerk, judge } from "../support/actors";
import { uniqueIdNumber } from "../support/id-numbers";
import { startHub, type RunningHub } from "../support/hub-harness";
import { seedOrganisations } from "./seed";
import { expectData, mediateToAgreement, step, type Organisations } from "./steps";

/** 九原区人民法院: a court no other test registers, serving a county where only a party lives. */
const JIUYUAN_COURT_ID = "7f8c5e3a-4b6d-4e9c-9a23-00000000e2e7";

let hub: RunningHub;
let org: Organisations;

beforeAll(async () => {
  hub = await startHub();
  org = await seedOrganisations(hub);
  expectData(
    await hub.request(
      `mutation($input: RegisterCourtInput!) { registerCourt(input: $input) { id } }`,
      { input: { id: JIUYUAN_COURT_ID, name: "包头市九原区人民法院", level: "BASIC", caseCode: "内0207", divisionCode: "150207" } },
      courtClerk(JIUYUAN_COURT_ID),
    ),
  );
}, 120_000);
afterAll(() => hub.stop());

/** A traffic accident whose applicant lives in 九原区, recorded by the centre with the address. */
const livingInJiuyuan = () => ({
  parties: [
    {
      role: "APPLICANT",
      kind: "PERSON",
      name: "乌兰",
      idNumber: uniqueIdNumber(),
      phone: "13947260002",
      address: { divisionCode: "150207", detail: "建华南路1号" },
    },
    { role: "RESPONDENT", kind: "PERSON", name: "李明", idNumber: uniqueIdNumber() },
  ],
});

describe("the court's rules through the graph", () => {
  it("民事诉讼法 art 205(2): the court where a party is domiciled, read from the centre's person record, has jurisdiction; without that domicile it has none", async () => {
    const domiciled = await mediateToAgreement(hub, org, "ORAL", livingInJiuyuan());
    const filed = await step.fileApplication(hub, org, domiciled.caseId, [domiciled.applicantId, domiciled.respondentId], JIUYUAN_COURT_ID);
    expect(filed.errors).toBeUndefined();

    const elsewhere = await mediateToAgreement(hub, org);
    const refused = await step.fileApplication(
      hub,
      org,
      elsewhere.caseId,
      [elsewhere.applicantId, elsewhere.respondentId],
      JIUYUAN_COURT_ID,
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: "REFUSED_BY_RULE",
      rule: "民事诉讼法 art 205(2)",
      competentCounties: ["150202"],
    });
  });

  it("民事诉讼法 art 206 and 民诉法解释 372: a rejection served, an objection reviewed, the same agreement not filed again; all on the dispute's case file", async () => {
    const mediated = await mediateToAgreement(hub, org);
    const application = expectData(
      await step.fileApplication(hub, org, mediated.caseId, [mediated.applicantId, mediated.respondentId]),
    ).fileConfirmationApplication;
    expectData(await step.acceptApplication(hub, application.id, org.courtId));
    expectData(await step.startReview(hub, application.id, org.courtId));
    await step.hearParties(hub, application.id, org.courtId);
    const theJudge = judge(org.courtId);
    const clerk = courtClerk(org.courtId);
    expectData(
      await hub.request(
        `mutation($input: RuleOnConfirmationInput!) { ruleOnConfirmation(input: $input) { status } }`,
        { input: { applicationId: application.id, outcome: "REJECTED", rejectionGround: "UNCLEAR_CONTENT", reasoning: "履行方式不明确" } },
        theJudge,
      ),
    );
    const served = expectData(
      await hub.request<{ recordRulingService: { objectionDeadline: string } }>(
        `mutation($input: RecordRulingServiceInput!) { recordRulingService(input: $input) { objectionDeadline } }`,
        { input: { applicationId: application.id, partyId: mediated.applicantId, servedAt: new Date().toISOString(), method: "DIRECT" } },
        clerk,
      ),
    ).recordRulingService;
    expect(new Date(served.objectionDeadline).getTime()).toBeGreaterThan(Date.now() + 14 * 86_400_000);

    const objection = expectData(
      await hub.request<{ fileRulingObjection: { id: string } }>(
        `mutation($input: FileRulingObjectionInput!) { fileRulingObjection(input: $input) { id } }`,
        {
          input: { applicationId: application.id, objectorKind: "PARTY", partyId: mediated.applicantId, grounds: "履行方式已在协议中写明" },
        },
        clerk,
      ),
    ).fileRulingObjection;
    expectData(
      await hub.request(
        `mutation($input: StartObjectionReviewInput!) { startObjectionReview(input: $input) { id } }`,
        { input: { objectionId: objection.id } },
        theJudge,
      ),
    );
    expectData(
      await hub.request(
        `mutation($input: DecideRulingObjectionInput!) { decideRulingObjection(input: $input) { status } }`,
        { input: { objectionId: objection.id, revokeRuling: false, reasoning: "协议确未写明履行方式，异议不成立" } },
        theJudge,
      ),
    );

    const again = await step.fileApplication(hub, org, mediated.caseId, [mediated.applicantId, mediated.respondentId]);
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: "REFUSED_BY_RULE", rule: "民事诉讼法 art 206" });

    const { dispute } = expectData(
      await hub.request<{
        dispute: {
          confirmationApplications: { status: string; services: { method: string }[]; objections: { status: string }[] }[];
          courtEvents: { type: string }[];
        };
      }>(
        `query($id: ID!) { dispute(id: $id) { confirmationApplications { status services { method } objections { status } } courtEvents { type } } }`,
        { id: mediated.disputeId },
        centreSupervisor(),
      ),
    );
    expect(dispute.confirmationApplications[0]).toMatchObject({
      status: "REJECTED",
      services: [{ method: "DIRECT" }],
      objections: [{ status: "RULING_UPHELD" }],
    });
    expect(dispute.courtEvents.map((event) => event.type)).toEqual(
      expect.arrayContaining([
        "confirmation.ruling_served",
        "confirmation.objection_filed",
        "confirmation.objection_review_started",
        "confirmation.objection_decided",
      ]),
    );
  });
});
