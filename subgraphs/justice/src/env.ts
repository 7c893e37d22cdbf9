import { ConfigError, parseEnv, subgraphEnvSchema } from "@hub/subgraph-kit";
import { z } from "zod";
import { DEFAULT_JUSTICE_DEADLINES, readJusticeDeadlines, type JusticeDeadlines } from "./config/deadlines";

export const JUSTICE_DEFAULT_PORT = 4002;

export const justiceEnvSchema = subgraphEnvSchema.extend({
  /** Optional JSON file overriding the mediation time limits of src/config/deadlines.ts. */
  JUSTICE_DEADLINES_FILE: z.string().min(1).optional(),
});

export type JusticeEnv = z.infer<typeof justiceEnvSchema> & {
  /** The time limits in force: the defaults with JUSTICE_DEADLINES_FILE's overrides. */
  deadlines: JusticeDeadlines;
};

export function loadJusticeEnv(source: NodeJS.ProcessEnv = process.env): JusticeEnv {
  const env = parseEnv(justiceEnvSchema, { PORT: String(JUSTICE_DEFAULT_PORT), ...source });
  if (!env.JUSTICE_DEADLINES_FILE) return { ...env, deadlines: DEFAULT_JUSTICE_DEADLINES };
  try {
    return { ...env, deadlines: readJusticeDeadlines(env.JUSTICE_DEADLINES_FILE) };
  } catch (error) {
    throw new ConfigError([`JUSTICE_DEADLINES_FILE: ${(error as Error).message}`]);
  }
}
