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
}
