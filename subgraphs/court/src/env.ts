import { readFileSync } from "node:fs";
import { ConfigError, loadSubgraphEnv, type SubgraphEnv } from "@hub/subgraph-kit";
import { z } from "zod";
import { deadlineOverridesSchema, withOverrides, type CourtDeadlines } from "./config/deadlines";

export const COURT_DEFAULT_PORT = 4003;

export interface CourtEnv extends SubgraphEnv {
  /** JSON file overriding some of the time limits in src/config/deadlines.ts. */
  COURT_DEADLINES_FILE?: string;
  /** The time limits in force: the defaults, with the file's overrides. */
  deadlines: CourtDeadlines;
}

/** Reads and checks the deadline override file; a bad one stops the start, naming the variable. */
export function loadDeadlines(file: string | undefined): CourtDeadlines {
  if (!file) return withOverrides({});
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new ConfigError([`COURT_DEADLINES_FILE: cannot read ${file} as JSON (${(error as Error).message})`]);
  }
  const parsed = deadlineOverridesSchema.safeParse(raw);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => `COURT_DEADLINES_FILE: ${file}: ${issue.path.join(".") || "(root)"}: ${issue.message}`),
    );
  }
  return withOverrides(parsed.data);
}

export function loadCourtEnv(source: NodeJS.ProcessEnv = process.env): CourtEnv {
  const base = loadSubgraphEnv({ PORT: COURT_DEFAULT_PORT }, source);
  const file = z.string().trim().optional().parse(source.COURT_DEADLINES_FILE) || undefined;
  return { ...base, COURT_DEADLINES_FILE: file, deadlines: loadDeadlines(file) };
}
