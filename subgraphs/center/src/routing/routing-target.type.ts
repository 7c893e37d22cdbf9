import { Department } from "@hub/subgraph-kit";
import { Field, ID, ObjectType } from "type-graphql";

@ObjectType({ description: "承办单位 The organisation a case is routed to, by key: a mediation committee, a court or a centre" })
export class RoutingTarget {
  @Field((_type) => Department.enum, { description: "CENTER (a centre), JUSTICE (a mediation committee) or COURT (a court)" })
  department!: Department;

  @Field((_type) => ID, { description: "The organisation's id in its department's subgraph" })
  organisationId!: string;
}
