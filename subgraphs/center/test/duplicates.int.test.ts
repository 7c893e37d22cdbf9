import { centreOfficer } from "../../../tests/support/actors";
import { uniqueIdNumber } from "../../../tests/support/id-numbers";
import { startSubgraph, statementsOn, type RunningSubgraph } from "../../../tests/support/subgraph-harness";
import { parseResidentId } from "../src/persons/resident-id";
import { createCenterServer, type CenterServer } from "../src/server";
import { DONGHE_TOWNSHIP, seedCentre, trafficDispute } from "./fixtures";
import { ROUTE } from "./routing-fixtures";

const CANDIDATE_FIELDS = `score dispute { id number } reasons { kind summary parties similarity placeCode daysApart }`;
const RECEIVE = /* GraphQL */ `
  mutation Receive($input: ReceiveDisputeInput!) {
    receiveDispute(input: $input) {
      id
      number
      status
      duplicateReview { id status threshold candidates { ${CANDIDATE_FIELDS} } }
    }
  }
`;
const LINK = `mutation($input: LinkDuplicateInput!) { linkDuplicate(input: $input) { id status decidedBy { id name } linkedTo { id } dispute { id status survivor { id } } } }`;
const OVERRIDE = `mutation($input: OverrideDuplicateReviewInput!) { overrideDuplicateReview(input: $input) { id status reason decidedAt } }`;
const SUBMISSIONS = /* GraphQL */ `
  query ($id: ID!) {
    dispute(id: $id) {
      status
      mergedIds
      submissions {
        number
        channel
        receivedAt
        receivedBy {
          id
          name
        }
        linkedAt
        linkedBy {
          id
          name
        }
        dispute {
          id
        }
      }
      centerEvents {
        type
        summary
      }
    }
  }
`;
const QUEUE = `query($centreId: ID!) { duplicateReviewQueue(centreId: $centreId) { id status dispute { id } candidates { score dispute { id } } } }`;

type Candidate = {
  score: number;
  dispute: { id: string };
  reasons: { kind: string; parties: string[] | null; similarity: number | null; daysApart: number | null }[];
};
type Received = {
  receiveDispute: {
    id: string;
    number: string;
    status: string;
    duplicateReview: { id: string; status: string; threshold: number; candidates: Candidate[] } | null;
  };
};

/** The original accident; the resubmission retells it in other words, through another channel. */
const ORIGINAL = {
  facts: "2026年11月20日，申请人驾驶的车辆在巴彦塔拉大街被被申请人驾驶的车辆追尾，造成车辆损坏。",
  claims: "请求被申请人赔偿车辆维修费8000元。",
};
const REWORDED = {
  facts: "11月20日在巴彦塔拉大街，被申请人开车追尾了申请人的车，车辆受损严重。",
  claims: "要求对方赔偿维修费8000元。",
};
const UNRELATED = {
  category: "PRIVATE_LENDING",
  facts: "申请人借给被申请人人民币5万元用于经营，约定半年归还，到期后被申请人拒不还款。",
  claims: "请求归还借款5万元及利息。",
};

let center: RunningSubgraph<CenterServer>;
let centreId: string;

beforeAll(async () => {
  center = await startSubgraph("center", createCenterServer);
  centreId = (await seedCentre(center.server.db)).id;
});
afterAll(() => center.stop());

const people = () => ({ applicant: uniqueIdNumber(), respondent: uniqueIdNumber() });
const withParties = (ids: { applicant: string; respondent: string }, overrides: Record<string, unknown> = {}) =>
  trafficDispute({
    parties: [
      { role: "APPLICANT", kind: "PERSON", name: "巴特尔", idNumber: ids.applicant },
      { role: "RESPONDENT", kind: "PERSON", name: "王建国", idNumber: ids.respondent },
    ],
    ...overrides,
  });

async function receive(input: Record<string, unknown>) {
  const { data, errors } = await center.request<Received>(RECEIVE, { input }, centreOfficer(centreId));
  if (errors || !data) throw new Error(JSON.stringify(errors));
  return data.receiveDispute;
}

