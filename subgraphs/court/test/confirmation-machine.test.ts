import type { HubError } from "@hub/subgraph-kit";
import { confirmationMachine, type ConfirmationEvent } from "../src/applications/confirmation-machine";
import type { ConfirmationStatus } from "../src/applications/confirmation-status";

const ALLOWED: [ConfirmationStatus, ConfirmationEvent, ConfirmationStatus][] = [
  ["FILED", "accept", "ACCEPTED"],
  ["FILED", "notAccept", "NOT_ACCEPTED"],
  ["FILED", "withdraw", "WITHDRAWN"],
  ["ACCEPTED", "startReview", "UNDER_REVIEW"],
  ["ACCEPTED", "withdraw", "WITHDRAWN"],
  ["UNDER_REVIEW", "ruleValid", "CONFIRMED_VALID"],
  ["UNDER_REVIEW", "ruleRejected", "REJECTED"],
  ["UNDER_REVIEW", "withdraw", "WITHDRAWN"],
  // 民诉法解释 372: an objection found well founded revokes the ruling, valid or rejecting
  ["CONFIRMED_VALID", "revokeRuling", "RULING_REVOKED"],
  ["REJECTED", "revokeRuling", "RULING_REVOKED"],
];
const STATES: ConfirmationStatus[] = [
  "FILED",
  "ACCEPTED",
  "UNDER_REVIEW",
  "NOT_ACCEPTED",
  "CONFIRMED_VALID",
  "REJECTED",
  "WITHDRAWN",
  "RULING_REVOKED",
];
const EVENTS: ConfirmationEvent[] = ["accept", "notAccept", "startReview", "ruleValid", "ruleRejected", "withdraw", "revokeRuling"];

function refusal(run: () => unknown): Record<string, unknown> {
  try {
    run();
  } catch (error) {
    return (error as HubError).extensions;
  }
  throw new Error("expected a refusal");
}

describe("the judicial-confirmation state machine", () => {
  it.each(ALLOWED)("%s --%s--> %s", (from, event, to) => {
    expect(confirmationMachine.next(from, event)).toBe(to);
  });

  it("refuses every other step with ILLEGAL_TRANSITION", () => {
    for (const state of STATES) {
      for (const event of EVENTS) {
        if (ALLOWED.some(([from, allowed]) => from === state && allowed === event)) continue;
        expect(refusal(() => confirmationMachine.next(state, event))).toMatchObject({ code: "ILLEGAL_TRANSITION", currentState: state });
      }
    }
  });

  it("names the steps allowed instead, in both languages", () => {
    try {
      confirmationMachine.next("ACCEPTED", "ruleValid");
      throw new Error("expected a refusal");
    } catch (error) {
      const { extensions, message } = error as HubError;
      expect(extensions).toMatchObject({ currentState: "ACCEPTED", attempted: "ruleValid", allowedNextSteps: ["startReview", "withdraw"] });
      expect(message).toContain("开始审查、撤回申请");
      expect(message).toContain("Allowed next steps: startReview, withdraw");
    }
  });

  it("ends in NOT_ACCEPTED, WITHDRAWN and RULING_REVOKED; a ruling can only be revoked on an objection (民诉法解释 372)", () => {
    for (const state of ["NOT_ACCEPTED", "WITHDRAWN", "RULING_REVOKED"] as const) {
      expect(confirmationMachine.allowed(state)).toEqual([]);
    }
    for (const state of ["CONFIRMED_VALID", "REJECTED"] as const) {
      expect(confirmationMachine.allowed(state)).toEqual(["revokeRuling"]);
    }
  });
});
