import { Field, ObjectType } from "type-graphql";

@ObjectType({ description: "证据 One concrete value a red flag rests on; personal values are masked" })
export class RedFlagEvidence {
  @Field((_type) => String, { description: "What the value is, e.g. amount, hours, SAME_PERSON" })
  label!: string;

  @Field((_type) => String)
  value!: string;
}
