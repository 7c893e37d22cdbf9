import { loadSubgraphEnv, ConfigError, type SubgraphEnv } from "@hub/subgraph-kit";
import { z } from "zod";
import { courtDeadlines, type CourtDeadlines } from "./config/deadlines";
import { intermediateFirstInstance, type FirstInstanceRule } from "./config/first-instance";

export const COURT_DEFAULT_PORT = 4003;

export interface CourtEnv extends SubgraphEnv {
  /** JSON file overriding some of the time limits in src/config/deadlines.ts. */
  COURT_DEADLINES_FILE?: string;
  /** The time limits in force: the defaults, with the file's overrides. */
  deadlines: CourtDeadlines;
  /** JSON file replacing the intermediate courts' first-instance test (src/config/first-instance.ts). */
  COURT_FIRST_INSTANCE_FILE?: string;
  firstInstance: FirstInstanceRule;
  /** Whether the 2011 provisions' 15 days (targetConclusion) is the court's own limit, extendable with approval. */
  COURT_OWN_CONCLUSION_LIMIT: boolean;
}

function flag(raw: string | undefined, variable: string): boolean {
  const value = (raw ?? "").trim().toLowerCase();
  if (value === "" || value === "false") return false;
  if (value === "true") return true;
  throw new ConfigError([`${variable}: expected true or false, got "${raw}"`]);
}

export function loadCourtEnv(source: NodeJS.ProcessEnv = process.env): CourtEnv {
  const base = loadSubgraphEnv({ PORT: COURT_DEFAULT_PORT }, source);
  const file = z.string().trim().optional().parse(source.COURT_DEADLINES_FILE) || undefined;
  const firstInstanceFile = z.string().trim().optional().parse(source.COURT_FIRST_INSTANCE_FILE) || undefined;
  return {
    ...base,
    COURT_DEADLINES_FILE: file,
    deadlines: courtDeadlines.fromOverrideFile(file, "COURT_DEADLINES_FILE"),
    COURT_FIRST_INSTANCE_FILE: firstInstanceFile,
    firstInstance: intermediateFirstInstance(firstInstanceFile, "COURT_FIRST_INSTANCE_FILE"),
    COURT_OWN_CONCLUSION_LIMIT: flag(source.COURT_OWN_CONCLUSION_LIMIT, "COURT_OWN_CONCLUSION_LIMIT"),
  };
}
