import { mediator } from "../../../tests/support/actors";
import type { RunningSubgraph } from "../../../tests/support/subgraph-harness";
import type { JusticeServer } from "../src/server";
import { BILINGUAL, seedCommittee, seedMediator, startJusticeWithStub } from "./fixtures";
import { AGREE, agreementInput, caseSteps } from "./mediation-helpers";
import type { StubGraph } from "./stub-graph";

const ART_31 = "人民调解法 art 31";
const DAY = 86_400_000;
const TERM =
  "id position performanceStatus overdue performances { status asOf note recordedBy { id } } urgings { method } agreement { id }";
const RECORD = `mutation($input: RecordTermPerformanceInput!) { recordTermPerformance(input: $input) { ${TERM} } }`;
const URGE = `mutation($input: UrgePerformanceInput!) { urgePerformance(input: $input) { ${TERM} } }`;
const OVERDUE = `query($committeeId: ID!) { overduePerformance(committeeId: $committeeId) { ${TERM} } }`;
const TERMS = `query($id: ID!) { mediationAgreement(id: $id) { terms { id position deadline } } }`;

// The clock starts on Monday 7 September 2026 and is moved on by the tests.
let now = new Date("2026-09-07T02:00:00.000Z");
let justice: RunningSubgraph<JusticeServer>;
let graph: StubGraph;
let committeeId: string;
let mediatorId: string;
const { call, ok, openCase } = caseSteps(
  () => justice,
  () => graph,
);
const as = () => mediator(committeeId);
const at = (days: number) => new Date(now.getTime() + days * DAY).toISOString();

beforeAll(async () => {
  ({ justice, graph } = await startJusticeWithStub(() => now));
  committeeId = (await seedCommittee(justice.server.db)).id;
  mediatorId = (await seedMediator(justice.server.db, committeeId)).id;
});
afterAll(() => justice.stop());

/** An oral agreement (in effect at once) with a term due in 10 days and one due in 60. */
async function agreementInEffect(committee = committeeId, mediatorOf = mediatorId) {
  const opened = await openCase(committee, mediatorOf);
  const base = agreementInput(opened.caseId, opened.applicant, opened.respondent, { form: "ORAL" });
  const [term] = base.terms;
  const reached = await ok(
    AGREE,
    {
      ...base,
      terms: [
        { ...term, deadline: at(10) },
        { ...term, obligation: "赔礼道歉", subject: "APOLOGY", deadline: at(60) },
      ],
    },
    mediator(committee),
  );
  const { data } = await justice.request<any>(TERMS, { id: reached.agreement.id }, mediator(committee));
  const [soon, later] = data.mediationAgreement.terms as { id: string }[];
  return { ...opened, agreementId: reached.agreement.id as string, soon: soon?.id ?? "", later: later?.id ?? "" };
}

async function overdueIds(committee = committeeId) {
  const { data, errors } = await justice.request<any>(OVERDUE, { committeeId: committee }, mediator(committee));
  if (errors) throw new Error(JSON.stringify(errors));
  return (data.overduePerformance as { id: string }[]).map((term) => term.id);
}

describe(`the committee supervises performance (人民调解法 art 31)`, () => {
  it("lists a term past its deadline until full performance is recorded, partly performed included, and records each urging", async () => {
    const { soon, later, agreementId } = await agreementInEffect();
    expect(await overdueIds()).not.toContain(soon);
    now = new Date(now.getTime() + 20 * DAY);
    expect(await overdueIds()).toContain(soon);
    expect(await overdueIds()).not.toContain(later);

    const partly = await ok(RECORD, { termId: soon, status: "PARTLY_PERFORMED", asOf: at(-1), note: "已付5000元，余3000元" }, as());
    expect(partly).toMatchObject({
      performanceStatus: "PARTLY_PERFORMED",
      overdue: true,
      performances: [{ status: "PARTLY_PERFORMED", note: "已付5000元，余3000元" }],
    });
    expect(await overdueIds()).toContain(soon);

    const urged = await ok(URGE, { termId: soon, method: "电话督促" }, as());
    expect(urged.urgings).toEqual([{ method: "电话督促" }]);

    const done = await ok(RECORD, { termId: soon, status: "PERFORMED", asOf: at(0) }, as());
    expect(done).toMatchObject({ performanceStatus: "PERFORMED", overdue: false });
    expect(done.performances.map((p: { status: string }) => p.status)).toEqual(["PARTLY_PERFORMED", "PERFORMED"]);
    expect(await overdueIds()).not.toContain(soon);
    const types = (
      await justice.server.db.eventLog.findMany({
        where: { subjectId: agreementId, type: { startsWith: "mediation.performance" } },
        orderBy: { seq: "asc" },
      })
    ).map((e) => e.type);
    expect(types).toEqual(["mediation.performance_recorded", "mediation.performance_urged", "mediation.performance_recorded"]);
  });

  it("refuses to urge a term recorded as performed, and a performance dated in the future", async () => {
    const { soon } = await agreementInEffect();
    await ok(RECORD, { termId: soon, status: "PERFORMED", asOf: at(0) }, as());
    const urged = await call(URGE, { termId: soon, method: "上门督促" }, as());
    expect(urged.errors?.[0]?.extensions).toMatchObject({ code: "REFUSED_BY_RULE", rule: ART_31, performanceStatus: "PERFORMED" });
    expect(urged.errors?.[0]?.message).toMatch(BILINGUAL);
    const future = await call(RECORD, { termId: soon, status: "NOT_PERFORMED", asOf: at(3) }, as());
    expect(future.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.asOf", rule: ART_31 });
  });

  it("refuses performance on an agreement not in effect", async () => {
    const { caseId, applicant, respondent } = await openCase(committeeId, mediatorId);
    const reached = await ok(
      AGREE,
      agreementInput(caseId, applicant, respondent, {
        terms: [{ ...agreementInput(caseId, applicant, respondent).terms[0], deadline: at(5) }],
      }),
      as(),
    );
    const { data } = await justice.request<any>(TERMS, { id: reached.agreement.id }, as());
    const termId = data.mediationAgreement.terms[0].id;
    const refused = await call(RECORD, { termId, status: "NOT_PERFORMED", asOf: at(0) }, as());
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: "REFUSED_BY_RULE",
      rule: ART_31,
      agreementStatus: "AWAITING_SIGNATURES",
    });
  });

  it("keeps each committee to its own terms: another committee neither records, urges nor lists them", async () => {
    const { soon } = await agreementInEffect();
    const other = await seedCommittee(justice.server.db);
    now = new Date(now.getTime() + 20 * DAY);
    const record = await call(RECORD, { termId: soon, status: "PERFORMED", asOf: at(0) }, mediator(other.id));
    expect(record.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", action: "recordTermPerformance" });
    const urge = await call(URGE, { termId: soon, method: "电话" }, mediator(other.id));
    expect(urge.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", action: "urgePerformance" });
    const list = await justice.request<any>(OVERDUE, { committeeId }, mediator(other.id));
    expect(list.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", action: "overduePerformance" });
    expect(await overdueIds(other.id)).toEqual([]);
  });
});
