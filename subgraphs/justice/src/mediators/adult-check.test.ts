import { HubError } from "@hub/subgraph-kit";
import { checkAdult } from "./adult-check";

/** China Standard Time noon of a day, as an instant. */
const cstNoon = (day: string) => new Date(`${day}T12:00:00+08:00`);

function refusal(run: () => unknown): Record<string, unknown> | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof HubError) return error.extensions;
    throw error;
  }
  return undefined;
}

describe("a mediator is an adult (民法典 art 17: 18 or over; 人民调解法 art 14)", () => {
  it("民法典 art 17: accepts a mediator on their 18th birthday by China's date, and refuses them the day before", () => {
    expect(checkAdult("2008-12-07", null, cstNoon("2026-12-07"))?.toISOString().slice(0, 10)).toBe("2008-12-07");
    expect(refusal(() => checkAdult("2008-12-07", null, cstNoon("2026-12-06")))).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "input.birthDate",
      rule: "人民调解法 art 14",
    });
  });

  it("民法典 art 17: counts the birthday on China's date, not UTC's (00:30 in Beijing is still the day before in UTC)", () => {
    expect(checkAdult("2008-12-07", null, new Date("2026-12-07T00:30:00+08:00"))).not.toBeNull();
    expect(refusal(() => checkAdult("2008-12-07", null, new Date("2026-12-06T23:30:00+08:00")))).toMatchObject({
      field: "input.birthDate",
    });
  });

  it("民法典 art 17: one born on 29 February comes of age on 1 March of a common year, not on 28 February", () => {
    expect(refusal(() => checkAdult("2008-02-29", null, cstNoon("2026-02-28")))).toMatchObject({ rule: "人民调解法 art 14" });
    expect(checkAdult("2008-02-29", null, cstNoon("2026-03-01"))).not.toBeNull();
  });
});
