import { Department } from "@hub/subgraph-kit";
import { Field, ID, InputType } from "type-graphql";

@InputType({ description: "承办单位 An organisation to route to, by key" })
export class RoutingTargetInput {
  @Field((_type) => Department.enum, { description: "CENTER (a centre), JUSTICE (a mediation committee) or COURT (a court)" })
  department!: Department;

  @Field((_type) => ID)
  organisationId!: string;
}
