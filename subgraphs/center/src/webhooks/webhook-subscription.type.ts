import { Officer } from "@hub/subgraph-kit";
import { GraphQLDateTime } from "graphql-scalars";
import { Field, ID, ObjectType } from "type-graphql";
import { WebhookSubscriptionStatus } from "./enums";

@ObjectType({ description: "事件订阅 A partner system's subscription to event types within a jurisdiction (the secret is never shown)" })
export class WebhookSubscription {
  @Field((_type) => ID)
  id!: string;

  @Field((_type) => String, { description: "The partner organisation that owns it" })
  organisationId!: string;

  @Field((_type) => String)
  url!: string;

  @Field((_type) => [String], { description: "Event types delivered (docs/events.md)" })
  eventTypes!: string[];

  @Field((_type) => String, { description: "Events of disputes whose place lies within this division are delivered" })
  jurisdictionCode!: string;

  @Field((_type) => WebhookSubscriptionStatus)
  status!: WebhookSubscriptionStatus;

  @Field((_type) => GraphQLDateTime)
  createdAt!: Date;

  @Field((_type) => Officer)
  createdBy!: Officer;
}
