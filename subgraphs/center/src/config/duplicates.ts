import { z } from "zod";

/** How receipt looks for likely duplicates (DESIGN §3 Receiving: the same matter reaching the hub twice is linked, not entered twice). */
export const DEFAULT_DUPLICATE_SETTINGS = {
  /** A candidate with this score or more opens a duplicate review. */
  threshold: 0.6,
  /** Only disputes received this many days before or after are compared (the bounded window the lookup's index scan relies on). */
  windowDays: 90,
  /** Received this close together counts as CLOSE_IN_TIME. */
  closeInTimeDays: 30,
  /** Facts at least this similar count as SIMILAR_FACTS. */
  similarFacts: 0.3,
  /** At most this many candidates are kept per review, best first. */
  maxCandidates: 5,
  /** Weights of the four signals; they sum to 1, so a score is between 0 and 1. */
  weights: { parties: 0.35, facts: 0.45, place: 0.1, time: 0.1 },
};

export type DuplicateSettings = typeof DEFAULT_DUPLICATE_SETTINGS;

/** Deployment overrides of the threshold and window (CENTER_DUPLICATE_THRESHOLD, CENTER_DUPLICATE_WINDOW_DAYS). */
export const duplicateOverridesSchema = {
  CENTER_DUPLICATE_THRESHOLD: z.coerce.number().gt(0).lte(1).optional(),
  CENTER_DUPLICATE_WINDOW_DAYS: z.coerce.number().int().min(1).max(3650).optional(),
};

export function duplicateSettings(overrides: {
  CENTER_DUPLICATE_THRESHOLD?: number;
  CENTER_DUPLICATE_WINDOW_DAYS?: number;
}): DuplicateSettings {
  return {
    ...DEFAULT_DUPLICATE_SETTINGS,
    threshold: overrides.CENTER_DUPLICATE_THRESHOLD ?? DEFAULT_DUPLICATE_SETTINGS.threshold,
    windowDays: overrides.CENTER_DUPLICATE_WINDOW_DAYS ?? DEFAULT_DUPLICATE_SETTINGS.windowDays,
  };
}
