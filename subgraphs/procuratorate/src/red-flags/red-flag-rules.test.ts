import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ConfigError } from "@hub/subgraph-kit";
import { DEFAULT_RED_FLAG_CONFIG as config, redFlagConfigFromFile } from "../config/red-flags";
import type { PeerDispute, ScreenedDispute } from "../graph/screened-dispute";
import { maskName } from "./mask";
import { screen } from "./screen";

const HOUR = 3_600_000;
const received = new Date("2026-03-02T01:00:00Z");

function dispute(overrides: Partial<ScreenedDispute> = {}): ScreenedDispute {
  return {
    id: "d-1",
    number: "150206-2026-000001",
    category: "CONTRACT",
    amountFen: 2_000_000,
    placeCode: "150206001",
    receivedAt: received,
    parties: [
      { id: "p-a", role: "APPLICANT", kind: "PERSON", name: "高娃", personId: "person-a", idNumberMasked: "150206********1234" },
      { id: "p-b", role: "RESPONDENT", kind: "PERSON", name: "李志强", personId: "person-b", idNumberMasked: "150206********5678" },
    ],
    partyLinks: [],
    mediations: [
      {
        caseId: "m-1",
        committeeId: "c-1",
        committeeName: "矿山路街道人民调解委员会",
        mediatorId: "med-1",
        mediatorName: "张其木格",
        agreementId: "a-1",
        agreementReachedAt: new Date(received.getTime() + 10 * 24 * HOUR),
      },
    ],
    confirmations: [],
    ...overrides,
  };
}

const peer = (id: string, overrides: Partial<PeerDispute> = {}): PeerDispute => ({
  id,
  category: "CONTRACT",
  amountFen: 1_000_000,
  applicantPersonIds: [`someone-${id}`],
  committeeIds: ["c-other"],
  mediatorIds: [],
  ...overrides,
});

const codes = (result: ReturnType<typeof screen>) => result.flags.map((flag) => flag.code);

