import { Field, ID, InputType } from "type-graphql";
import { SupervisionGrounds } from "./enums";

@InputType({ description: "立案 What a prosecutor records when opening a supervision case" })
export class OpenSupervisionCaseInput {
  @Field((_type) => ID, { description: "The dispute supervised, by its key in the centre's records" })
  disputeId!: string;

  @Field((_type) => SupervisionGrounds)
  grounds!: SupervisionGrounds;

  @Field((_type) => String, { description: "Why the procuratorate supervises; at most 5000 characters" })
  summary!: string;

  @Field((_type) => String, {
    nullable: true,
    description: "幂等键 Sent again with the same payload (a retry), it returns the case first opened instead of a second one",
  })
  idempotencyKey?: string | null;
}
