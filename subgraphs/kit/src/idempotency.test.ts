import { requestHash } from "./idempotency";

describe("requestHash", () => {
  it("ignores key order and undefined fields, and reads dates as instants", () => {
    const at = new Date("2026-11-27T00:00:00Z");
    expect(requestHash({ a: 1, b: { c: [1, 2], d: at }, e: undefined })).toBe(
      requestHash({ b: { d: new Date(at.getTime()), c: [1, 2] }, a: 1 }),
    );
  });

  it("tells different payloads apart, including array order", () => {
    expect(requestHash({ a: [1, 2] })).not.toBe(requestHash({ a: [2, 1] }));
    expect(requestHash({ a: "1" })).not.toBe(requestHash({ a: 1 }));
  });
});
