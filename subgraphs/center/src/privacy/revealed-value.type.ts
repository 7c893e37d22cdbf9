import { Field, ID, ObjectType } from "type-graphql";
import { PersonalDataField } from "./enums";

@ObjectType({ description: "One personal-data field read in full" })
export class RevealedValue {
  @Field((_type) => PersonalDataField)
  field!: PersonalDataField;

  @Field((_type) => String, { nullable: true, description: "The value in full; null when none is recorded" })
  value!: string | null;

  @Field((_type) => ID, { description: "The audit record this read wrote" })
  accessId!: string;
}
