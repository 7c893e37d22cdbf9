import { DEFAULT_DUPLICATE_SETTINGS } from "../config/duplicates";
import { likelyDuplicates, scoreCandidate, type CandidateRow, type Submission } from "./duplicate-score";
import { bigrams, normaliseText, textSimilarity } from "./fact-similarity";

const ACCIDENT = "2026年11月20日，申请人驾驶的车辆在巴彦塔拉大街被被申请人驾驶的车辆追尾，造成车辆损坏。请求被申请人赔偿车辆维修费8000元。";
const RETOLD = "11月20日在巴彦塔拉大街，被申请人开车追尾了申请人的车，车辆受损严重。要求对方赔偿维修费8000元。";
const LOAN = "申请人借给被申请人人民币5万元用于经营，约定半年归还，到期后被申请人拒不还款。请求归还借款5万元及利息。";

describe("fact similarity on Chinese text", () => {
  it("ignores punctuation, whitespace and full-width forms", () => {
    expect(normaliseText("追尾， 车辆　受损！ＡＢ８０００元")).toBe("追尾车辆受损ab8000元");
    expect(textSimilarity(bigrams("车辆追尾，受损。"), bigrams("车辆追尾受损"))).toBe(1);
  });

  it("scores a retelling of the same accident well above an unrelated dispute between the same kind of parties", () => {
    const retold = textSimilarity(bigrams(ACCIDENT), bigrams(RETOLD));
    const unrelated = textSimilarity(bigrams(ACCIDENT), bigrams(LOAN));
    expect(retold).toBeGreaterThan(0.4);
    expect(unrelated).toBeLessThan(0.15);
  });

  it("is 0 for an empty text", () => {
    expect(textSimilarity(bigrams(""), bigrams(ACCIDENT))).toBe(0);
  });
});

describe("scoring a candidate", () => {
  const person = { label: "申请人 巴特尔", personId: "p1", organisationName: null };
  const submission: Submission = {
    facts: RETOLD,
    claims: "",
    placeCode: "150202001",
    receivedAt: new Date("2026-11-21T00:00:00Z"),
    parties: [person, { label: "被申请人 王建国", personId: "p2", organisationName: null }],
  };
  const candidate = (overrides: Partial<CandidateRow> = {}): CandidateRow => ({
    id: "c1",
    facts: ACCIDENT,
    claims: "",
    placeCode: "150202001",
    receivedAt: new Date("2026-11-20T00:00:00Z"),
    sharedPersonIds: ["p1", "p2"],
    sharedOrganisationNames: [],
    identifiableParties: 2,
    ...overrides,
  });

  it("gives each signal its reason", () => {
    const scored = scoreCandidate(submission, candidate(), DEFAULT_DUPLICATE_SETTINGS);
    expect(scored.reasons.map((reason) => reason.kind)).toEqual(["SAME_PARTIES", "SIMILAR_FACTS", "SAME_PLACE", "CLOSE_IN_TIME"]);
    expect(scored.reasons[3]).toEqual({ kind: "CLOSE_IN_TIME", daysApart: 1 });
    expect(scored.score).toBeGreaterThan(DEFAULT_DUPLICATE_SETTINGS.threshold);
  });

  it("counts a shared county as half a place and one of two parties as half the parties", () => {
    const full = scoreCandidate(submission, candidate(), DEFAULT_DUPLICATE_SETTINGS).score;
    const partial = scoreCandidate(submission, candidate({ placeCode: "150202002", sharedPersonIds: ["p1"] }), DEFAULT_DUPLICATE_SETTINGS);
    const { weights } = DEFAULT_DUPLICATE_SETTINGS;
    expect(partial.score).toBeCloseTo(full - weights.place / 2 - weights.parties / 2, 2);
    expect(partial.reasons.find((reason) => reason.kind === "SAME_PLACE")).toEqual({ kind: "SAME_PLACE", placeCode: "150202" });
  });

  it("keeps only candidates at the threshold, best first", () => {
    const loan = candidate({ id: "c2", facts: LOAN, receivedAt: new Date("2026-09-01T00:00:00Z") });
    const found = likelyDuplicates(submission, [loan, candidate()], DEFAULT_DUPLICATE_SETTINGS);
    expect(found.map((scored) => scored.id)).toEqual(["c1"]);
    expect(likelyDuplicates(submission, [candidate()], { ...DEFAULT_DUPLICATE_SETTINGS, threshold: 0.99 })).toEqual([]);
  });
});
