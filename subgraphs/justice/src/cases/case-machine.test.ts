import { HubError } from "@hub/subgraph-kit";
import { mediationCaseMachine, type MediationCaseEvent } from "./case-machine";
import type { MediationCaseStatus } from "./enums";

const EVENTS: MediationCaseEvent[] = [
  "ASSIGN_MEDIATOR",
  "HOLD_SESSION",
  "RECORD_REFUSAL",
  "END_AT_PARTY_REQUEST",
  "REACH_AGREEMENT",
  "FAIL",
  "END_UNSIGNED",
];

describe("the mediation case's state machine", () => {
  it.each<[MediationCaseStatus, MediationCaseEvent, MediationCaseStatus]>([
    ["ACCEPTED", "ASSIGN_MEDIATOR", "ACCEPTED"],
    ["ACCEPTED", "HOLD_SESSION", "IN_SESSION"],
    ["ACCEPTED", "RECORD_REFUSAL", "TERMINATED"],
    ["ACCEPTED", "END_AT_PARTY_REQUEST", "TERMINATED"],
    ["IN_SESSION", "ASSIGN_MEDIATOR", "IN_SESSION"],
    ["IN_SESSION", "HOLD_SESSION", "IN_SESSION"],
    ["IN_SESSION", "RECORD_REFUSAL", "TERMINATED"],
    ["IN_SESSION", "END_AT_PARTY_REQUEST", "TERMINATED"],
    ["IN_SESSION", "REACH_AGREEMENT", "AGREEMENT_REACHED"],
    ["IN_SESSION", "FAIL", "FAILED"],
    ["AGREEMENT_REACHED", "END_UNSIGNED", "FAILED"],
  ])("%s --%s--> %s", (from, event, to) => {
    expect(mediationCaseMachine.next(from, event)).toBe(to);
  });

  it("allows no agreement and no failure before a session was held", () => {
    expect(mediationCaseMachine.allowed("ACCEPTED")).toEqual(["ASSIGN_MEDIATOR", "HOLD_SESSION", "RECORD_REFUSAL", "END_AT_PARTY_REQUEST"]);
  });

  it("allows only ending an unsigned agreement as failed once AGREEMENT_REACHED (人民调解法 arts 26, 29)", () => {
    expect(mediationCaseMachine.allowed("AGREEMENT_REACHED")).toEqual(["END_UNSIGNED"]);
    for (const event of EVENTS.filter((e) => e !== "END_UNSIGNED")) {
      expect(() => mediationCaseMachine.next("AGREEMENT_REACHED", event)).toThrow(HubError);
    }
  });

  it.each<MediationCaseStatus>(["FAILED", "TERMINATED"])("allows nothing once %s", (status) => {
    expect(mediationCaseMachine.allowed(status)).toEqual([]);
    for (const event of EVENTS) expect(() => mediationCaseMachine.next(status, event)).toThrow(HubError);
  });

  it("refuses an illegal step with ILLEGAL_TRANSITION, naming the current state and the allowed steps", () => {
    let caught: unknown;
    try {
      mediationCaseMachine.next("ACCEPTED", "REACH_AGREEMENT");
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(HubError);
    expect((caught as HubError).extensions).toMatchObject({
      code: "ILLEGAL_TRANSITION",
      currentState: "ACCEPTED",
      attempted: "REACH_AGREEMENT",
      allowedNextSteps: ["ASSIGN_MEDIATOR", "HOLD_SESSION", "RECORD_REFUSAL", "END_AT_PARTY_REQUEST"],
    });
    expect((caught as HubError).message).toMatch(/已受理.*达成调解协议.* \/ .*ACCEPTED/);
  });
});
