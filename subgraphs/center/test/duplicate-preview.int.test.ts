// 查重预览: the 受理登记 form asks which disputes a submission would repeat before it is saved,
// by intake's own matching and threshold, for a centre the caller may receive for, writing nothing.
import { centreOfficer } from "../../../tests/support/actors";
import { uniqueIdNumber } from "../../../tests/support/id-numbers";
import { startSubgraph, type RunningSubgraph } from "../../../tests/support/subgraph-harness";
import { createCenterServer, type CenterServer } from "../src/server";
import { DONGHE_TOWNSHIP, seedCentre, trafficDispute } from "./fixtures";

const PREVIEW = /* GraphQL */ `
  query Preview($input: DuplicateCandidatesInput!) {
    duplicateCandidates(input: $input) {
      score
      disputeNumber
      dispute {
        id
      }
      reasons {
        kind
        summary
        parties
      }
    }
  }
`;
const RECEIVE = `mutation($input: ReceiveDisputeInput!) { receiveDispute(input: $input) { id number duplicateReview { candidates { dispute { id } } } } }`;

type Preview = {
  duplicateCandidates: {
    score: number;
    disputeNumber: string;
    dispute: { id: string } | null;
    reasons: { kind: string; summary: string; parties: string[] | null }[];
  }[];
};

let center: RunningSubgraph<CenterServer>;
let centreId: string;
let otherCentreId: string;

beforeAll(async () => {
  center = await startSubgraph("center", createCenterServer);
  centreId = (await seedCentre(center.server.db)).id;
  otherCentreId = (await seedCentre(center.server.db, "150781", "满洲里市综治中心")).id;
});
afterAll(() => center.stop());

const FACTS = trafficDispute().facts;
const CLAIMS = trafficDispute().claims;
const partiesOf = (applicant: string, respondent: string) => [
  { role: "APPLICANT", kind: "PERSON", name: "巴特尔", idNumber: applicant },
  { role: "RESPONDENT", kind: "PERSON", name: "王建国", idNumber: respondent },
];

async function receiveOriginal() {
  const ids = { applicant: uniqueIdNumber(), respondent: uniqueIdNumber() };
  const { data, errors } = await center.request<{ receiveDispute: { id: string; number: string } }>(
    RECEIVE,
    { input: trafficDispute({ parties: partiesOf(ids.applicant, ids.respondent) }) },
    centreOfficer(centreId),
  );
  if (errors || !data) throw new Error(JSON.stringify(errors));
  return { ...ids, ...data.receiveDispute };
}

const preview = (input: Record<string, unknown>, actor = centreOfficer(centreId)) =>
  center.request<Preview>(PREVIEW, { input: { placeCode: DONGHE_TOWNSHIP, facts: FACTS, claims: CLAIMS, ...input } }, actor);

async function counts() {
  const db = center.server.db;
  return { disputes: await db.dispute.count(), persons: await db.person.count(), reviews: await db.duplicateReview.count() };
}

describe("duplicateCandidates (查重预览 before saving)", () => {
  it("finds the dispute a second submission repeats, with intake's reasons, and writes nothing", async () => {
    const original = await receiveOriginal();
    const before = await counts();
    const { data, errors } = await preview({ parties: partiesOf(original.applicant, original.respondent) });
    expect(errors).toBeUndefined();
    const [candidate, ...others] = data?.duplicateCandidates ?? [];
    expect(others).toEqual([]);
    expect(candidate).toMatchObject({ disputeNumber: original.number, dispute: { id: original.id } });
    expect(candidate?.score).toBeGreaterThanOrEqual(0.6);
    expect(candidate?.reasons.map((reason) => reason.kind).sort()).toEqual([
      "CLOSE_IN_TIME",
      "SAME_PARTIES",
      "SAME_PLACE",
      "SIMILAR_FACTS",
    ]);
    expect(candidate?.reasons.find((reason) => reason.kind === "SAME_PARTIES")?.parties).toEqual(["申请人 巴特尔", "被申请人 王建国"]);
    expect(await counts()).toEqual(before);

    // The same submission received now opens a review naming the same candidate: one matching, two moments.
    const received = await center.request<{ receiveDispute: { duplicateReview: { candidates: { dispute: { id: string } }[] } | null } }>(
      RECEIVE,
      { input: trafficDispute({ parties: partiesOf(original.applicant, original.respondent), channel: "HOTLINE" }) },
      centreOfficer(centreId),
    );
    expect(received.data?.receiveDispute.duplicateReview?.candidates.map((c) => c.dispute.id)).toEqual([original.id]);
  });

  it("finds nothing for persons never recorded, and below the threshold on shared parties alone", async () => {
    const none = await preview({ parties: partiesOf(uniqueIdNumber(), uniqueIdNumber()) });
    expect(none.errors).toBeUndefined();
    expect(none.data?.duplicateCandidates).toEqual([]);

    const original = await receiveOriginal();
    const unrelated = await preview({
      facts: "申请人借给被申请人人民币5万元用于经营，约定半年归还，到期后被申请人拒不还款。",
      claims: "请求归还借款5万元及利息。",
      parties: partiesOf(original.applicant, original.respondent),
    });
    expect(unrelated.data?.duplicateCandidates.map((c) => c.dispute?.id)).not.toContain(original.id);
  });

  it("refuses an invalid ID number on its field (GB 11643), as intake does", async () => {
    const valid = uniqueIdNumber();
    const broken = `${valid.slice(0, 17)}${valid.endsWith("0") ? "1" : "0"}`;
    const { errors } = await preview({ parties: partiesOf(uniqueIdNumber(), broken) });
    expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.parties.1.idNumber", rule: "GB 11643" });
  });

  it("refuses a receiving centre the officer does not belong to, and a place that is not a township", async () => {
    const original = await receiveOriginal();
    const parties = partiesOf(original.applicant, original.respondent);
    const foreign = await preview({ parties, receivingCentreId: otherCentreId });
    expect(foreign.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(foreign.data).toBeNull();
    const county = await preview({ parties, placeCode: "150202" });
    expect(county.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.placeCode" });
  });

  it("shows a candidate outside the caller's scope by its number only", async () => {
    const original = await receiveOriginal();
    const elsewhere = await preview(
      { parties: partiesOf(original.applicant, original.respondent), receivingCentreId: otherCentreId },
      centreOfficer(otherCentreId, "150781"),
    );
    expect(elsewhere.errors).toBeUndefined();
    expect(elsewhere.data?.duplicateCandidates).toContainEqual(expect.objectContaining({ disputeNumber: original.number, dispute: null }));
  });
});
