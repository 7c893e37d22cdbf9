import { readFileSync } from "node:fs";
import { z } from "zod";

/** A time limit and the legal or local text it comes from. */
export interface TimeLimit {
  days: number;
  basis: string;
}

/**
 * Mediation time limits. The statute sets none for people's mediation itself; the 2002 rules ask
 * for a month as a norm, and a court that delegates a case allows 30 days. A county may set
 * shorter ones: override them with a JSON file named by JUSTICE_DEADLINES_FILE.
 */
export const DEFAULT_JUSTICE_DEADLINES = {
  mediation: { days: 30, basis: "人民调解工作若干规定（司法部令第75号）art 33：一般在一个月内调结" },
  courtDelegatedMediation: { days: 30, basis: "特邀调解规定 art 27：委派调解期限为30日" },
} as const satisfies Record<string, TimeLimit>;

export type JusticeDeadlines = Record<keyof typeof DEFAULT_JUSTICE_DEADLINES, TimeLimit>;

const timeLimit = z.strictObject({
  days: z.number().int().min(1).max(365),
  basis: z.string().trim().min(1, "name the legal or local source of the limit"),
});

const overrides = z.strictObject({
  mediation: timeLimit.optional(),
  courtDelegatedMediation: timeLimit.optional(),
});

/** The defaults with the file's overrides applied; throws a message naming what is wrong in the file. */
export function readJusticeDeadlines(file: string): JusticeDeadlines {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(`cannot read ${file} as JSON: ${(error as Error).message}`, { cause: error });
  }
  const result = overrides.safeParse(parsed);
  if (!result.success) {
    throw new Error(result.error.issues.map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`).join("; "));
  }
  return { ...DEFAULT_JUSTICE_DEADLINES, ...result.data };
}

export function addDays(from: Date, days: number): Date {
  return new Date(from.getTime() + days * 86_400_000);
}
