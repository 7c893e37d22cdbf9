import { Directive, Field, ID, ObjectType } from "type-graphql";

/** The person who acted, as the gateway verified them. Every department records actors this way. */
@Directive("@shareable")
@ObjectType({ description: "The officer who acted, as the gateway verified them" })
export class Officer {
  @Field((_type) => ID)
  id!: string;

  @Field((_type) => String)
  name!: string;
}
