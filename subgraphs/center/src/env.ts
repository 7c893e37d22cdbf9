import { parseEnv, parseKeyList, subgraphEnvSchema } from "@hub/subgraph-kit";
import { z } from "zod";
import { centerDeadlines, type CenterDeadlines } from "./config/deadlines";
import { duplicateOverridesSchema, duplicateSettings, type DuplicateSettings } from "./config/duplicates";
import { workerEnvShape } from "./consumer/worker-env";
import { DEFAULT_RECEIVED_AT_FLOOR, intakeOverridesSchema } from "./config/intake";
import { loadOversight, type OversightConfig } from "./config/oversight";
import type { EgressPolicy } from "./webhooks/egress/egress-policy";
import { loadHandlingTiers, type HandlingTiers } from "./config/handling-tiers";

export const CENTER_DEFAULT_PORT = 4001;

const base64Key = (minBytes: number) =>
  z
    .string()
    .transform((text) => Buffer.from(text, "base64"))
    .refine((key) => key.length >= minBytes, `must be at least ${minBytes} bytes, base64-encoded`);

/** The centre holds the parties' personal data, so it alone needs the data keys. */
export const centerEnvSchema = subgraphEnvSchema.extend({
  /** `id:base64key,…`: every key that may have encrypted a stored value (32 bytes each, AES-256-GCM). */
  HUB_DATA_KEYS: z.string().transform((text, ctx) => {
    try {
      return parseKeyList(text);
    } catch (error) {
      ctx.addIssue({ code: "custom", message: (error as Error).message });
      return z.NEVER;
    }
  }),
  /** The id, in HUB_DATA_KEYS, of the key new values are encrypted with. */
  HUB_DATA_KEY_CURRENT: z.string().min(1),
  /** Key of the blind index used to match ID numbers without decrypting them. */
  HUB_BLIND_INDEX_KEY: base64Key(32),
  /** JSON file overriding some of the time limits in src/config/deadlines.ts. */
  CENTER_DEADLINES_FILE: z
    .string()
    .trim()
    .optional()
    .transform((file) => file || undefined),
  /** CENTER_DUPLICATE_THRESHOLD (0-1) and CENTER_DUPLICATE_WINDOW_DAYS override src/config/duplicates.ts. */
  ...duplicateOverridesSchema,
  /** The earliest receipt date a dispute may record (ISO date; default 2000-01-01, China Standard Time). */
  ...intakeOverridesSchema,
  ...workerEnvShape,
  /** JSON file replacing sections of the 督办 and 预警 thresholds in src/config/oversight.ts. */
  CENTER_OVERSIGHT_FILE: z
    .string()
    .trim()
    .optional()
    .transform((file) => file || undefined),
  /** JSON file of the centres' local handling tiers (simple / ordinary / complex), see src/config/handling-tiers.ts. */
  CENTER_HANDLING_TIERS_FILE: z
    .string()
    .trim()
    .optional()
    .transform((file) => file || undefined),
  /** How often the 督办 job (reminders, automatic escalation) runs; 0 turns it off. */
  CENTER_OVERSIGHT_INTERVAL_SECONDS: z.coerce.number().int().min(0).default(300),
});

export type CenterEnv = z.infer<typeof centerEnvSchema> & {
  /** The time limits in force: the defaults, with the file's overrides. */
  deadlines: CenterDeadlines;
  /** How receipt looks for likely duplicates: the defaults, with the overrides. */
  duplicates: DuplicateSettings;
  /** The 督办 and 预警 thresholds in force. */
  oversight: OversightConfig;
  /** Where partner webhooks may be sent (CENTER_WEBHOOK_ALLOW, CENTER_WEBHOOK_REQUIRE_HTTPS). */
  webhookEgress: EgressPolicy;
  /** The earliest `receivedAt` a receipt may record. */
  receivedAtFloor: Date;
  /** The centres' local handling tiers in force. */
  handlingTiers: HandlingTiers;
};

/** Reads and checks the deadline override file; a bad one stops the start, naming the variable. */
export function loadDeadlines(file: string | undefined): CenterDeadlines {
  return centerDeadlines.fromOverrideFile(file, "CENTER_DEADLINES_FILE");
}

export function loadCenterEnv(source: NodeJS.ProcessEnv = process.env): CenterEnv {
  const env = parseEnv(centerEnvSchema, { PORT: String(CENTER_DEFAULT_PORT), ...source });
  return {
    ...env,
    deadlines: loadDeadlines(env.CENTER_DEADLINES_FILE),
    duplicates: duplicateSettings(env),
    oversight: loadOversight(env.CENTER_OVERSIGHT_FILE),
    webhookEgress: {
      requireHttps: env.CENTER_WEBHOOK_REQUIRE_HTTPS ?? env.NODE_ENV === "production",
      ...env.CENTER_WEBHOOK_ALLOW,
    },
    receivedAtFloor: env.CENTER_RECEIVED_AT_FLOOR ?? DEFAULT_RECEIVED_AT_FLOOR,
    handlingTiers: loadHandlingTiers(env.CENTER_HANDLING_TIERS_FILE),
  };
}
