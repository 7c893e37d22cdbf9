import { TokenBuckets } from "./token-bucket";

describe("TokenBuckets", () => {
  it("allows the burst, refuses the next with the seconds until a token is back, and recovers after refill", () => {
    let now = 1_000_000;
    const buckets = new TokenBuckets({ burst: 3, perMinute: 6 }, () => now);
    expect([1, 2, 3].map(() => buckets.take("a").allowed)).toEqual([true, true, true]);
    expect(buckets.take("a")).toEqual({ allowed: false, retryAfterSeconds: 10 });

    now += 4_000;
    expect(buckets.take("a")).toEqual({ allowed: false, retryAfterSeconds: 6 });
    now += 6_000;
    expect(buckets.take("a").allowed).toBe(true);
    expect(buckets.take("a").allowed).toBe(false);

    now += 60_000;
    expect([1, 2, 3, 4].map(() => buckets.take("a").allowed)).toEqual([true, true, true, false]);
  });

  it("keeps one bucket per key", () => {
    const buckets = new TokenBuckets({ burst: 1, perMinute: 1 }, () => 0);
    expect(buckets.take("a").allowed).toBe(true);
    expect(buckets.take("a").allowed).toBe(false);
    expect(buckets.take("b").allowed).toBe(true);
  });

  it("drops buckets that have refilled once there are many", () => {
    let now = 0;
    const buckets = new TokenBuckets({ burst: 1, perMinute: 60 }, () => now);
    for (let i = 0; i < 50_000; i += 1) buckets.take(`k${i}`);
    now += 2_000;
    buckets.take("fresh");
    expect(buckets.size).toBe(1);
  });
});
