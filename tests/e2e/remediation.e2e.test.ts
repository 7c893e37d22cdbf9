import { judge } from "../support/actors";
import { startHub, type RunningHub } from "../support/hub-harness";
import { seedOrganisations } from "./seed";
import { expectData, mediateToAgreement, step, type Organisations } from "./steps";

/** A township of 包头市东河区 (河东街道) for this file's disputes. */
const TOWNSHIP = "150202005";
const CPL_206 = "民事诉讼法 art 206";

let hub: RunningHub;
let org: Organisations;

beforeAll(async () => {
  hub = await startHub();
  org = await seedOrganisations(hub, TOWNSHIP);
});
afterAll(() => hub.stop());

describe(`re-mediation after the court rejects confirmation (民事诉讼法 art 206), through the gateway`, () => {
  // The committee reads the court's ruling on its own agreement (SCOPE_RULES ConfirmationApplication C):
  // acceptMediationCase asks the graph, as the mediator, for the dispute's applications.
  it("refuses a new mediation while the agreement stands, and opens one once the court has ruled 驳回", async () => {
    const mediated = await mediateToAgreement(hub, org, "ORAL", { placeCode: TOWNSHIP });
    const standing = await step.acceptMediation(hub, org, mediated.disputeId);
    expect(standing.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", rule: CPL_206, openCaseId: mediated.caseId });

    const applicationId = expectData(await step.fileApplication(hub, org, mediated.caseId, [mediated.applicantId, mediated.respondentId]))
      .fileConfirmationApplication.id;
    expectData(await step.acceptApplication(hub, applicationId, org.courtId));
    expectData(await step.startReview(hub, applicationId, org.courtId));
    // Still under review: the agreement stands.
    expect((await step.acceptMediation(hub, org, mediated.disputeId)).errors?.[0]?.extensions).toMatchObject({ rule: CPL_206 });
    await step.hearParties(hub, applicationId, org.courtId);
    const ruled = await hub.request<{ ruleOnConfirmation: { status: string } }>(
      `mutation($input: RuleOnConfirmationInput!) { ruleOnConfirmation(input: $input) { status } }`,
      { input: { applicationId, outcome: "REJECTED", rejectionGround: "UNCLEAR_CONTENT", reasoning: "履行方式约定不明确。" } },
      judge(org.courtId),
    );
    expect(expectData(ruled).ruleOnConfirmation.status).toBe("REJECTED");

    const reopened = expectData(await step.acceptMediation(hub, org, mediated.disputeId)).acceptMediationCase;
    expect(reopened.status).toBe("ACCEPTED");
    const cases = expectData(
      await hub.request<{ dispute: { mediationCases: { id: string; status: string; rejectedApplicationId: string | null }[] } }>(
        `query($id: ID!) { dispute(id: $id) { mediationCases { id status rejectedApplicationId } } }`,
        { id: mediated.disputeId },
        judge(org.courtId),
      ),
    ).dispute.mediationCases;
    expect(cases).toEqual([
      { id: reopened.id, status: "ACCEPTED", rejectedApplicationId: null },
      { id: mediated.caseId, status: "AGREEMENT_REACHED", rejectedApplicationId: applicationId },
    ]);
  });
});
