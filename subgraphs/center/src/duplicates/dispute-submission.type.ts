import { Officer } from "@hub/subgraph-kit";
import { GraphQLDateTime } from "graphql-scalars";
import { Field, ObjectType } from "type-graphql";
import { DisputeChannel } from "../disputes/enums";

@ObjectType({ description: "One submission of a matter: the dispute's own receipt, or another record linked to it as a duplicate" })
export class DisputeSubmission {
  @Field((_type) => String, { description: "Number of the record the submission was received as" })
  number!: string;

  @Field((_type) => DisputeChannel)
  channel!: DisputeChannel;

  @Field((_type) => GraphQLDateTime)
  receivedAt!: Date;

  @Field((_type) => Officer, { description: "受理人 Officer who received it" })
  receivedBy!: Officer;

  @Field((_type) => GraphQLDateTime, { nullable: true, description: "When it was linked (null for the dispute's own receipt)" })
  linkedAt!: Date | null;

  @Field((_type) => Officer, { nullable: true, description: "Who linked it" })
  linkedBy!: Officer | null;

  /** The record itself, for the `dispute` field. */
  disputeId!: string;
}
