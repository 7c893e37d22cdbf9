import { Field, ID, InputType } from "type-graphql";

/**
 * Keys only: the dispute, the agreement and the parties' names and ID numbers stay with the
 * departments that hold them and are read through the graph.
 */
@InputType({ description: "Files a judicial-confirmation application by reference to records other departments hold" })
export class FileConfirmationApplicationInput {
  @Field((_type) => ID, { description: "The mediation case whose effective agreement is to be confirmed, as justice holds it" })
  mediationCaseId!: string;

  @Field((_type) => ID, { description: "The court applied to" })
  courtId!: string;

  @Field((_type) => [ID], {
    description:
      "申请人 The parties applying jointly, as the centre's Party ids: at least one bound by the agreement on each side (民事诉讼法 art 205)",
  })
  applicantPartyIds!: string[];

  @Field((_type) => String, {
    nullable: true,
    description: "幂等键 Sent again with the same payload (a retry), it returns the application first filed instead of a refusal",
  })
  idempotencyKey?: string | null;
}
