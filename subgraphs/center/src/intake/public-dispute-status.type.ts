import { GraphQLDateTime } from "graphql-scalars";
import { Field, ObjectType } from "type-graphql";
import { DisputeStatus } from "../disputes/enums";
import { PublicMilestone } from "./public-milestone.type";

@ObjectType({ description: "办理进度 A public case's status and public milestones only: no parties, no officers, no other case" })
export class PublicDisputeStatus {
  @Field((_type) => DisputeStatus)
  status!: DisputeStatus;

  @Field((_type) => String, { description: "The status in Chinese, e.g. 已受理待分流" })
  statusLabel!: string;

  @Field((_type) => GraphQLDateTime)
  receivedAt!: Date;

  @Field((_type) => [PublicMilestone], { description: "Oldest first" })
  milestones!: PublicMilestone[];
}
