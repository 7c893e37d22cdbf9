import { Field, ID, InputType } from "type-graphql";
import { ExpertLibrary, MediatorKind } from "./enums";

@InputType({ description: "登记人民调解员 What the justice bureau records when it registers a mediator" })
export class RegisterMediatorInput {
  @Field((_type) => ID, { description: "Caller-chosen id (UUID), so a retried registration is recognised" })
  id!: string;

  @Field((_type) => String)
  name!: string;

  @Field((_type) => ID, { description: "The registered committee the mediator serves" })
  committeeId!: string;

  @Field((_type) => MediatorKind)
  kind!: MediatorKind;

  @Field((_type) => [ExpertLibrary], { description: "The expert libraries (四库) the mediator joins; may be empty" })
  libraries!: ExpertLibrary[];

  @Field((_type) => String, {
    nullable: true,
    description: "The city (4-digit) or county (6-digit) justice bureau that trained the mediator (人民调解法 art 14)",
  })
  trainedByDivisionCode?: string | null;

  @Field((_type) => String, {
    nullable: true,
    description:
      "幂等键 Sent again with the same payload (a retry), it returns the first registration; with another payload it is a CONFLICT",
  })
  idempotencyKey?: string | null;
}