/** An original received at `at`, and a reworded resubmission by hotline a day later: an open review. */
async function resubmitted(at = "2026-11-21T02:00:00Z") {
  const ids = people();
  const original = await receive(withParties(ids, { ...ORIGINAL, receivedAt: at }));
  const later = new Date(new Date(at).getTime() + 86_400_000).toISOString();
  const again = await receive(withParties(ids, { ...REWORDED, channel: "HOTLINE", receivedAt: later }));
  return { ids, original, again };
}

describe("duplicate detection at receipt (查重)", () => {
  it("flags a reworded resubmission of the same parties through another channel, saying why", async () => {
    const { original, again } = await resubmitted();
    expect(original.duplicateReview).toBeNull();
    expect(again.status).toBe("RECEIVED");
    expect(again.duplicateReview?.status).toBe("OPEN");
    const [candidate, ...others] = again.duplicateReview?.candidates ?? [];
    expect(others).toEqual([]);
    expect(candidate?.dispute.id).toBe(original.id);
    expect(candidate?.score).toBeGreaterThanOrEqual(again.duplicateReview?.threshold ?? 1);
    const reasons = Object.fromEntries((candidate?.reasons ?? []).map((reason) => [reason.kind, reason]));
    expect(Object.keys(reasons).sort()).toEqual(["CLOSE_IN_TIME", "SAME_PARTIES", "SAME_PLACE", "SIMILAR_FACTS"]);
    expect(reasons.SAME_PARTIES?.parties).toEqual(["申请人 巴特尔", "被申请人 王建国"]);
    expect(reasons.SIMILAR_FACTS?.similarity).toBeGreaterThan(0.3);
    expect(reasons.CLOSE_IN_TIME?.daysApart).toBe(1);
  });

  it("does not flag an unrelated dispute between the same parties months later", async () => {
    const ids = people();
    await receive(withParties(ids, { ...ORIGINAL, receivedAt: "2026-03-01T02:00:00Z" }));
    const later = await receive(withParties(ids, { ...UNRELATED, receivedAt: "2026-05-20T02:00:00Z" }));
    expect(later.duplicateReview).toBeNull();
  });

  it("does not flag the same facts between other parties in another county", async () => {
    await receive(withParties(people(), { ...ORIGINAL, receivedAt: "2026-11-10T02:00:00Z" }));
    const elsewhere = await receive(withParties(people(), { ...ORIGINAL, placeCode: "150781001", receivedAt: "2026-11-10T03:00:00Z" }));
    expect(elsewhere.duplicateReview).toBeNull();
  });

  it("recognises an organisation party by its name", async () => {
    const company = `包头市某运输有限公司-${Math.random().toString(36).slice(2, 8)}`;
    const parties = [
      { role: "APPLICANT", kind: "PERSON", name: "巴特尔" },
      { role: "RESPONDENT", kind: "ORGANISATION", name: company },
    ];
    const first = await receive(trafficDispute({ ...ORIGINAL, parties, receivedAt: "2026-10-01T02:00:00Z" }));
    const second = await receive(trafficDispute({ ...REWORDED, parties, channel: "ONLINE", receivedAt: "2026-10-03T02:00:00Z" }));
    expect(second.duplicateReview?.candidates.map((candidate) => candidate.dispute.id)).toEqual([first.id]);
    expect(second.duplicateReview?.candidates[0]?.reasons.find((reason) => reason.kind === "SAME_PARTIES")?.parties).toEqual([
      `被申请人 ${company}`,
    ]);
  });

  it("lists open reviews in the centre's queue, reading candidates in one query however many", async () => {
    const first = await resubmitted("2026-09-01T02:00:00Z");
    const second = await resubmitted("2026-09-05T02:00:00Z");
    center.resetQueries();
    const { data, errors } = await center.request<{
      duplicateReviewQueue: { dispute: { id: string }; candidates: { dispute: { id: string } }[] }[];
    }>(QUEUE, { centreId }, centreOfficer(centreId));
    expect(errors).toBeUndefined();
    const queued = new Map(data?.duplicateReviewQueue.map((review) => [review.dispute.id, review.candidates.map((c) => c.dispute.id)]));
    expect(queued.get(first.again.id)).toEqual([first.original.id]);
    expect(queued.get(second.again.id)).toEqual([second.original.id]);
    expect(statementsOn(center.queries, "duplicate_candidate")).toBe(1);
  });
});

