import { parseEnv, subgraphEnvSchema } from "@hub/subgraph-kit";
import { z } from "zod";
import { redFlagConfigFromFile, type RedFlagConfig } from "./config/red-flags";

export const PROCURATORATE_DEFAULT_PORT = 4004;

export const procuratorateEnvSchema = subgraphEnvSchema.extend({
  /** Optional JSON file replacing whole rules of src/config/red-flags.ts. */
  PROCURATORATE_RED_FLAGS_FILE: z.string().min(1).optional(),
});

export type ProcuratorateEnv = z.infer<typeof procuratorateEnvSchema> & {
  /** The red-flag rules in force: the defaults with PROCURATORATE_RED_FLAGS_FILE's replacements. */
  redFlags: RedFlagConfig;
};

export function loadProcuratorateEnv(source: NodeJS.ProcessEnv = process.env): ProcuratorateEnv {
  const env = parseEnv(procuratorateEnvSchema, { PORT: String(PROCURATORATE_DEFAULT_PORT), ...source });
  return { ...env, redFlags: redFlagConfigFromFile(env.PROCURATORATE_RED_FLAGS_FILE, "PROCURATORATE_RED_FLAGS_FILE") };
}
