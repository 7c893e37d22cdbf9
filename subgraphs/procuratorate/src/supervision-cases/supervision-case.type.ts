import { GraphQLDateTime } from "graphql-scalars";
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { SupervisionCaseStatus, SupervisionGrounds } from "./enums";

@Directive('@key(fields: "id")')
@ObjectType({ description: "监督案件 A case in which the procuratorate supervises the civil proceedings on a dispute" })
export class SupervisionCase {
  @Field((_type) => ID)
  id!: string;

  @Field((_type) => SupervisionGrounds, { description: "监督事由 Grounds for supervision" })
  grounds!: SupervisionGrounds;

  @Field((_type) => String, { description: "案情摘要 Why the procuratorate supervises" })
  summary!: string;

  @Field((_type) => SupervisionCaseStatus)
  status!: SupervisionCaseStatus;

  @Field((_type) => GraphQLDateTime, { description: "立案时间 When the case was opened" })
  openedAt!: Date;

  @Field((_type) => ID, { nullable: true, description: "The procuratorate (organisation) of the officer who opened it" })
  procuratorateId!: string | null;
}
