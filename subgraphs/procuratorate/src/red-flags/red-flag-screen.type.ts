import { Field, Int, ObjectType } from "type-graphql";
import { RedFlag } from "./red-flag.type";

@ObjectType({ description: "虚假调解筛查 The red flags of one dispute, their combined score and whether it is suspicious" })
export class RedFlagScreen {
  @Field((_type) => String, { description: "The dispute's number, e.g. 150202-2026-000012" })
  disputeNumber!: string;

  @Field((_type) => [RedFlag], { description: "Heaviest first; empty when no rule fires" })
  flags!: RedFlag[];

  @Field((_type) => Int, { description: "The flags' weights added up" })
  score!: number;

  @Field((_type) => Int, { description: "The score at which a dispute is suspicious" })
  threshold!: number;

  @Field((_type) => Boolean, { description: "疑似虚假调解 score ≥ threshold" })
  suspicious!: boolean;
}