describe("false-mediation red flags", () => {
  it("raises nothing on an ordinary contract dispute agreed after ten days", () => {
    const result = screen(dispute(), [peer("1"), peer("2")], [], config);
    expect(result).toMatchObject({ flags: [], score: 0, suspicious: false, threshold: config.threshold.score });
  });

  it("compares the amount with the median of the county's disputes of the category once there are enough of them", () => {
    const peers = ["1", "2", "3", "4"].map((id) => peer(id, { amountFen: 100_000 }));
    const big = dispute({ amountFen: 1_000_000 });
    expect(codes(screen(big, peers, [], config))).toEqual([]); // four peers: below minPeers, no baseline
    const result = screen(big, [...peers, peer("5", { amountFen: 100_000 }), peer("6", { category: "LAND", amountFen: 1 })], [], config);
    expect(codes(result)).toEqual(["AMOUNT_OUT_OF_LINE"]);
    expect(result.flags[0]?.evidence).toContainEqual({
      label: "countyMedian",
      value: expect.stringContaining("1,000.00元（本县近365日同类5件的中位数；本案为其10.0倍"),
    });
    expect(codes(screen(dispute({ amountFen: 999_999 }), [...peers, peer("5", { amountFen: 100_000 })], [], config))).toEqual([]);
  });

  it("applies the natural-person ceiling only to natural-person applicants", () => {
    const company = dispute({
      category: "PRIVATE_LENDING",
      amountFen: 200_000_000,
      parties: [
        { id: "p-a", role: "APPLICANT", kind: "ORGANISATION", name: "包头某小额贷款有限公司", personId: null, idNumberMasked: null },
        { id: "p-b", role: "RESPONDENT", kind: "PERSON", name: "李志强", personId: "person-b", idNumberMasked: null },
      ],
    });
    expect(codes(screen(company, [], [], config))).toEqual(["HIGH_RISK_CATEGORY"]);
    const person = dispute({ category: "PRIVATE_LENDING", amountFen: 100_000_000 });
    expect(codes(screen(person, [], [], config))).toEqual(["AMOUNT_OUT_OF_LINE", "HIGH_RISK_CATEGORY"]);
  });

  it("flags an agreement reached within the configured hours of receipt", () => {
    const at = (hours: number) =>
      dispute({ mediations: [{ ...dispute().mediations[0], agreementReachedAt: new Date(received.getTime() + hours * HOUR) } as never] });
    expect(codes(screen(at(24), [], [], config))).toEqual(["QUICK_AGREEMENT"]);
    expect(codes(screen(at(24.01), [], [], config))).toEqual([]);
  });

  it("takes the centre's party links and adds the same person on both sides, masking names", () => {
    const samePerson = dispute({
      parties: [
        { id: "p-a", role: "APPLICANT", kind: "PERSON", name: "高娃", personId: "person-a", idNumberMasked: "150206********1234" },
        { id: "p-b", role: "RESPONDENT", kind: "PERSON", name: "高娃", personId: "person-a", idNumberMasked: "150206********1234" },
      ],
    });
    const result = screen(samePerson, [], [{ kind: "SHARED_AGENT", partyA: "p-a", partyB: "p-b" }], config);
    expect(result.flags[0]?.code).toBe("RELATED_PARTIES");
    expect(result.flags[0]?.evidence).toEqual([
      { label: "SAME_PERSON", value: "高*（APPLICANT） — 高*（RESPONDENT），身份证号 150206********1234" },
      { label: "SHARED_AGENT", value: "高*（APPLICANT） — 高*（RESPONDENT）" },
    ]);
  });

  it("flags the same applicant before the same committee in at least three of the county's disputes", () => {
    const again = (id: string) => peer(id, { applicantPersonIds: ["person-a"], committeeIds: ["c-1"] });
    expect(codes(screen(dispute(), [again("2")], [], config))).toEqual([]);
    const result = screen(dispute(), [again("2"), again("3"), again("d-1")], [], config);
    expect(codes(result)).toEqual(["REPEAT_MEDIATOR"]);
    expect(result.flags[0]?.evidence[0]?.value).toContain("3件");
  });

  it("adds the weights and calls a dispute suspicious at the threshold", () => {
    const planted = dispute({
      category: "PRIVATE_LENDING",
      amountFen: 500_000_000,
      mediations: [{ ...dispute().mediations[0], agreementReachedAt: new Date(received.getTime() + 2 * HOUR) } as never],
    });
    const result = screen(planted, [], [], config);
    expect(codes(result)).toEqual(["AMOUNT_OUT_OF_LINE", "QUICK_AGREEMENT", "HIGH_RISK_CATEGORY"]);
    expect(result.score).toBe(30 + 25 + 15);
    expect(result.suspicious).toBe(true);
  });

  it("masks natural persons' names, not organisations'", () => {
    expect(maskName("苏和巴特尔", "PERSON")).toBe("苏****");
    expect(maskName("王", "PERSON")).toBe("*");
    expect(maskName("包头某公司", "ORGANISATION")).toBe("包头某公司");
  });
});

describe("the red-flag configuration file", () => {
  const write = (content: string) => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "red-flags-")), "rules.json");
    writeFileSync(file, content);
    return file;
  };

  it("replaces whole rules and keeps the rest", () => {
    const file = write(JSON.stringify({ quickAgreement: { weight: 30, severity: "HIGH", basis: "本院2026年筛查口径", maxHours: 48 } }));
    const loaded = redFlagConfigFromFile(file, "PROCURATORATE_RED_FLAGS_FILE");
    expect(loaded.quickAgreement.maxHours).toBe(48);
    expect(loaded.amountOutOfLine).toEqual(config.amountOutOfLine);
  });

  it.each([
    ["malformed JSON", "{", /cannot read/],
    [
      "a rule without its basis",
      JSON.stringify({ quickAgreement: { weight: 30, severity: "HIGH", maxHours: 48 } }),
      /quickAgreement\.basis/,
    ],
    ["an unknown rule", JSON.stringify({ gutFeeling: {} }), /gutFeeling/],
  ])("refuses %s, naming the variable", (_case, content, message) => {
    const file = write(content);
    expect(() => redFlagConfigFromFile(file, "PROCURATORATE_RED_FLAGS_FILE")).toThrow(ConfigError);
    expect(() => redFlagConfigFromFile(file, "PROCURATORATE_RED_FLAGS_FILE")).toThrow(/PROCURATORATE_RED_FLAGS_FILE/);
    expect(() => redFlagConfigFromFile(file, "PROCURATORATE_RED_FLAGS_FILE")).toThrow(message);
  });
});
