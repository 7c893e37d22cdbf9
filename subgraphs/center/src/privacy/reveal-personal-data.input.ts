import { Field, ID, InputType } from "type-graphql";
import { DisclosurePurpose, PersonalDataField } from "./enums";

@InputType({ description: "查阅个人信息 Which personal data of which party to read in full, and why" })
export class RevealPersonalDataInput {
  @Field((_type) => ID)
  partyId!: string;

  @Field((_type) => [PersonalDataField], { description: "Each field read is one audit record" })
  fields!: PersonalDataField[];

  @Field((_type) => DisclosurePurpose)
  purpose!: DisclosurePurpose;

  @Field((_type) => String, { description: "查阅事由 What the data is needed for, in the reader's words (4 to 500 characters)" })
  purposeDetail!: string;
}
