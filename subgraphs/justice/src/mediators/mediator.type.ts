import { GraphQLDateTime } from "graphql-scalars";
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { ExpertLibrary, Gender, MediatorKind } from "./enums";

@Directive('@key(fields: "id")')
@ObjectType({ description: "人民调解员 A people's mediator of a committee (人民调解法 arts 13-14)" })
export class Mediator {
  @Field((_type) => ID)
  id!: string;

  @Field((_type) => String)
  name!: string;

  @Field((_type) => MediatorKind)
  kind!: MediatorKind;

  @Field((_type) => Gender, { nullable: true, description: "性别 (人民调解法 art 9); null when not recorded" })
  gender!: Gender | null;

  @Field((_type) => String, { nullable: true, description: "民族 (art 9); null when not recorded" })
  ethnicity!: string | null;

  @Field((_type) => Boolean, {
    description:
      "成年 True when the bureau attested the mediator is an adult (人民调解法 art 14) instead of giving a birth date, which is then checked and never shown",
  })
  adultAttested!: boolean;

  @Field((_type) => [ExpertLibrary], { description: "The expert libraries (四库) the mediator belongs to" })
  libraries!: ExpertLibrary[];

  @Field((_type) => String, {
    nullable: true,
    description: "The city (4-digit) or county (6-digit) justice bureau that trained the mediator (art 14)",
  })
  trainedByDivisionCode!: string | null;

  @Field((_type) => GraphQLDateTime, { description: "When the mediator was registered in the hub" })
  registeredAt!: Date;
}
