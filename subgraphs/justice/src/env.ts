import { parseEnv, subgraphEnvSchema } from "@hub/subgraph-kit";
import { z } from "zod";
import { justiceDeadlines, type JusticeDeadlines } from "./config/deadlines";

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
  return { ...env, deadlines: justiceDeadlines.fromOverrideFile(env.JUSTICE_DEADLINES_FILE, "JUSTICE_DEADLINES_FILE") };
}
