import { Directive, Field, ID, ObjectType } from "type-graphql";

@Directive('@key(fields: "id")')
@ObjectType({ description: "综治中心 Social-governance centre at one of the four levels" })
export class Centre {
  @Field((_type) => ID)
  id!: string;

  @Field((_type) => String)
  name!: string;

  @Field((_type) => String, { description: "Division code of the area the centre serves" })
  divisionCode!: string;
}
