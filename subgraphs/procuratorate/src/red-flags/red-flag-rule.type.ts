import { Field, Int, ObjectType } from "type-graphql";
import type { RedFlagSeverity as Severity } from "../config/red-flags";
import { RedFlagCode, RedFlagSeverity } from "./enums";
import type { RedFlagCode as Code } from "./red-flag-rules";

@ObjectType({ description: "筛查规则 One red-flag rule in force, with its source" })
export class RedFlagRule {
  @Field((_type) => RedFlagCode)
  code!: Code;

  @Field((_type) => RedFlagSeverity)
  severity!: Severity;

  @Field((_type) => Int)
  weight!: number;

  @Field((_type) => String)
  description!: string;

  @Field((_type) => String, { description: "依据 The documents and the settings' basis" })
  source!: string;

  @Field((_type) => String, { description: "The rule's settings in force, as JSON" })
  settings!: string;
}

@ObjectType({ description: "The red-flag rules in force and the score at which a dispute is suspicious" })
export class RedFlagRuleSet {
  @Field((_type) => Int)
  threshold!: number;

  @Field((_type) => String)
  thresholdBasis!: string;

  @Field((_type) => [RedFlagRule])
  rules!: RedFlagRule[];
}
