import { Field, Int, ObjectType } from "type-graphql";
import type { RedFlagSeverity as Severity } from "../config/red-flags";
import { RedFlagCode, RedFlagSeverity } from "./enums";
import { RedFlagEvidence } from "./red-flag-evidence.type";
import type { RedFlagCode as Code } from "./red-flag-rules";

@ObjectType({ description: "风险特征 A false-mediation red flag raised on a dispute, with its evidence" })
export class RedFlag {
  @Field((_type) => RedFlagCode)
  code!: Code;

  @Field((_type) => RedFlagSeverity)
  severity!: Severity;

  @Field((_type) => Int, { description: "What the flag adds to the score" })
  weight!: number;

  @Field((_type) => String, { description: "The rule, in Chinese and English" })
  description!: string;

  @Field((_type) => String, { description: "依据 Where the rule and its setting come from" })
  source!: string;

  @Field((_type) => [RedFlagEvidence])
  evidence!: RedFlagEvidence[];
}
