import { Field, InputType } from "type-graphql";
import { OralRecordConfirmationInput } from "./oral-record-confirmation.input";

@InputType({ description: "口头申请笔录 The court's record of an oral application (民诉法解释 353)" })
export class OralRecordInput {
  @Field((_type) => String, { description: "What the parties said, as the clerk recorded it" })
  content!: string;

  @Field((_type) => [OralRecordConfirmationInput], { description: "Each applicant's signature, fingerprint or seal on the record" })
  confirmations!: OralRecordConfirmationInput[];
}
