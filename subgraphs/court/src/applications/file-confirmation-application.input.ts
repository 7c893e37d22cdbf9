import { Field, ID, InputType } from "type-graphql";

/** Keys only: the parties, their names and ID numbers stay with the departments that hold them. */
@InputType({ description: "Files a judicial-confirmation application by reference to records other departments hold" })
export class FileConfirmationApplicationInput {
  @Field((_type) => ID, { description: "The dispute, as the centre registered it" })
  disputeId!: string;

  @Field((_type) => ID, { description: "The mediation case whose agreement is to be confirmed, as justice holds it" })
  mediationCaseId!: string;

  @Field((_type) => ID, { description: "The court applied to" })
  courtId!: string;
}
