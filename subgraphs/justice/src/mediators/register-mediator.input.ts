import { Field, ID, InputType } from "type-graphql";
import { ExpertLibrary, Gender, MediatorKind } from "./enums";

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

  @Field((_type) => Gender, { nullable: true, description: "性别 (人民调解法 art 9: a committee includes women)" })
  gender?: Gender | null;

  @Field((_type) => String, {
    nullable: true,
    description: "民族, e.g. 蒙古族 (art 9: a committee in a multi-ethnic area includes members of the smaller ethnic groups)",
  })
  ethnicity?: string | null;

  @Field((_type) => String, {
    nullable: true,
    description: "出生日期 YYYY-MM-DD: the mediator must be an adult (人民调解法 art 14); stored, never shown",
  })
  birthDate?: string | null;

  @Field((_type) => Boolean, {
    nullable: true,
    description: "The bureau attests the mediator is an adult (art 14), where no birth date is given; one of the two is required",
  })
  adultAttested?: boolean | null;

  @Field((_type) => String, {
    nullable: true,
    description:
      "幂等键 Sent again with the same payload (a retry), it returns the first registration; with another payload it is a CONFLICT",
  })
  idempotencyKey?: string | null;
}
