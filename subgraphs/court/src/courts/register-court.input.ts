import { Field, ID, InputType } from "type-graphql";
import { CaseNumberSource } from "./case-number-source";
import { CourtLevel } from "./court-level";

@InputType()
export class RegisterCourtInput {
  @Field((_type) => ID, { description: "Caller-chosen id (UUID), so a retried registration is recognised" })
  id!: string;

  @Field((_type) => String)
  name!: string;

  @Field((_type) => CourtLevel)
  level!: CourtLevel;

  @Field((_type) => String, {
    description: "法院代字: 内 for the high court, 内 + 2 digits for an intermediate court, 内 + 4 digits for a basic court",
  })
  caseCode!: string;

  @Field((_type) => String, { description: "Division the court serves: 15, or 15 followed by 2, 4 or 7 digits" })
  divisionCode!: string;

  @Field((_type) => CaseNumberSource, {
    nullable: true,
    description: "Who issues its case numbers: HUB_REGISTER when omitted; COURT_SYSTEM where the court runs a case-management system",
  })
  caseNumbers?: CaseNumberSource | null;

  @Field((_type) => String, {
    nullable: true,
    description:
      "幂等键 Sent again with the same payload (a retry), it returns the first registration; with another payload it is a CONFLICT",
  })
  idempotencyKey?: string | null;
}
