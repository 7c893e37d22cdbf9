import { randomUUID } from "node:crypto";
import { justiceOfficer, mediator } from "../../../tests/support/actors";
import type { RunningSubgraph } from "../../../tests/support/subgraph-harness";
import type { JusticeServer } from "../src/server";
import { seedCommittee, seedMediator, startJusticeWithStub } from "./fixtures";
import type { StubGraph } from "./stub-graph";

const ACCEPT = `mutation($input: AcceptMediationCaseInput!) { acceptMediationCase(input: $input) { id status } }`;
const ASSIGN = `mutation($input: AssignMediatorInput!) { assignMediator(input: $input) { id } }`;
const SESSION = `mutation($input: RecordSessionInput!) { recordSession(input: $input) { id status sessions { number } } }`;
const AGREE = `mutation($input: ConcludeWithAgreementInput!) { concludeWithAgreement(input: $input) { id status agreement { id } } }`;

let justice: RunningSubgraph<JusticeServer>;
let graph: StubGraph;
let committeeId: string;
let mediatorId: string;

beforeAll(async () => {
  ({ justice, graph } = await startJusticeWithStub());
  committeeId = (await seedCommittee(justice.server.db)).id;
  mediatorId = (await seedMediator(justice.server.db, committeeId, { name: "乌云" })).id;
});
afterAll(() => justice.stop());

type Accepted = { acceptMediationCase: { id: string; status: string } };
const key = (what: string) => `${what}-${randomUUID()}`;

