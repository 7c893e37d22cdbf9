import { readFileSync } from "node:fs";
import { ConfigError } from "@hub/subgraph-kit";
import { z } from "zod";

/** The documents the false-mediation (虚假调解) red flags come from, as the procuratorate cites them. */
export const SOURCES = {
  rules2021: "最高人民检察院《人民检察院民事诉讼监督规则》(2021) art 37(3)：虚假诉讼依职权监督",
  guidance2016: "最高人民法院《关于防范和制裁虚假诉讼的指导意见》(法发〔2016〕13号)",
  opinion2021: "最高人民法院、最高人民检察院等《关于深入开展虚假诉讼整治工作的意见》(法〔2021〕281号)",
} as const;

const severity = z.enum(["LOW", "MEDIUM", "HIGH"]);
const weight = z.number().int().min(0).max(100);
const basis = z.string().trim().min(1);
const fen = z.number().int().positive();

const ruleShape = { weight, severity, basis };

export const redFlagConfigSchema = z.strictObject({
  /** A dispute whose flags' weights add up to at least this is "suspicious" (疑似虚假调解). */
  threshold: z.strictObject({ score: z.number().int().min(1).max(500), basis }),
  relatedParties: z.strictObject(ruleShape),
  amountOutOfLine: z.strictObject({
    ...ruleShape,
    /** Per category (the centre's DisputeCategory), the most a natural-person applicant plausibly claims, in fen. */
    naturalPersonCeilingFen: z.record(z.string(), fen),
    /** Flag when the amount is at least this many times the median of the county's other disputes of the category… */
    peerMultiple: z.number().min(1),
    /** …and at least this many of them state an amount (fewer: no baseline, the rule stays silent). */
    minPeers: z.number().int().min(1),
    /** How far back the county's baseline reaches, in days from the request's time. */
    baselineDays: z.number().int().min(1).max(3660),
    /** The most disputes read for one county's baseline (newest first). */
    baselineMaxDisputes: z.number().int().min(100).max(5000),
  }),
  quickAgreement: z.strictObject({ ...ruleShape, maxHours: z.number().positive() }),
  highRiskCategory: z.strictObject({ ...ruleShape, categories: z.array(z.string().min(1)).min(1) }),
  repeatMediator: z.strictObject({ ...ruleShape, minCases: z.number().int().min(2) }),
  screening: z.strictObject({
    /** The window a screening list or the leads look back over by default, in days. */
    defaultDays: z.number().int().min(1).max(3660),
    /** The most disputes one screening or leads request reads from the centre. */
    maxScannedDisputes: z.number().int().min(100).max(5000),
  }),
});

export type RedFlagConfig = z.infer<typeof redFlagConfigSchema>;
export type RedFlagSeverity = z.infer<typeof severity>;

const YUAN = 100;

/**
 * 虚假调解 screening: every threshold with the source it rests on. The documents name the
 * features; the figures (weights, ceilings, hours) are the procuratorate's own screening
 * settings, set here and overridable per deployment with PROCURATORATE_RED_FLAGS_FILE.
 */
export const DEFAULT_RED_FLAG_CONFIG: RedFlagConfig = {
  threshold: {
    score: 60,
    basis: `${SOURCES.rules2021}; 两项以上高、中风险特征同时出现即列为疑似（本院筛查设定）`,
  },
  relatedParties: {
    weight: 40,
    severity: "HIGH",
    basis: `${SOURCES.guidance2016}：当事人之间存在亲属、朋友等关联关系（共用电话、住址或代理人；同一人分列双方）`,
  },
  amountOutOfLine: {
    weight: 30,
    severity: "HIGH",
    basis: `${SOURCES.guidance2016}：诉讼请求与其经济状况严重不符；上限与倍数为本院筛查设定`,
    naturalPersonCeilingFen: {
      PRIVATE_LENDING: 1_000_000 * YUAN,
      MARRIAGE: 3_000_000 * YUAN,
      FAMILY: 3_000_000 * YUAN,
      LABOUR_WAGES: 200_000 * YUAN,
      PROPERTY: 3_000_000 * YUAN,
      CONTRACT: 2_000_000 * YUAN,
    },
    peerMultiple: 10,
    minPeers: 5,
    baselineDays: 365,
    baselineMaxDisputes: 500,
  },
  quickAgreement: {
    weight: 25,
    severity: "MEDIUM",
    basis: `${SOURCES.guidance2016}：当事人之间无实质性争议，在事实依据不足的情况下迅速达成调解协议；时限为本院筛查设定`,
    maxHours: 24,
  },
  highRiskCategory: {
    weight: 15,
    severity: "LOW",
    basis: `${SOURCES.opinion2021}：民间借贷、离婚析产、以物抵债、劳动争议等虚假诉讼高发领域`,
    categories: ["PRIVATE_LENDING", "MARRIAGE", "PROPERTY", "LABOUR_WAGES"],
  },
  repeatMediator: {
    weight: 20,
    severity: "MEDIUM",
    basis: `${SOURCES.opinion2021}：同一当事人反复通过同一调解组织达成协议的，重点审查；次数为本院筛查设定`,
    minCases: 3,
  },
  screening: { defaultDays: 90, maxScannedDisputes: 500 },
};

/** Replaces whole rules with a file's (each rule given in full), validated; a ConfigError names `variable`. */
export function redFlagConfigFromFile(file: string | undefined, variable: string): RedFlagConfig {
  if (!file) return DEFAULT_RED_FLAG_CONFIG;
  let overrides: unknown;
  try {
    overrides = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new ConfigError([`${variable}: cannot read ${file} as JSON (${(error as Error).message})`]);
  }
  const merged = redFlagConfigSchema.safeParse({ ...DEFAULT_RED_FLAG_CONFIG, ...(overrides as object) });
  if (!merged.success) {
    throw new ConfigError(merged.error.issues.map((issue) => `${variable} (${file}): ${issue.path.join(".")}: ${issue.message}`));
  }
  return merged.data;
}
