import { backoffMs } from "./backoff";
import { signatureHeader, verifySignature } from "./signature";

const SECRET = "partner-secret-that-is-long-enough-0123456789";

describe("webhook signatures", () => {
  const body = JSON.stringify({ id: "e1", type: "confirmation.ruled" });

  it("verifies a signature made with the secret over timestamp.body", () => {
    expect(verifySignature(SECRET, signatureHeader(SECRET, 1_000, body), body, 1_010)).toBe(true);
  });

  it("refuses another secret, a changed body or a forged signature", () => {
    const header = signatureHeader(SECRET, 1_000, body);
    expect(verifySignature(`${SECRET}x`, header, body, 1_000)).toBe(false);
    expect(verifySignature(SECRET, header, body.replace("e1", "e2"), 1_000)).toBe(false);
    expect(verifySignature(SECRET, "t=1000,v1=abcd", body, 1_000)).toBe(false);
    expect(verifySignature(SECRET, "nonsense", body, 1_000)).toBe(false);
  });

  it("refuses an old timestamp, so a captured request cannot be replayed later", () => {
    expect(verifySignature(SECRET, signatureHeader(SECRET, 1_000, body), body, 1_000 + 301)).toBe(false);
  });
});

describe("backoff", () => {
  it("doubles from the base, with jitter between half and all of it, up to the maximum", () => {
    expect(backoffMs(1, 1000, 60_000, () => 0)).toBe(500);
    expect(backoffMs(1, 1000, 60_000, () => 1)).toBe(1000);
    expect(backoffMs(4, 1000, 60_000, () => 1)).toBe(8000);
    expect(backoffMs(30, 1000, 60_000, () => 1)).toBe(60_000);
    expect(backoffMs(30, 1000, 60_000, () => 0)).toBe(30_000);
  });
});
