import { Field, Int, ObjectType } from "type-graphql";
import { RedFlagScreen } from "./red-flag-screen.type";

@ObjectType({ description: "筛查清单 A jurisdiction's recent confirmations (and agreements, if asked) screened for false mediation" })
export class RedFlagScreening {
  @Field((_type) => [RedFlagScreen], { description: "Highest score first" })
  screens!: RedFlagScreen[];

  @Field((_type) => Int, { description: "How many of the jurisdiction's disputes were read" })
  scannedDisputes!: number;

  @Field((_type) => Boolean, { description: "More disputes matched the window than one screening reads; narrow it" })
  truncated!: boolean;
}
