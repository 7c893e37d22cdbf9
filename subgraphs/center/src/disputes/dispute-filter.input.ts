import { GraphQLDateTime } from "graphql-scalars";
import { Field, ID, InputType } from "type-graphql";
import { DisputeCategory, DisputeChannel, DisputeStatus } from "./enums";

@InputType({ description: "Narrows a dispute list; every condition given must hold" })
export class DisputeFilter {
  @Field((_type) => String, { nullable: true, description: "Division code: disputes arising in this division or below it" })
  placeCode?: string | null;

  @Field((_type) => ID, { nullable: true })
  receivingCentreId?: string | null;

  @Field((_type) => DisputeCategory, { nullable: true })
  category?: DisputeCategory | null;

  @Field((_type) => DisputeChannel, { nullable: true })
  channel?: DisputeChannel | null;

  @Field((_type) => DisputeStatus, { nullable: true })
  status?: DisputeStatus | null;

  @Field((_type) => GraphQLDateTime, { nullable: true, description: "Received at or after" })
  receivedFrom?: Date | null;

  @Field((_type) => GraphQLDateTime, { nullable: true, description: "Received before" })
  receivedBefore?: Date | null;
}
