import { loadSubgraphEnv, type SubgraphEnv } from "@hub/subgraph-kit";
import { z } from "zod";
import { courtDeadlines, type CourtDeadlines } from "./config/deadlines";

export const COURT_DEFAULT_PORT = 4003;

export interface CourtEnv extends SubgraphEnv {
  /** JSON file overriding some of the time limits in src/config/deadlines.ts. */
  COURT_DEADLINES_FILE?: string;
  /** The time limits in force: the defaults, with the file's overrides. */
  deadlines: CourtDeadlines;
}

export function loadCourtEnv(source: NodeJS.ProcessEnv = process.env): CourtEnv {
  const base = loadSubgraphEnv({ PORT: COURT_DEFAULT_PORT }, source);
  const file = z.string().trim().optional().parse(source.COURT_DEADLINES_FILE) || undefined;
  return { ...base, COURT_DEADLINES_FILE: file, deadlines: courtDeadlines.fromOverrideFile(file, "COURT_DEADLINES_FILE") };
}
