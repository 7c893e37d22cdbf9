import { GraphQLDateTime } from "graphql-scalars";
import { Field, Int, ObjectType } from "type-graphql";
import { DeliveryGap } from "./delivery-gap.type";
import { SourceReport } from "./source-report.type";

@ObjectType({ description: "对账 Proof that every department event reached the centre and every delivery owed was settled, with each gap" })
export class ReconciliationReport {
  @Field((_type) => GraphQLDateTime)
  checkedAt!: Date;

  @Field((_type) => Int, { description: "0 when nothing was lost" })
  gapCount!: number;

  @Field((_type) => [SourceReport])
  sources!: SourceReport[];

  @Field((_type) => [DeliveryGap])
  deliveryGaps!: DeliveryGap[];

  @Field((_type) => Int, { description: "Deliveries still within their retry schedule" })
  deliveriesInRetry!: number;
}
