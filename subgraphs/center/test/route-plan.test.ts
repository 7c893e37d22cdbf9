import { HubError } from "@hub/subgraph-kit";
import { planRouting } from "../src/routing/route-plan";
import type { RouteDisputeInput } from "../src/routing/route-dispute.input";

const COMMITTEE = "11111111-1111-4111-8111-111111111111";
const COURT = "22222222-2222-4222-8222-222222222222";
const DISPUTE = "33333333-3333-4333-8333-333333333333";
const rule = {
  id: "44444444-4444-4444-8444-444444444444",
  targetDepartment: "JUSTICE" as const,
  targetOrganisationId: COMMITTEE,
  stationingMode: "PERMANENT" as const,
  tier: "STATIONED" as const,
};
const input = (overrides: Partial<RouteDisputeInput> = {}): RouteDisputeInput => ({ disputeId: DISPUTE, ...overrides });

function fieldOf(step: () => unknown): unknown {
  try {
    step();
  } catch (error) {
    if (error instanceof HubError) return error.extensions.field;
    throw error;
  }
  return null;
}

describe("deciding where a dispute goes", () => {
  it("applies the rule when the centre names no target", () => {
    expect(planRouting(input(), rule)).toEqual({
      target: { department: "JUSTICE", organisationId: COMMITTEE },
      stationingMode: "PERMANENT",
      tier: "STATIONED",
      ruleId: rule.id,
      overridden: false,
      overrideReason: null,
    });
  });

  it("keeps the rule's target but lets the centre state another stationing mode and tier", () => {
    expect(planRouting(input({ stationingMode: "ON_CALL", tier: "EXPERT" }), rule)).toMatchObject({
      stationingMode: "ON_CALL",
      tier: "EXPERT",
      overridden: false,
    });
  });

  it("treats naming the rule's own target as applying the rule", () => {
    expect(planRouting(input({ target: { department: "JUSTICE", organisationId: COMMITTEE.toUpperCase() } }), rule)).toMatchObject({
      overridden: false,
      stationingMode: "PERMANENT",
      ruleId: rule.id,
    });
  });

  it("needs a reason to depart from the rule, and the mode and tier for the new target", () => {
    const court = { department: "COURT" as const, organisationId: COURT };
    expect(fieldOf(() => planRouting(input({ target: court }), rule))).toBe("input.overrideReason");
    expect(fieldOf(() => planRouting(input({ target: court, overrideReason: "  " }), rule))).toBe("input.overrideReason");
    expect(fieldOf(() => planRouting(input({ target: court, overrideReason: "诉前调解" }), rule))).toBe("input.stationingMode");
    expect(fieldOf(() => planRouting(input({ target: court, overrideReason: "诉前调解", stationingMode: "INVITED" }), rule))).toBe(
      "input.tier",
    );
    expect(planRouting(input({ target: court, overrideReason: " 诉前调解 ", stationingMode: "INVITED", tier: "EXPERT" }), rule)).toEqual({
      target: court,
      stationingMode: "INVITED",
      tier: "EXPERT",
      ruleId: rule.id,
      overridden: true,
      overrideReason: "诉前调解",
    });
  });

  it("needs a target where no rule matches", () => {
    expect(fieldOf(() => planRouting(input(), null))).toBe("input.target");
    expect(
      planRouting(input({ target: { department: "COURT", organisationId: COURT }, stationingMode: "ROTATION", tier: "LINKED" }), null),
    ).toMatchObject({
      ruleId: null,
      overridden: false,
    });
  });
});
