import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ConfigError } from "@hub/subgraph-kit";
import { loadHandlingTiers, tierLimit } from "../src/config/handling-tiers";

const dir = mkdtempSync(path.join(tmpdir(), "center-tiers-"));
const file = (content: unknown) => {
  const target = path.join(dir, `${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(target, typeof content === "string" ? content : JSON.stringify(content));
  return target;
};
const tiers = (basis: string) => ({
  SIMPLE: { days: 1, basis: `${basis} 简易` },
  ORDINARY: { days: 7, basis: `${basis} 一般` },
  COMPLEX: { days: 20, basis: `${basis} 复杂` },
});

describe("the centres' handling tiers (CENTER_HANDLING_TIERS_FILE)", () => {
  it("has none unless configured", () => {
    expect(loadHandlingTiers(undefined)).toEqual({});
  });

  it("reads tiers per division code, each limit with its source, and picks the nearest level's", () => {
    const loaded = loadHandlingTiers(file({ "1502": tiers("包头市规则"), "150223": tiers("达茂旗规则") }));
    expect(tierLimit(loaded, "150223102", "SIMPLE")).toEqual({ days: 1, basis: "达茂旗规则 简易" });
    expect(tierLimit(loaded, "150223", "COMPLEX")).toEqual({ days: 20, basis: "达茂旗规则 复杂" });
    expect(tierLimit(loaded, "150202003", null)).toEqual({ days: 7, basis: "包头市规则 一般" });
    expect(tierLimit(loaded, "150102", "SIMPLE")).toBeNull();
  });

  it.each([
    ["a tier without its source", { "150223": { ...tiers("x"), SIMPLE: { days: 1 } } }, /150223\.SIMPLE\.basis/],
    ["a missing tier", { "150223": { SIMPLE: { days: 1, basis: "x" }, ORDINARY: { days: 7, basis: "x" } } }, /150223\.COMPLEX/],
    ["a key that is no division code", { 包头: tiers("x") }, /包头: Invalid key/],
    ["a file that is not JSON", "{", /JSON/],
  ])("refuses %s, naming the variable", (_case, content, message) => {
    let error: unknown;
    try {
      loadHandlingTiers(file(content));
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).issues[0]).toMatch(/^CENTER_HANDLING_TIERS_FILE: /);
    expect((error as ConfigError).issues[0]).toMatch(message);
  });
});
