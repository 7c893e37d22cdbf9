import { readFileSync } from "node:fs";
import { ConfigError } from "@hub/subgraph-kit";
import { z } from "zod";

const basis = z.string().trim().min(1, "name the legal or local source of the threshold");
const positive = z.number().int().positive();
const CATEGORIES = [
  "TRAFFIC_ACCIDENT",
  "NEIGHBOUR",
  "FAMILY",
  "MARRIAGE",
  "LABOUR_WAGES",
  "PRIVATE_LENDING",
  "CONTRACT",
  "PROPERTY",
  "LAND",
  "CONSUMER",
  "MEDICAL",
  "OTHER",
] as const;
const category = z.enum(CATEGORIES);

/** 督办 reminders, escalation and 预警 thresholds: each with the text it comes from. */
export const oversightSchema = z
  .object({
    reminders: z.object({ approachingWithinHours: positive, basis }).strict(),
    escalation: z.object({ graceDays: positive, basis }).strict(),
    repeatedParty: z.object({ windowDays: positive, minDisputes: z.number().int().min(2), basis }).strict(),
    repeatedPlace: z.object({ windowDays: positive, minDisputes: z.number().int().min(2), basis }).strict(),
    categoryCluster: z
      .object({
        windowDays: positive,
        minDisputes: z.number().int().min(2),
        /** A lower (or higher) threshold for some categories, e.g. labour wages. */
        perCategory: z.partialRecord(category, z.number().int().min(2)),
        basis,
      })
      .strict(),
    escalationRisk: z
      .object({
        windowDays: positive,
        minParties: z.number().int().min(2),
        minEscalations: positive,
        /** Categories where an overdue case is itself a risk marker. */
        sensitiveCategories: z.array(category),
        basis,
      })
      .strict(),
  })
  .strict();
export type OversightConfig = z.infer<typeof oversightSchema>;

export const DEFAULT_OVERSIGHT: OversightConfig = {
  reminders: { approachingWithinHours: 72, basis: "本地规则: 期限届满前3日临期提醒" },
  escalation: { graceDays: 3, basis: "本地规则: 超期3日仍未办理的，提请上一级综治中心督办" },
  repeatedParty: { windowDays: 180, minDisputes: 3, basis: "本地规则: 同一当事人半年内3次以上纠纷列为重复纠纷预警" },
  repeatedPlace: { windowDays: 30, minDisputes: 10, basis: "本地规则: 同一苏木乡镇30日内10件以上纠纷列为多发预警" },
  categoryCluster: {
    windowDays: 30,
    minDisputes: 5,
    perCategory: { LABOUR_WAGES: 3, LAND: 3 },
    basis: "本地规则: 同一苏木乡镇30日内同类纠纷5件以上（欠薪、土地3件以上）列为类案聚集预警",
  },
  escalationRisk: {
    windowDays: 365,
    minParties: 5,
    minEscalations: 2,
    sensitiveCategories: ["LABOUR_WAGES", "LAND", "MEDICAL"],
    basis: "本地规则: 当事人5人以上、2次以上上交、欠薪土地医疗纠纷超期，列为激化风险",
  },
};

/** The thresholds in force: the defaults, with the sections the file at `file` replaces. */
export function loadOversight(file: string | undefined, variable = "CENTER_OVERSIGHT_FILE"): OversightConfig {
  if (!file) return DEFAULT_OVERSIGHT;
  try {
    const raw: unknown = JSON.parse(readFileSync(file, "utf8"));
    const parsed = oversightSchema.partial().safeParse(raw);
    if (!parsed.success) {
      throw new Error(parsed.error.issues.map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`).join("; "));
    }
    return { ...DEFAULT_OVERSIGHT, ...parsed.data };
  } catch (error) {
    throw new ConfigError([`${variable}: ${file}: ${(error as Error).message}`]);
  }
}