describe("deciding a duplicate review", () => {
  it("refuses routing while the review is open, naming the review", async () => {
    const { again } = await resubmitted();
    const { errors } = await center.request(ROUTE, { input: { disputeId: again.id } }, centreOfficer(centreId));
    expect(errors?.[0]?.extensions).toMatchObject({
      code: "REFUSED_BY_RULE",
      field: "input.disputeId",
      duplicateReviewId: again.duplicateReview?.id,
    });
    expect(String(errors?.[0]?.extensions?.rule)).toContain("一事一办");
  });

  it("links the resubmission: the survivor lists both submissions, the linked record points at it and is no longer handled", async () => {
    const { original, again } = await resubmitted();
    const officer = centreOfficer(centreId);
    const linked = await center.request<{ linkDuplicate: Record<string, any> }>(
      LINK,
      { input: { disputeId: again.id, survivorId: original.id } },
      officer,
    );
    expect(linked.errors).toBeUndefined();
    expect(linked.data?.linkDuplicate).toMatchObject({
      status: "LINKED",
      decidedBy: { id: officer.userId, name: officer.name },
      linkedTo: { id: original.id },
      dispute: { id: again.id, status: "LINKED", survivor: { id: original.id } },
    });

    const { data } = await center.request<{ dispute: Record<string, any> }>(SUBMISSIONS, { id: original.id }, officer);
    expect(data?.dispute.mergedIds).toEqual([again.id]);
    expect(data?.dispute.submissions.map((s: Record<string, any>) => [s.dispute.id, s.channel, s.linkedBy?.id ?? null])).toEqual([
      [original.id, "WALK_IN", null],
      [again.id, "HOTLINE", officer.userId],
    ]);
    expect(data?.dispute.centerEvents.map((event: { type: string }) => event.type)).toContain("dispute.submission_linked");
    const own = await center.request<{ dispute: Record<string, any> }>(SUBMISSIONS, { id: again.id }, officer);
    expect(own.data?.dispute.centerEvents.map((event: { type: string }) => event.type)).toEqual([
      "dispute.received",
      "duplicate.review_opened",
      "duplicate.linked",
    ]);

    const route = await center.request(ROUTE, { input: { disputeId: again.id } }, officer);
    expect(route.errors?.[0]?.extensions?.code).toBe("ILLEGAL_TRANSITION");
    const twice = await center.request(LINK, { input: { disputeId: again.id, survivorId: original.id } }, officer);
    expect(twice.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", field: "input.disputeId", reviewStatus: "LINKED" });
  });

  it("overrides with a reason, recorded, after which the dispute may be routed", async () => {
    const { again } = await resubmitted();
    const officer = centreOfficer(centreId);
    const { data, errors } = await center.request<{ overrideDuplicateReview: Record<string, any> }>(
      OVERRIDE,
      { input: { disputeId: again.id, reason: "  经电话核实，系同一路段另一起追尾事故  " } },
      officer,
    );
    expect(errors).toBeUndefined();
    expect(data?.overrideDuplicateReview).toMatchObject({ status: "OVERRIDDEN", reason: "经电话核实，系同一路段另一起追尾事故" });
    const events = await center.request<{ dispute: { centerEvents: { type: string; summary: string }[] } }>(
      SUBMISSIONS,
      { id: again.id },
      officer,
    );
    expect(events.data?.dispute.centerEvents.at(-1)).toMatchObject({ type: "duplicate.overridden" });
    expect(events.data?.dispute.centerEvents.at(-1)?.summary).toContain("经电话核实");
    const route = await center.request(ROUTE, { input: { disputeId: again.id } }, officer);
    // No routing rule is configured for this centre: the refusal is now about the target, not the review.
    expect(route.errors?.[0]?.extensions?.code).not.toBe("REFUSED_BY_RULE");
  });

  it.each([
    ["an empty reason", OVERRIDE, (id: string) => ({ disputeId: id, reason: "   " }), "input.reason"],
    [
      "linking to an unknown dispute",
      LINK,
      (id: string) => ({ disputeId: id, survivorId: "8d0c6c1e-0a6f-4c35-9d2e-5b7f3a1c0e99" }),
      "input.survivorId",
    ],
    ["linking to a malformed id", LINK, (id: string) => ({ disputeId: id, survivorId: "nope" }), "input.survivorId"],
    ["linking a dispute to itself", LINK, (id: string) => ({ disputeId: id, survivorId: id }), "input.survivorId"],
  ])("refuses %s with a typed bilingual error naming the field", async (_case, mutation, input, field) => {
    const { again } = await resubmitted();
    const { errors } = await center.request(mutation, { input: input(again.id) }, centreOfficer(centreId));
    expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
    expect(errors?.[0]?.extensions?.messageZh).toMatch(/[\u4e00-\u9fff]/);
    expect(errors?.[0]?.extensions?.messageEn).toMatch(/[a-z]/);
  });

  it("refuses linking to a dispute that was itself linked, pointing at its survivor", async () => {
    const { original, again } = await resubmitted();
    const officer = centreOfficer(centreId);
    await center.request(LINK, { input: { disputeId: again.id, survivorId: original.id } }, officer);
    const fourth = await resubmitted();
    const { errors } = await center.request(LINK, { input: { disputeId: fourth.again.id, survivorId: again.id } }, officer);
    expect(errors?.[0]?.extensions).toMatchObject({ code: "REFUSED_BY_RULE", field: "input.survivorId", survivorId: original.id });
  });

  it("lets only the dispute's centre decide", async () => {
    const { original, again } = await resubmitted();
    const stranger = centreOfficer((await seedCentre(center.server.db)).id);
    const { errors } = await center.request(LINK, { input: { disputeId: again.id, survivorId: original.id } }, stranger);
    expect(errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});

it("seeds valid ID numbers in 东河区", () => {
  const parsed = parseResidentId(uniqueIdNumber());
  expect(typeof parsed).toBe("object");
  expect(DONGHE_TOWNSHIP.startsWith("150202")).toBe(true);
});

describe("a candidate outside the officer's scope", () => {
  it("is named by its number only, never read in full", async () => {
    const ids = people();
    const elsewhere = await seedCentre(center.server.db, "150502", "科尔沁区综治中心");
    const first = await center.request<Received>(
      RECEIVE,
      {
        input: withParties(ids, {
          ...ORIGINAL,
          placeCode: "150502001",
          receivingCentreId: elsewhere.id,
          receivedAt: "2026-11-21T02:00:00Z",
        }),
      },
      centreOfficer(elsewhere.id, "150502"),
    );
    expect(first.errors).toBeUndefined();
    const { data } = await center.request<{
      receiveDispute: { duplicateReview: { candidates: { disputeNumber: string; dispute: null }[] } };
    }>(
      `mutation($input: ReceiveDisputeInput!) { receiveDispute(input: $input) { duplicateReview { candidates { score disputeNumber dispute { id facts } } } } }`,
      { input: withParties(ids, { ...REWORDED, channel: "HOTLINE", receivedAt: "2026-11-22T02:00:00Z" }) },
      centreOfficer(centreId),
    );
    const candidate = data?.receiveDispute.duplicateReview.candidates.find(
      (item) => item.disputeNumber === first.data?.receiveDispute.number,
    );
    expect(candidate).toMatchObject({ disputeNumber: first.data?.receiveDispute.number, dispute: null });
  });
});
