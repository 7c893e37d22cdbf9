import { GraphQLDateTime } from "graphql-scalars";
import { Field, ID, InputType } from "type-graphql";
import { ServiceMethod } from "./procedure-enums";

@InputType({ description: "送达 Record the ruling served on one party (民诉法解释 372: the 15 days run from it)" })
export class RecordRulingServiceInput {
  @Field((_type) => ID)
  applicationId!: string;

  @Field((_type) => ID, { description: "The applicant served (the centre's Party id)" })
  partyId!: string;

  @Field((_type) => GraphQLDateTime, {
    description: "送达日期 When the party received the ruling: not before the ruling, not in the future",
  })
  servedAt!: Date;

  @Field((_type) => ServiceMethod)
  method!: ServiceMethod;
}
