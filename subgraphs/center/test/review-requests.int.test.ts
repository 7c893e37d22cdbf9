import { centreOfficer } from "../../../tests/support/actors";
import { startSubgraph, type RunningSubgraph } from "../../../tests/support/subgraph-harness";
import { createCenterServer, type CenterServer } from "../src/server";
import { seedCentre } from "./fixtures";
import { cst } from "./oversight-fixtures";
import { receive } from "./routing-fixtures";
import { StubGraph } from "./stub-graph";

// 石拐区's 大发街道 (150205002) is this file's: no other test asks for reviews there.
const SHIGUAI = "150205";
const DAFA = "150205002";

const FIELDS = `id kind status opinionReceivedAt requestDueAt requestedAt reason answerDueAt answeredAt answer answeredInTime overdue basis
  calendarMissingFor recordedBy { id } answeredBy { id }`;
const REQUEST = `mutation($input: RequestReviewInput!) { requestReview(input: $input) { ${FIELDS} } }`;
const ANSWER = `mutation($input: AnswerReviewInput!) { answerReview(input: $input) { ${FIELDS} } }`;
const READ = `query($id: ID!) { dispute(id: $id) { id reviewRequests { ${FIELDS} } } }`;

type Review = Record<string, unknown> & { id: string };

let now = cst("2026-10-01T10:00");
let center: RunningSubgraph<CenterServer>;

beforeAll(async () => {
  center = await startSubgraph("center", (options) => createCenterServer({ ...options, graph: new StubGraph() }), { clock: () => now });
});
afterAll(() => center.stop());

/** A dispute received on 2026-09-01 and resolved (its handling opinion given) on 2026-10-19. */
async function handledDispute(resolved = true) {
  now = cst("2026-09-01T10:00");
  const centre = await seedCentre(center.server.db, SHIGUAI, "石拐区综治中心");
  const officer = centreOfficer(centre.id, SHIGUAI);
  const disputeId = await receive(center, officer, { placeCode: DAFA });
  if (resolved)
    await center.server.db.dispute.update({ where: { id: disputeId }, data: { status: "RESOLVED", resolvedAt: cst("2026-10-19T10:00") } });
  return { officer, disputeId };
}

const request = (officer: ReturnType<typeof centreOfficer>, input: Record<string, unknown>) =>
  center.request<{ requestReview: Review }>(REQUEST, { input: { reason: "对处理意见不服，赔偿数额计算有误", ...input } }, officer);

