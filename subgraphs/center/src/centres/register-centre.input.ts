import { Field, ID, InputType } from "type-graphql";

@InputType()
export class RegisterCentreInput {
  @Field((_type) => ID, { description: "Caller-chosen id (UUID), so a retried registration is recognised" })
  id!: string;

  @Field((_type) => String)
  name!: string;

  @Field((_type) => String, { description: "Division the centre serves: region, league/city, county or township" })
  divisionCode!: string;
}
