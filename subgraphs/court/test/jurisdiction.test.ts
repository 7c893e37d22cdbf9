import { randomUUID } from "node:crypto";
import { checkJurisdiction } from "../src/applications/jurisdiction";

const court = (level: "BASIC" | "INTERMEDIATE" | "HIGH", divisionCode: string) => ({
  id: randomUUID(),
  name: "测试法院",
  level,
  divisionCode,
});
const facts = (committeeCode: string, placeCode: string, invitingCourtId: string | null = null) => ({
  invitingCourtId,
  committee: { id: randomUUID(), divisionCode: committeeCode },
  dispute: { placeCode },
});

function refusal(run: () => unknown) {
  try {
    run();
  } catch (error) {
    return (error as { extensions: Record<string, unknown> }).extensions;
  }
  throw new Error("expected a refusal");
}

describe("jurisdiction to confirm (民事诉讼法 art 205)", () => {
  it("lets the basic court of the committee's county or of the dispute's county confirm", () => {
    expect(() => checkJurisdiction(court("BASIC", "150202"), facts("150202001", "150203101"))).not.toThrow();
    expect(() => checkJurisdiction(court("BASIC", "150203"), facts("150202001", "150203101"))).not.toThrow();
    expect(() => checkJurisdiction(court("BASIC", "150202"), facts("150202", "150203101"))).not.toThrow();
  });

  it("refuses a basic court of another county", () => {
    expect(refusal(() => checkJurisdiction(court("BASIC", "150204"), facts("150202001", "150203101")))).toMatchObject({
      code: "REFUSED_BY_RULE",
      rule: "民事诉讼法 art 205",
      field: "input.courtId",
      competentCounties: ["150202", "150203"],
    });
  });

  it("lets the intermediate court of the city confirm, not another city's", () => {
    expect(() => checkJurisdiction(court("INTERMEDIATE", "1502"), facts("150202001", "150202101"))).not.toThrow();
    expect(refusal(() => checkJurisdiction(court("INTERMEDIATE", "1501"), facts("150202001", "150202101")))).toMatchObject({
      code: "REFUSED_BY_RULE",
    });
  });

  it("refuses the high court", () => {
    expect(refusal(() => checkJurisdiction(court("HIGH", "15"), facts("150202001", "150202101")))).toMatchObject({
      code: "REFUSED_BY_RULE",
    });
  });

  it("sends a court-invited mediation only to the inviting court, wherever it sits", () => {
    const inviting = court("BASIC", "150105");
    expect(() => checkJurisdiction(inviting, facts("150202001", "150202101", inviting.id))).not.toThrow();
    expect(refusal(() => checkJurisdiction(court("BASIC", "150202"), facts("150202001", "150202101", inviting.id)))).toMatchObject({
      code: "REFUSED_BY_RULE",
      invitingCourtId: inviting.id,
    });
  });
});
