import { GraphQLDateTime } from "graphql-scalars";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { WebhookDeliveryStatus } from "./enums";

@ObjectType({ description: "事件推送 One event sent to one subscription" })
export class WebhookDelivery {
  @Field((_type) => ID)
  id!: string;

  @Field((_type) => ID)
  subscriptionId!: string;

  @Field((_type) => ID, { description: "The event's stable id (the x-hub-event-id header)" })
  eventId!: string;

  @Field((_type) => WebhookDeliveryStatus)
  status!: WebhookDeliveryStatus;

  @Field((_type) => Int)
  attempts!: number;

  @Field((_type) => GraphQLDateTime)
  nextAttemptAt!: Date;

  @Field((_type) => GraphQLDateTime, { nullable: true })
  lastAttemptAt!: Date | null;

  @Field((_type) => Int, { nullable: true })
  lastStatusCode!: number | null;

  @Field((_type) => String, {
    nullable: true,
    description:
      "Why the last attempt failed, as a code: REFUSED_ADDRESS, UNRESOLVABLE, UNREACHABLE, TIMEOUT, HTTP_3xx (redirects are not followed), HTTP_4xx, HTTP_5xx, HTTPS_REQUIRED, CREDENTIALS, SUBSCRIPTION_DELETED",
  })
  lastError!: string | null;

  @Field((_type) => GraphQLDateTime, { nullable: true })
  deliveredAt!: Date | null;

  @Field((_type) => GraphQLDateTime, { nullable: true })
  deadAt!: Date | null;
}
