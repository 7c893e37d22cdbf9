import { GraphQLDateTime } from "graphql-scalars";
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { AgreementForm, AgreementStatus } from "./enums";

@Directive('@key(fields: "id")')
@ObjectType({ description: "人民调解协议 The agreement a mediation reached (人民调解法 arts 28-30)" })
export class MediationAgreement {
  @Field((_type) => ID)
  id!: string;

  @Field((_type) => AgreementForm)
  form!: AgreementForm;

  @Field((_type) => AgreementStatus)
  status!: AgreementStatus;

  @Field((_type) => GraphQLDateTime, { description: "达成时间 When the parties reached it" })
  reachedAt!: Date;

  @Field((_type) => GraphQLDateTime, {
    nullable: true,
    description:
      "生效时间 When it took effect: the day it was reached for an oral agreement (art 30); for a written one, the moment the last of the parties' signatures, the mediator's signature and the committee seal was recorded (art 29)",
  })
  effectiveAt!: Date | null;

  @Field((_type) => [ID], { description: "The centre's Party ids bound by the agreement" })
  partyIds!: string[];

  @Field((_type) => String, { description: "主要事实 The main facts" })
  facts!: string;

  @Field((_type) => String, { description: "争议事项 The points in dispute" })
  disputedPoints!: string;

  @Field((_type) => String, { description: "各方当事人的责任 Each party's responsibility" })
  responsibility!: string;

  @Field((_type) => GraphQLDateTime, { nullable: true, description: "When the committee's seal was applied (written agreements)" })
  sealedAt!: Date | null;
}
