import { GraphQLDateTime } from "graphql-scalars";
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { ExpertLibrary, MediatorKind } from "./enums";

@Directive('@key(fields: "id")')
@ObjectType({ description: "人民调解员 A people's mediator of a committee (人民调解法 arts 13-14)" })
export class Mediator {
  @Field((_type) => ID)
  id!: string;

  @Field((_type) => String)
  name!: string;

  @Field((_type) => MediatorKind)
  kind!: MediatorKind;

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
