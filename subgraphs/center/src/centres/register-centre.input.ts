import { Field, ID, InputType } from "type-graphql";

@InputType()
export class RegisterCentreInput {
  @Field((_type) => ID, { description: "Caller-chosen id (UUID), so a retried registration is recognised" })
  id!: string;

  @Field((_type) => String)
  name!: string;

  @Field((_type) => String, { description: "Division the centre serves: region, league/city, county or township" })
  divisionCode!: string;

  @Field((_type) => String, {
    nullable: true,
    description:
      "幂等键 Sent again with the same payload (a retry), it returns the first registration; with another payload it is a CONFLICT",
  })
  idempotencyKey?: string | null;
}
