import { Field, InputType } from "type-graphql";

@InputType({ description: "住址 An address: a county or township of the division tree and the detail below it" })
export class AddressInput {
  @Field((_type) => String, { description: "6-digit county or 9-digit township code (GB/T 2260 / GB/T 10114), kept in clear" })
  divisionCode!: string;

  @Field((_type) => String, { description: "Street, number, flat: stored encrypted, shown masked" })
  detail!: string;
}
