import { GraphQLDateTime } from "graphql-scalars";
import { Field, ObjectType } from "type-graphql";
import { DisputeStatus } from "../disputes/enums";

@ObjectType({ description: "受理回执 What the applicant keeps: the tracking code is shown this once and never again" })
export class PublicDisputeReceipt {
  @Field((_type) => String, { description: "查询码 e.g. 7K3M-Q9TX-2B8R-WN4D-H6PC (100 random bits); keep it to follow the case" })
  trackingCode!: string;

  @Field((_type) => DisputeStatus)
  status!: DisputeStatus;

  @Field((_type) => GraphQLDateTime)
  receivedAt!: Date;
}
