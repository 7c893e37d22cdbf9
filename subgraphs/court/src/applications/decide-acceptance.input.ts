import { Field, ID, InputType } from "type-graphql";
import { NotAcceptedGround } from "./not-accepted-ground";

@InputType({ description: "受理或裁定不予受理 The court's decision whether to accept a confirmation application" })
export class DecideConfirmationAcceptanceInput {
  @Field((_type) => ID)
  applicationId!: string;

  @Field((_type) => Boolean, { description: "true: 受理 (a case number is assigned); false: 裁定不予受理" })
  accept!: boolean;

  @Field((_type) => NotAcceptedGround, {
    nullable: true,
    description: "Required when not accepting (民诉法解释 355); not allowed otherwise",
  })
  notAcceptedGround?: NotAcceptedGround | null;

  @Field((_type) => String, { nullable: true, description: "理由 The reasons, in the court's words" })
  reason?: string | null;

  @Field((_type) => String, {
    nullable: true,
    description:
      "案号 The 民特 number the court's case-management system issued, e.g. （2026）内0202民特15号: required on acceptance at a court whose numbers come from its own system (Court.caseNumbers COURT_SYSTEM), refused where the hub is the register",
  })
  caseNumber?: string | null;
}
