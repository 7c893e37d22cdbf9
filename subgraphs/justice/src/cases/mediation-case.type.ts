import { GraphQLDateTime } from "graphql-scalars";
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { MediationCaseStatus } from "./enums";

@Directive('@key(fields: "id")')
@ObjectType({ description: "调解案件 One mediation of a dispute by a people's mediation committee" })
export class MediationCase {
  @Field((_type) => ID)
  id!: string;

  @Field((_type) => MediationCaseStatus)
  status!: MediationCaseStatus;

  @Field((_type) => GraphQLDateTime, { description: "受理时间 When the committee accepted the case" })
  acceptedAt!: Date;
}
