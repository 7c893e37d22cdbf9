import { parseEnv, parseKeyList, subgraphEnvSchema } from "@hub/subgraph-kit";
import { z } from "zod";

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
});

export type CenterEnv = z.infer<typeof centerEnvSchema>;

export function loadCenterEnv(source: NodeJS.ProcessEnv = process.env): CenterEnv {
  return parseEnv(centerEnvSchema, { PORT: String(CENTER_DEFAULT_PORT), ...source });
}
