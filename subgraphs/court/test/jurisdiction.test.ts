import { randomUUID } from "node:crypto";
import { DEFAULT_INTERMEDIATE_FIRST_INSTANCE, type FirstInstanceRule } from "../src/config/first-instance";
import { checkJurisdiction, type JurisdictionFacts } from "../src/applications/jurisdiction";

const court = (level: "BASIC" | "INTERMEDIATE" | "HIGH", divisionCode: string) => ({
  id: randomUUID(),
  name: "测试法院",
  level,
  divisionCode,
});
const PARTY = randomUUID();
const facts = (
  committeeCode: string,
  placeCode: string,
  more: { invitingCourtId?: string; domicile?: string; subjectMatter?: string; amountFen?: number; category?: string } = {},
): JurisdictionFacts => ({
  invitingCourtId: more.invitingCourtId ?? null,
  committee: { divisionCode: committeeCode },
  dispute: {
    placeCode,
    category: more.category ?? "TRAFFIC_ACCIDENT",
    amountFen: more.amountFen ?? 800_000,
    parties: [{ id: PARTY, person: more.domicile ? { addressDivision: { code: more.domicile } } : null }],
  },
  boundPartyIds: [PARTY],
  subjectMatterPlaceCode: more.subjectMatter ?? null,
});
const RULE = DEFAULT_INTERMEDIATE_FIRST_INSTANCE;

function refusal(run: () => unknown) {
  try {
    run();
  } catch (error) {
    return (error as { extensions: Record<string, unknown> }).extensions;
  }
  throw new Error("expected a refusal");
}

describe("jurisdiction to confirm (民事诉讼法 art 205(2))", () => {
  it("民事诉讼法 art 205(2): the basic court of the organisation's county, the subject matter's or a party's domicile", () => {
    expect(() => checkJurisdiction(court("BASIC", "150202"), facts("150202001", "150203101"), RULE)).not.toThrow();
    expect(() => checkJurisdiction(court("BASIC", "150203"), facts("150202001", "150203101"), RULE)).not.toThrow();
    expect(() =>
      checkJurisdiction(court("BASIC", "150205"), facts("150202001", "150203101", { domicile: "150205100" }), RULE),
    ).not.toThrow();
    expect(() =>
      checkJurisdiction(court("BASIC", "150206"), facts("150202001", "150203101", { subjectMatter: "150206" }), RULE),
    ).not.toThrow();
  });

  it("民事诉讼法 art 205(2): the stated subject matter's place replaces the dispute's place", () => {
    expect(
      refusal(() => checkJurisdiction(court("BASIC", "150203"), facts("150202001", "150203101", { subjectMatter: "150206" }), RULE)),
    ).toMatchObject({
      competentCounties: ["150206", "150202"],
    });
  });

  it("民事诉讼法 art 205(2): refuses a basic court of another county, listing the connecting points", () => {
    expect(refusal(() => checkJurisdiction(court("BASIC", "150204"), facts("150202001", "150203101"), RULE))).toMatchObject({
      code: "REFUSED_BY_RULE",
      rule: "民事诉讼法 art 205(2)",
      field: "input.courtId",
      competentCounties: ["150203", "150202"],
      connectingPoints: [
        { ground: "SUBJECT_MATTER", code: "150203101" },
        { ground: "MEDIATION_ORGANISATION", code: "150202001" },
      ],
    });
  });

  it("民事诉讼法 art 205(2): an intermediate court only for a dispute within its first-instance jurisdiction, and then not a basic court", () => {
    expect(refusal(() => checkJurisdiction(court("INTERMEDIATE", "1502"), facts("150202001", "150202101"), RULE))).toMatchObject({
      intermediateFirstInstance: false,
    });
    const large = facts("150202001", "150202101", { amountFen: 50_000_000_000 });
    expect(() => checkJurisdiction(court("INTERMEDIATE", "1502"), large, RULE)).not.toThrow();
    expect(refusal(() => checkJurisdiction(court("INTERMEDIATE", "1501"), large, RULE))).toMatchObject({ competentCities: ["1502"] });
    expect(refusal(() => checkJurisdiction(court("BASIC", "150202"), large, RULE))).toMatchObject({ intermediateFirstInstance: true });
  });

  it("民事诉讼法 art 19, art 205(2): the first-instance test is configuration: categories as well as amounts", () => {
    const byCategory: FirstInstanceRule = { amountFenAtLeast: null, categories: ["FOREIGN_RELATED"], basis: "民事诉讼法 art 19(1)" };
    const foreign = facts("150202001", "150202101", { category: "FOREIGN_RELATED" });
    expect(() => checkJurisdiction(court("INTERMEDIATE", "1502"), foreign, byCategory)).not.toThrow();
    expect(() =>
      checkJurisdiction(court("BASIC", "150202"), facts("150202001", "150202101", { amountFen: 90_000_000_000 }), byCategory),
    ).not.toThrow();
  });

  it("refuses the high court", () => {
    expect(refusal(() => checkJurisdiction(court("HIGH", "15"), facts("150202001", "150202101"), RULE))).toMatchObject({
      code: "REFUSED_BY_RULE",
    });
  });

  it("民事诉讼法 art 205: sends a court-invited mediation only to the inviting court, wherever it sits", () => {
    const inviting = court("BASIC", "150105");
    expect(() => checkJurisdiction(inviting, facts("150202001", "150202101", { invitingCourtId: inviting.id }), RULE)).not.toThrow();
    expect(
      refusal(() => checkJurisdiction(court("BASIC", "150202"), facts("150202001", "150202101", { invitingCourtId: inviting.id }), RULE)),
    ).toMatchObject({ code: "REFUSED_BY_RULE", invitingCourtId: inviting.id });
  });
});