describe("idempotent creations in the justice bureau", () => {
  it("opens exactly one case from 40 concurrent identical acceptances with one key, and all return it", async () => {
    const { disputeId } = graph.addDispute(committeeId);
    const officer = mediator(committeeId);
    const input = { disputeId, committeeId, idempotencyKey: key("accept") };
    const results = await Promise.all(Array.from({ length: 40 }, () => justice.request<Accepted>(ACCEPT, { input }, officer)));
    for (const result of results) expect(result.errors).toBeUndefined();
    expect(new Set(results.map((result) => result.data?.acceptMediationCase.id)).size).toBe(1);
    expect(await justice.server.db.mediationCase.count({ where: { disputeId } })).toBe(1);
    expect(await justice.server.db.eventLog.count({ where: { disputeId, type: "mediation.accepted" } })).toBe(1);
  });

  it("answers a retry with the case rather than the one-open-case refusal, and refuses another payload under the key", async () => {
    const { disputeId } = graph.addDispute(committeeId);
    const officer = mediator(committeeId);
    const input = { disputeId, committeeId, idempotencyKey: key("accept") };
    const first = await justice.request<Accepted>(ACCEPT, { input }, officer);
    const retry = await justice.request<Accepted>(ACCEPT, { input }, officer);
    expect(retry.data?.acceptMediationCase.id).toBe(first.data?.acceptMediationCase.id);

    const withoutKey = await justice.request(ACCEPT, { input: { disputeId, committeeId } }, officer);
    expect(withoutKey.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", field: "input.disputeId" });

    const changed = await justice.request(ACCEPT, { input: { ...input, invitingCourtId: randomUUID() } }, officer);
    expect(changed.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", field: "input.idempotencyKey" });
    // The refusal does not name what the key created.
    expect(changed.errors?.[0]?.extensions).not.toHaveProperty("resultId");
  });

  it("records one session and one agreement however often each is sent concurrently with its key", async () => {
    const routed = graph.addDispute(committeeId);
    const officer = mediator(committeeId);
    const accepted = await justice.request<Accepted>(ACCEPT, { input: { disputeId: routed.disputeId, committeeId } }, officer);
    const caseId = accepted.data?.acceptMediationCase.id ?? "";
    expect((await justice.request(ASSIGN, { input: { caseId, mediatorId, chosenByParties: false } }, officer)).errors).toBeUndefined();

    const session = {
      caseId,
      heldAt: new Date().toISOString(),
      publicity: "PRIVATE",
      attendingPartyIds: [routed.applicant, routed.respondent],
      summary: "背对背听取双方意见",
      idempotencyKey: key("session"),
    };
    const sessions = await Promise.all(Array.from({ length: 20 }, () => justice.request(SESSION, { input: session }, officer)));
    for (const result of sessions) expect(result.errors).toBeUndefined();
    expect(await justice.server.db.mediationSession.count({ where: { caseId } })).toBe(1);
    const other = await justice.request(SESSION, { input: { ...session, summary: "另一次调解" } }, officer);
    expect(other.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", field: "input.idempotencyKey" });

    const agreement = {
      caseId,
      form: "ORAL",
      partyIds: [routed.applicant, routed.respondent],
      facts: "被申请人驾驶车辆追尾申请人车辆，致申请人车辆受损。",
      disputedPoints: "维修费用的数额。",
      responsibility: "被申请人负全部责任。",
      terms: [
        {
          obligorPartyId: routed.respondent,
          obligeePartyId: routed.applicant,
          obligation: "赔偿维修费7500元",
          subject: "PAYMENT",
          manner: "银行转账",
          deadline: new Date(Date.now() + 14 * 86_400_000).toISOString(),
        },
      ],
      idempotencyKey: key("agreement"),
    };
    const agreements = await Promise.all(
      Array.from({ length: 20 }, () =>
        justice.request<{ concludeWithAgreement: { agreement: { id: string } } }>(AGREE, { input: agreement }, officer),
      ),
    );
    for (const result of agreements) expect(result.errors).toBeUndefined();
    expect(new Set(agreements.map((result) => result.data?.concludeWithAgreement.agreement.id)).size).toBe(1);
    expect(await justice.server.db.mediationAgreement.count({ where: { caseId } })).toBe(1);
  });

  it("registers one committee and one mediator from 20 concurrent identical submissions each; another payload under a key is a CONFLICT", async () => {
    const officer = justiceOfficer();
    const committee = {
      id: randomUUID(),
      name: `东河区人民调解委员会-${randomUUID().slice(0, 6)}`,
      divisionCode: "150202",
      idempotencyKey: key("committee"),
    };
    const committees = await Promise.all(
      Array.from({ length: 20 }, () =>
        justice.request(
          `mutation($input: RegisterMediationCommitteeInput!) { registerMediationCommittee(input: $input) { id } }`,
          { input: committee },
          officer,
        ),
      ),
    );
    for (const result of committees) expect(result.errors).toBeUndefined();
    expect(await justice.server.db.mediationCommittee.count({ where: { name: committee.name } })).toBe(1);
    const renamed = await justice.request(
      `mutation($input: RegisterMediationCommitteeInput!) { registerMediationCommittee(input: $input) { id } }`,
      { input: { ...committee, id: randomUUID() } },
      officer,
    );
    expect(renamed.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", field: "input.idempotencyKey" });
    expect(renamed.errors?.[0]?.extensions).not.toHaveProperty("resultId");

    const member = {
      id: randomUUID(),
      name: "娜仁",
      committeeId: committee.id,
      kind: "COMMITTEE_MEMBER",
      libraries: ["MEDIATOR"],
      adultAttested: true,
      idempotencyKey: key("mediator"),
    };
    const REGISTER = `mutation($input: RegisterMediatorInput!) { registerMediator(input: $input) { id } }`;
    const members = await Promise.all(Array.from({ length: 20 }, () => justice.request(REGISTER, { input: member }, officer)));
    for (const result of members) expect(result.errors).toBeUndefined();
    expect(await justice.server.db.mediator.count({ where: { committeeId: committee.id } })).toBe(1);
    expect(await justice.server.db.eventLog.count({ where: { subjectId: member.id, type: "mediator.registered" } })).toBe(1);
    const other = await justice.request(REGISTER, { input: { ...member, id: randomUUID(), name: "萨仁" } }, officer);
    expect(other.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", field: "input.idempotencyKey" });
    expect(await justice.server.db.mediator.count({ where: { committeeId: committee.id } })).toBe(1);
  });

  it("records one signature from 20 concurrent identical signings with one key, where a plain repeat is refused as already signed", async () => {
    const routed = graph.addDispute(committeeId);
    const officer = mediator(committeeId);
    const accepted = await justice.request<Accepted>(ACCEPT, { input: { disputeId: routed.disputeId, committeeId } }, officer);
    const caseId = accepted.data?.acceptMediationCase.id ?? "";
    await justice.request(ASSIGN, { input: { caseId, mediatorId, chosenByParties: false } }, officer);
    const parties = [routed.applicant, routed.respondent];
    await justice.request(
      SESSION,
      { input: { caseId, heldAt: new Date().toISOString(), publicity: "PRIVATE", attendingPartyIds: parties, summary: "调解" } },
      officer,
    );
    const agreed = await justice.request<{ concludeWithAgreement: { agreement: { id: string } } }>(
      AGREE,
      {
        input: {
          caseId,
          form: "WRITTEN",
          partyIds: parties,
          facts: "追尾致车辆受损。",
          disputedPoints: "维修费数额。",
          responsibility: "被申请人负全部责任。",
          terms: [
            {
              obligorPartyId: routed.respondent,
              obligeePartyId: routed.applicant,
              obligation: "赔偿维修费7500元",
              subject: "PAYMENT",
              manner: "银行转账",
              deadline: new Date(Date.now() + 14 * 86_400_000).toISOString(),
            },
          ],
        },
      },
      officer,
    );
    const agreementId = agreed.data?.concludeWithAgreement.agreement.id ?? "";
    const SIGN = `mutation($input: SignAgreementInput!) { signAgreement(input: $input) { id status } }`;
    const signing = { agreementId, signer: "PARTY", partyId: routed.applicant, method: "FINGERPRINT", idempotencyKey: key("sign") };
    const results = await Promise.all(Array.from({ length: 20 }, () => justice.request(SIGN, { input: signing }, officer)));
    for (const result of results) expect(result.errors).toBeUndefined();
    expect(await justice.server.db.agreementSignature.count({ where: { agreementId } })).toBe(1);
    const plainRepeat = await justice.request(SIGN, { input: { ...signing, idempotencyKey: null } }, officer);
    expect(plainRepeat.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", field: "input.partyId" });
    const otherMethod = await justice.request(SIGN, { input: { ...signing, method: "SEAL" } }, officer);
    expect(otherMethod.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", field: "input.idempotencyKey" });
  });
});
