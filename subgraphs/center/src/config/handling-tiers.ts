import { readFileSync } from "node:fs";
import { ConfigError, deadlineSchema, type Deadline } from "@hub/subgraph-kit";
import { z } from "zod";
import type { HandlingComplexity } from "../../generated/client";

const DIVISION_CODE = /^\d{2}(\d{2}(\d{2}(\d{3})?)?)?$/;

/** One centre's limits for simple, ordinary and complex cases, each with its local source. */
const tierSetSchema = z.object({ SIMPLE: deadlineSchema, ORDINARY: deadlineSchema, COMPLEX: deadlineSchema }).strict();

/**
 * 繁简分流: local handling limits per centre, keyed by the centre's division code. A centre
 * without its own entry follows the nearest level above that has one (a league's rule covers its
 * banners and townships); where none does, the general HANDLE limit applies.
 */
export const handlingTiersSchema = z.record(z.string().regex(DIVISION_CODE, "a division code of 2, 4, 6 or 9 digits"), tierSetSchema);
export type HandlingTiers = z.infer<typeof handlingTiersSchema>;

/** No centre has local tiers unless the deployment configures them (CENTER_HANDLING_TIERS_FILE). */
export const DEFAULT_HANDLING_TIERS: HandlingTiers = {};

/** The tiers in the JSON file at `file`; a bad file stops the start, naming the variable. */
export function loadHandlingTiers(file: string | undefined, variable = "CENTER_HANDLING_TIERS_FILE"): HandlingTiers {
  if (!file) return DEFAULT_HANDLING_TIERS;
  try {
    const parsed = handlingTiersSchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
    if (!parsed.success) {
      throw new Error(parsed.error.issues.map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`).join("; "));
    }
    return parsed.data;
  } catch (error) {
    throw new ConfigError([`${variable}: ${file}: ${(error as Error).message}`]);
  }
}

/** The tiers that apply to a centre of `divisionCode`: its own, or the nearest level above's. */
export function tiersFor(tiers: HandlingTiers, divisionCode: string): HandlingTiers[string] | null {
  for (let length = divisionCode.length; length >= 2; length -= length > 6 ? 3 : 2) {
    const own = tiers[divisionCode.slice(0, length)];
    if (own) return own;
  }
  return null;
}

/** The HANDLE limit of a case the centre at `divisionCode` routed with `complexity` (ORDINARY when unset). */
export function tierLimit(tiers: HandlingTiers, divisionCode: string, complexity: HandlingComplexity | null): Deadline | null {
  return tiersFor(tiers, divisionCode)?.[complexity ?? "ORDINARY"] ?? null;
}
