import { Field, ID, InputType } from "type-graphql";
import { OtherRoute } from "./enums";

@InputType({ description: "调解不成 Mediation failed; it is ended and the parties told of the other routes (人民调解法 art 26)" })
export class ConcludeWithFailureInput {
  @Field((_type) => ID)
  caseId!: string;

  @Field((_type) => String)
  reason!: string;

  @Field((_type) => [OtherRoute], { description: "The routes the parties were told of: all three are required (art 26)" })
  routesExplained!: OtherRoute[];
}
