import { centreOfficer, centreSupervisor } from "../../../tests/support/actors";
import { startSubgraph, type RunningSubgraph } from "../../../tests/support/subgraph-harness";
import { createCenterServer, type CenterServer } from "../src/server";
import { seedCentre } from "./fixtures";
import { cst } from "./oversight-fixtures";
import { receive } from "./routing-fixtures";
import { StubGraph } from "./stub-graph";

// 石拐区 (150205) township 石拐街道 is this file's: no other test reads its notices.
const SHIGUAI = "150205";
const TOWNSHIP = "150205001";

const NOTICE_FIELDS = `dueAt basis calendarMissingFor givenAt method reference givenBy { id name } inTime overdue`;
const RECORD = `mutation($input: RecordPetitionerNoticeInput!) { recordPetitionerNotice(input: $input) { id petitionerNotice { ${NOTICE_FIELDS} } } }`;
const READ = `query($id: ID!) { dispute(id: $id) { id petitionerNotice { ${NOTICE_FIELDS} } } }`;

let now = cst("2026-09-16T10:00");
let center: RunningSubgraph<CenterServer>;

beforeAll(async () => {
  center = await startSubgraph("center", (options) => createCenterServer({ ...options, graph: new StubGraph() }), { clock: () => now });
});
afterAll(() => center.stop());

async function receivedAt(at: Date) {
  now = at;
  const centre = await seedCentre(center.server.db, SHIGUAI, "石拐区综治中心");
  const officer = centreOfficer(centre.id, SHIGUAI);
  return { officer, disputeId: await receive(center, officer, { placeCode: TOWNSHIP }) };
}

const noticeOf = async (id: string) =>
  (await center.request<{ dispute: { petitionerNotice: Record<string, unknown> } }>(READ, { id }, centreSupervisor())).data?.dispute
    .petitionerNotice;

describe("信访工作条例 art 23: the petitioner is told in writing within 15 days", () => {
  it("信访工作条例 art 23: a notice recorded within the 15 days (which run past National Day to 10-08) is in time, with its method, reference and officer", async () => {
    const { officer, disputeId } = await receivedAt(cst("2026-09-16T10:00"));
    expect(await noticeOf(disputeId)).toMatchObject({
      dueAt: cst("2026-10-08T23:59:59.999").toISOString(),
      basis: expect.stringContaining("信访工作条例 art 23"),
      givenAt: null,
      inTime: null,
      overdue: false,
    });
    now = cst("2026-10-08T16:00");
    const { data, errors } = await center.request<{ recordPetitionerNotice: { petitionerNotice: Record<string, unknown> } }>(
      RECORD,
      { input: { disputeId, method: "POST", reference: "石综告〔2026〕17号 / EMS1190000000" } },
      officer,
    );
    expect(errors).toBeUndefined();
    expect(data?.recordPetitionerNotice.petitionerNotice).toMatchObject({
      givenAt: now.toISOString(),
      method: "POST",
      reference: "石综告〔2026〕17号 / EMS1190000000",
      givenBy: { id: officer.userId, name: officer.name },
      inTime: true,
      overdue: false,
    });
    const events = await center.server.db.eventLog.findMany({ where: { disputeId, type: "dispute.petitioner_notified" } });
    expect(events).toHaveLength(1);
    const again = await center.request(RECORD, { input: { disputeId, method: "SMS" } }, officer);
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", field: "input.disputeId" });
  });

  it("信访工作条例 art 23: without a notice the dispute shows it overdue after the 15th day; one given late is recorded as not in time", async () => {
    const { officer, disputeId } = await receivedAt(cst("2026-11-02T10:00"));
    now = cst("2026-11-17T23:00");
    expect(await noticeOf(disputeId)).toMatchObject({ dueAt: cst("2026-11-17T23:59:59.999").toISOString(), overdue: false });
    now = cst("2026-11-18T09:00");
    expect(await noticeOf(disputeId)).toMatchObject({ overdue: true, givenAt: null });
    const late = await center.request<{ recordPetitionerNotice: { petitionerNotice: Record<string, unknown> } }>(
      RECORD,
      { input: { disputeId, method: "IN_PERSON" } },
      officer,
    );
    expect(late.errors).toBeUndefined();
    expect(late.data?.recordPetitionerNotice.petitionerNotice).toMatchObject({ inTime: false, overdue: false, method: "IN_PERSON" });
  });

  it("refuses a notice dated before receipt or in the future, and an officer of another centre", async () => {
    const { officer, disputeId } = await receivedAt(cst("2026-11-02T10:00"));
    now = cst("2026-11-03T10:00");
    for (const notifiedAt of [cst("2026-11-01T10:00"), cst("2026-11-04T10:00")]) {
      const { errors } = await center.request(
        RECORD,
        { input: { disputeId, method: "SMS", notifiedAt: notifiedAt.toISOString() } },
        officer,
      );
      expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.notifiedAt" });
    }
    const elsewhere = await seedCentre(center.server.db, SHIGUAI, "另一综治中心");
    const { errors } = await center.request(RECORD, { input: { disputeId, method: "SMS" } }, centreOfficer(elsewhere.id, "150206"));
    expect(errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN" });
  });

  it("says when the 15 days end in a year the holiday calendar does not cover", async () => {
    const { disputeId } = await receivedAt(cst("2026-12-28T10:00"));
    expect(await noticeOf(disputeId)).toMatchObject({ dueAt: cst("2027-01-12T23:59:59.999").toISOString(), calendarMissingFor: [2027] });
  });
});
