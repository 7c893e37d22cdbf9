import { correlationIdFrom } from "./request-id";

describe("correlationIdFrom", () => {
  it.each(["abc", "trace-1.2:3_4", "A".repeat(128)])("keeps the sane caller id %s for the logs", (id) => {
    expect(correlationIdFrom(id)).toBe(id);
  });

  it.each([
    ["too long", "A".repeat(129)],
    ["spaces", "a b"],
    ["a newline", "a\nb"],
    ["a slash", "a/b"],
    ["empty", ""],
    ["a duplicated header", ["a", "b"]],
    ["absent", undefined],
  ])("drops an id with %s", (_case, header) => {
    expect(correlationIdFrom(header)).toBeUndefined();
  });
});
