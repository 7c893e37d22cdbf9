import { supervisionMachine } from "./supervision-machine";

describe("the supervision case's state machine", () => {
  it.each([
    ["OPEN", "startReview", "UNDER_REVIEW"],
    ["OPEN", "conclude", "CONCLUDED"],
    ["UNDER_REVIEW", "conclude", "CONCLUDED"],
  ] as const)("%s --%s--> %s", (from, event, to) => {
    expect(supervisionMachine.next(from, event)).toBe(to);
  });

  it("refuses a step from a concluded case, naming its state and that nothing is allowed", () => {
    expect(() => supervisionMachine.next("CONCLUDED", "startReview")).toThrow(
      expect.objectContaining({
        extensions: expect.objectContaining({ code: "ILLEGAL_TRANSITION", currentState: "CONCLUDED", allowedNextSteps: [] }),
      }),
    );
    expect(() => supervisionMachine.next("UNDER_REVIEW", "startReview")).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ allowedNextSteps: ["conclude"] }) }),
    );
  });
});
