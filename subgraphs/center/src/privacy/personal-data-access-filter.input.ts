import { GraphQLDateTime } from "graphql-scalars";
import { Field, ID, InputType } from "type-graphql";

@InputType({ description: "Which access records to list (all conditions together)" })
export class PersonalDataAccessFilter {
  @Field((_type) => ID, { nullable: true })
  disputeId?: string | null;

  @Field((_type) => ID, { nullable: true })
  partyId?: string | null;

  @Field((_type) => String, { nullable: true, description: "The reader's user id" })
  actorId?: string | null;

  @Field((_type) => GraphQLDateTime, { nullable: true })
  accessedFrom?: Date | null;

  @Field((_type) => GraphQLDateTime, { nullable: true })
  accessedBefore?: Date | null;
}
