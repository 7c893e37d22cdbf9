import { readyUrlOf } from "./readiness";

describe("readyUrlOf", () => {
  it.each([
    ["http://127.0.0.1:4001/graphql", "http://127.0.0.1:4001/ready"],
    ["http://court.internal:8080/graphql/", "http://court.internal:8080/ready"],
    ["https://gw.example/justice/graphql?x=1", "https://gw.example/justice/ready"],
    ["http://10.0.0.5:4004/", "http://10.0.0.5:4004/ready"],
  ])("%s → %s", (url, expected) => {
    expect(readyUrlOf(url)).toBe(expected);
  });
});
