import { requestIdFrom } from "./request-id";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("requestIdFrom", () => {
  it.each(["abc", "trace-1.2:3_4", "A".repeat(128)])("keeps the sane id %s", (id) => {
    expect(requestIdFrom(id)).toBe(id);
  });

  it.each([
    ["too long", "A".repeat(129)],
    ["spaces", "a b"],
    ["a newline", "a\nb"],
    ["a slash", "a/b"],
    ["empty", ""],
    ["a duplicated header", ["a", "b"]],
    ["absent", undefined],
  ])("replaces an id with %s by a fresh UUID", (_case, header) => {
    expect(requestIdFrom(header)).toMatch(UUID);
  });

  it("generates a different id each time", () => {
    expect(requestIdFrom(undefined)).not.toBe(requestIdFrom(undefined));
  });
});
