import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ConfigError } from "@hub/subgraph-kit";
import { loadJusticeEnv } from "../env";
import { DEFAULT_JUSTICE_DEADLINES } from "./deadlines";

const BASE = {
  DATABASE_URL: "postgresql://hub@localhost:5432/justice",
  HUB_GATEWAY_SECRET: "a-secret-that-is-long-enough-for-the-gateway-0123",
};

function file(content: string): string {
  const target = path.join(mkdtempSync(path.join(tmpdir(), "justice-deadlines-")), "deadlines.json");
  writeFileSync(target, content);
  return target;
}

function configError(source: NodeJS.ProcessEnv): ConfigError {
  try {
    loadJusticeEnv(source);
  } catch (error) {
    return error as ConfigError;
  }
  throw new Error("expected a ConfigError");
}

describe("mediation time limits (configuration with their sources)", () => {
  it("defaults to a month (人民调解工作若干规定 art 33) and 30 days when a court delegated (特邀调解规定 art 27)", () => {
    const env = loadJusticeEnv(BASE);
    expect(env.deadlines).toEqual(DEFAULT_JUSTICE_DEADLINES);
    expect(env.deadlines.mediation).toMatchObject({ months: 1, basis: expect.stringContaining("民法典 art 202") });
    expect(env.deadlines.courtDelegatedMediation).toEqual({ days: 30, basis: expect.stringContaining("特邀调解规定 art 27") });
  });

  it("takes a local override from JUSTICE_DEADLINES_FILE, keeping the other defaults", () => {
    const local = { days: 20, basis: "东河区综治中心工作规则 第12条" };
    const env = loadJusticeEnv({ ...BASE, JUSTICE_DEADLINES_FILE: file(JSON.stringify({ mediation: local })) });
    expect(env.deadlines).toEqual({ ...DEFAULT_JUSTICE_DEADLINES, mediation: local });
  });

  it.each([
    ["a file that does not exist", "/nonexistent/justice-deadlines.json"],
    ["a file that is not JSON", file("mediation: 20")],
    ["a limit without its source", file(JSON.stringify({ mediation: { days: 20 } }))],
    ["a limit of zero days", file(JSON.stringify({ mediation: { days: 0, basis: "x" } }))],
    ["an unknown limit", file(JSON.stringify({ arbitration: { days: 10, basis: "x" } }))],
  ])("stops the start on %s, naming the variable", (_case, target) => {
    const error = configError({ ...BASE, JUSTICE_DEADLINES_FILE: target });
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.issues[0]).toMatch(/^JUSTICE_DEADLINES_FILE: /);
  });
});