describe("信访工作条例 arts 35-36: 复查 and 复核 requests, asked within 30 days and answered within 30 days", () => {
  it("信访工作条例 art 35: a 复查 asked on the 30th day after receiving the opinion is recorded, due for an answer 30 days later (moved off Saturday 12-19)", async () => {
    const { officer, disputeId } = await handledDispute();
    now = cst("2026-11-19T15:00");
    const { data, errors } = await request(officer, {
      disputeId,
      kind: "REVIEW",
      opinionReceivedAt: cst("2026-10-20T10:00").toISOString(),
    });
    expect(errors).toBeUndefined();
    expect(data?.requestReview).toMatchObject({
      kind: "REVIEW",
      status: "REQUESTED",
      requestDueAt: cst("2026-11-19T23:59:59.999").toISOString(),
      requestedAt: now.toISOString(),
      answerDueAt: cst("2026-12-21T23:59:59.999").toISOString(),
      answeredInTime: null,
      overdue: false,
      basis: expect.stringContaining("信访工作条例 art 35"),
      recordedBy: { id: officer.userId },
    });
    now = cst("2026-12-22T09:00");
    const read = await center.request<{ dispute: { reviewRequests: Review[] } }>(READ, { id: disputeId }, officer);
    expect(read.data?.dispute.reviewRequests).toEqual([expect.objectContaining({ kind: "REVIEW", status: "REQUESTED", overdue: true })]);
  });

  it("信访工作条例 art 35: a 复查 asked on the 31st day is DEADLINE_PASSED", async () => {
    const { officer, disputeId } = await handledDispute();
    now = cst("2026-11-20T09:00");
    const { errors } = await request(officer, { disputeId, kind: "REVIEW", opinionReceivedAt: cst("2026-10-20T10:00").toISOString() });
    expect(errors?.[0]?.extensions).toMatchObject({
      code: "DEADLINE_PASSED",
      field: "input.requestedAt",
      rule: expect.stringContaining("信访工作条例 art 35"),
      deadline: cst("2026-11-19T23:59:59.999").toISOString(),
    });
  });

  it("信访工作条例 art 35: a late 复查 whose period ran into a year the holiday calendar lacks says so (民法典 art 203)", async () => {
    const { officer, disputeId } = await handledDispute();
    now = cst("2027-02-01T09:00");
    const late = await request(officer, { disputeId, kind: "REVIEW", opinionReceivedAt: cst("2026-12-20T10:00").toISOString() });
    expect(late.errors?.[0]?.extensions).toMatchObject({ code: "DEADLINE_PASSED", calendarMissingFor: [2027] });
    expect(late.errors?.[0]?.message).toContain("2027");
    now = cst("2026-11-20T09:00");
    const covered = await request(officer, { disputeId, kind: "REVIEW", opinionReceivedAt: cst("2026-10-20T10:00").toISOString() });
    expect(covered.errors?.[0]?.extensions?.code).toBe("DEADLINE_PASSED");
    expect(covered.errors?.[0]?.extensions).not.toHaveProperty("calendarMissingFor");
  });

  it("信访工作条例 art 35: refuses a 复查 of a matter with no handling opinion yet, and a second 复查", async () => {
    const pending = await handledDispute(false);
    now = cst("2026-10-21T09:00");
    const early = await request(pending.officer, {
      disputeId: pending.disputeId,
      kind: "REVIEW",
      opinionReceivedAt: cst("2026-10-20T10:00").toISOString(),
    });
    expect(early.errors?.[0]?.extensions).toMatchObject({ code: "REFUSED_BY_RULE", field: "input.disputeId" });

    const { officer, disputeId } = await handledDispute();
    now = cst("2026-10-21T09:00");
    const input = { disputeId, kind: "REVIEW", opinionReceivedAt: cst("2026-10-20T10:00").toISOString() };
    expect((await request(officer, input)).errors).toBeUndefined();
    expect((await request(officer, input)).errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", field: "input.kind" });
  });

  it("信访工作条例 art 36: a 复核 follows an answered 复查, asked within 30 days of receiving the 复查 opinion; the 复查 answer is recorded once, in time", async () => {
    const { officer, disputeId } = await handledDispute();
    now = cst("2026-10-21T09:00");
    const review = await request(officer, { disputeId, kind: "REVIEW", opinionReceivedAt: cst("2026-10-20T10:00").toISOString() });
    const tooSoon = await request(officer, { disputeId, kind: "RE_EXAMINATION", opinionReceivedAt: cst("2026-10-21T08:00").toISOString() });
    expect(tooSoon.errors?.[0]?.extensions).toMatchObject({
      code: "REFUSED_BY_RULE",
      field: "input.kind",
      rule: expect.stringContaining("信访工作条例 art 36"),
    });

    now = cst("2026-11-10T16:00");
    const answered = await center.request<{ answerReview: Review }>(
      ANSWER,
      { input: { reviewRequestId: review.data?.requestReview.id, answer: "经复查，维持原处理意见" } },
      officer,
    );
    expect(answered.errors).toBeUndefined();
    expect(answered.data?.answerReview).toMatchObject({
      status: "ANSWERED",
      answeredInTime: true,
      overdue: false,
      answeredBy: { id: officer.userId },
    });
    const twice = await center.request(ANSWER, { input: { reviewRequestId: review.data?.requestReview.id, answer: "再答复" } }, officer);
    expect(twice.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT" });

    now = cst("2026-12-10T10:00");
    const reExamination = await request(officer, {
      disputeId,
      kind: "RE_EXAMINATION",
      opinionReceivedAt: cst("2026-11-11T10:00").toISOString(),
    });
    expect(reExamination.errors).toBeUndefined();
    expect(reExamination.data?.requestReview).toMatchObject({
      kind: "RE_EXAMINATION",
      basis: expect.stringContaining("信访工作条例 art 36"),
    });
    const read = await center.request<{ dispute: { reviewRequests: Review[] } }>(READ, { id: disputeId }, officer);
    expect(read.data?.dispute.reviewRequests.map((r) => [r.kind, r.status])).toEqual([
      ["REVIEW", "ANSWERED"],
      ["RE_EXAMINATION", "REQUESTED"],
    ]);
  });

  it("信访工作条例 art 36: a 复核 asked more than 30 days after receiving the 复查 opinion is DEADLINE_PASSED", async () => {
    const { officer, disputeId } = await handledDispute();
    now = cst("2026-10-21T09:00");
    const review = await request(officer, { disputeId, kind: "REVIEW", opinionReceivedAt: cst("2026-10-20T10:00").toISOString() });
    now = cst("2026-11-02T09:00");
    await center.request(ANSWER, { input: { reviewRequestId: review.data?.requestReview.id, answer: "维持" } }, officer);
    now = cst("2026-12-04T09:00");
    const late = await request(officer, { disputeId, kind: "RE_EXAMINATION", opinionReceivedAt: cst("2026-11-03T10:00").toISOString() });
    expect(late.errors?.[0]?.extensions).toMatchObject({
      code: "DEADLINE_PASSED",
      rule: expect.stringContaining("信访工作条例 art 36"),
      deadline: cst("2026-12-03T23:59:59.999").toISOString(),
    });
  });

  it("refuses an officer of another centre", async () => {
    const { disputeId } = await handledDispute();
    const elsewhere = await seedCentre(center.server.db, SHIGUAI, "另一综治中心");
    now = cst("2026-10-21T09:00");
    const { errors } = await request(centreOfficer(elsewhere.id, SHIGUAI), {
      disputeId,
      kind: "REVIEW",
      opinionReceivedAt: cst("2026-10-20T10:00").toISOString(),
    });
    expect(errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN" });
  });
});
