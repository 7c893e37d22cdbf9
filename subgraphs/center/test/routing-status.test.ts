import { HubError } from "@hub/subgraph-kit";
import { disputeMachine, type DisputeEvent } from "../src/disputes/dispute-status";
import type { DisputeStatus } from "../src/disputes/enums";
import { routingMachine, type RoutingEvent } from "../src/routing/routing-status";
import type { RoutingStatus } from "../src/routing/routing-enums";

function refusal(step: () => unknown): HubError {
  try {
    step();
  } catch (error) {
    if (error instanceof HubError) return error;
    throw error;
  }
  throw new Error("the step was allowed");
}

describe("the dispute's course through the centre", () => {
  it.each<[DisputeStatus, DisputeEvent, DisputeStatus]>([
    ["RECEIVED", "ROUTE", "ROUTED"],
    ["RECEIVED", "ESCALATE", "RECEIVED"],
    ["ROUTED", "ACCEPT_ROUTING", "IN_HANDLING"],
    ["ROUTED", "RETURN_ROUTING", "RECEIVED"],
    ["ROUTED", "WITHDRAW_ROUTING", "RECEIVED"],
    ["ROUTED", "ESCALATE", "RECEIVED"],
    ["IN_HANDLING", "RESOLVE", "RESOLVED"],
    ["RESOLVED", "CLOSE", "CLOSED"],
  ])("%s --%s--> %s", (from, event, to) => {
    expect(disputeMachine.next(from, event)).toBe(to);
  });

  it("refuses to escalate a dispute in handling, naming the current state and the allowed steps", () => {
    const error = refusal(() => disputeMachine.next("IN_HANDLING", "ESCALATE"));
    expect(error.extensions).toMatchObject({
      code: "ILLEGAL_TRANSITION",
      currentState: "IN_HANDLING",
      allowedNextSteps: ["RESOLVE", "MERGE"],
    });
    expect(error.message).toContain("办理中");
    expect(error.message).toContain("化解");
  });

  it("lets nothing leave a closed dispute or the retired IN_MEDIATION", () => {
    expect(disputeMachine.allowed("CLOSED")).toEqual([]);
    expect(disputeMachine.allowed("IN_MEDIATION")).toEqual([]);
    expect(refusal(() => disputeMachine.next("CLOSED", "ROUTE")).extensions).toMatchObject({ allowedNextSteps: [] });
  });
});

describe("a routing's answer", () => {
  it.each<[RoutingEvent, RoutingStatus]>([
    ["ACCEPT", "ACCEPTED"],
    ["RETURN", "RETURNED"],
    ["ESCALATE", "ESCALATED"],
    ["WITHDRAW", "WITHDRAWN"],
  ])("PENDING --%s--> %s", (event, to) => {
    expect(routingMachine.next("PENDING", event)).toBe(to);
  });

  it.each<RoutingStatus>(["ACCEPTED", "RETURNED", "ESCALATED", "WITHDRAWN"])("is final once %s", (status) => {
    const error = refusal(() => routingMachine.next(status, "RETURN"));
    expect(error.extensions).toMatchObject({ code: "ILLEGAL_TRANSITION", currentState: status, allowedNextSteps: [] });
  });
});
