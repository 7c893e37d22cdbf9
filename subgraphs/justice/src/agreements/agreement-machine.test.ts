import { HubError } from "@hub/subgraph-kit";
import { agreementMachine, type AgreementEvent } from "./agreement-machine";
import type { AgreementStatus } from "./enums";

describe("the mediation agreement's state machine (人民调解法 arts 29-30)", () => {
  it.each<[AgreementStatus, AgreementEvent, AgreementStatus]>([
    ["AWAITING_SIGNATURES", "SIGN", "AWAITING_SIGNATURES"],
    ["AWAITING_SIGNATURES", "SEAL", "AWAITING_SIGNATURES"],
    ["AWAITING_SIGNATURES", "TAKE_EFFECT", "EFFECTIVE"],
    ["AWAITING_SIGNATURES", "LAPSE", "LAPSED"],
  ])("%s --%s--> %s", (from, event, to) => {
    expect(agreementMachine.next(from, event)).toBe(to);
  });

  it("refuses any step on an agreement in effect, naming the state and that nothing is allowed", () => {
    for (const event of ["SIGN", "SEAL", "TAKE_EFFECT", "LAPSE"] as const) {
      let caught: unknown;
      try {
        agreementMachine.next("EFFECTIVE", event);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(HubError);
      expect((caught as HubError).extensions).toMatchObject({
        code: "ILLEGAL_TRANSITION",
        currentState: "EFFECTIVE",
        attempted: event,
        allowedNextSteps: [],
      });
    }
  });
});
