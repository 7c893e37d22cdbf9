import { Field, ID, ObjectType } from "type-graphql";

@ObjectType({ description: "推送缺口 A delivery owed to a partner that was never made (MISSING) or is stuck (STALLED)" })
export class DeliveryGap {
  @Field((_type) => ID)
  eventId!: string;

  @Field((_type) => ID)
  subscriptionId!: string;

  @Field((_type) => String, { description: "MISSING or STALLED" })
  kind!: string;

  @Field((_type) => ID, { nullable: true })
  deliveryId!: string | null;
}
