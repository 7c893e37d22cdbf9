import { ConfigError } from "@hub/subgraph-kit";
import { readFileSync } from "node:fs";
import { z } from "zod";

const SOURCE_REQUIRED = "name the legal source of the first-instance test";

/**
 * Which disputes fall within an intermediate court's first-instance jurisdiction, for 民事诉讼法
 * art 205(2): the amount from which an intermediate court hears a civil case at first instance,
 * and categories it always hears. Configuration with its source, since the thresholds change by
 * notice of the Supreme People's Court.
 */
export const firstInstanceSchema = z
  .object({
    /** Amount in dispute, in fen, from which the intermediate court hears the case at first instance */
    amountFenAtLeast: z.number().int().positive().nullable(),
    /** The centre's DisputeCategory values an intermediate court hears at first instance whatever the amount */
    categories: z.array(z.string().trim().min(1)),
    basis: z.string({ error: SOURCE_REQUIRED }).trim().min(1, SOURCE_REQUIRED),
  })
  .strict();
export type FirstInstanceRule = z.infer<typeof firstInstanceSchema>;

export const DEFAULT_INTERMEDIATE_FIRST_INSTANCE: FirstInstanceRule = {
  // 5亿元: the threshold where the parties are domiciled in the court's province.
  amountFenAtLeast: 50_000_000_000,
  categories: [],
  basis: "民事诉讼法 art 19; 最高人民法院关于调整中级人民法院管辖第一审民事案件标准的通知 (法发〔2021〕27号) art 1",
};

/** The rule in force: the default, or the JSON file named by `variable` (a bad file stops the start). */
export function intermediateFirstInstance(file: string | undefined, variable: string): FirstInstanceRule {
  if (!file) return DEFAULT_INTERMEDIATE_FIRST_INSTANCE;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new ConfigError([`${variable}: cannot read ${file} as JSON: ${(error as Error).message}`]);
  }
  const parsed = firstInstanceSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  throw new ConfigError([
    `${variable}: ${file}: ${parsed.error.issues.map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`).join("; ")}`,
  ]);
}

/** Whether the dispute is one an intermediate court hears at first instance under `rule`. */
export function withinIntermediateFirstInstance(rule: FirstInstanceRule, dispute: { category: string; amountFen: number | null }): boolean {
  if (rule.categories.includes(dispute.category)) return true;
  return rule.amountFenAtLeast !== null && dispute.amountFen !== null && dispute.amountFen >= rule.amountFenAtLeast;
}
