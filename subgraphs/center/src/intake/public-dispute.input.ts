import { Field, ID, InputType } from "type-graphql";
import { DisputeCategory, PartyKind } from "../disputes/enums";

@InputType({ description: "被申请人 The other side, as far as the applicant knows it" })
export class PublicRespondentInput {
  @Field((_type) => PartyKind)
  kind!: PartyKind;

  @Field((_type) => String)
  name!: string;
}

@InputType({ description: "解纷码申请 What a resident submits by scanning a centre's QR code" })
export class PublicDisputeInput {
  @Field((_type) => ID, { description: "The centre whose QR code was scanned" })
  centreId!: string;

  @Field((_type) => String, { description: "申请人姓名 The applicant's own name" })
  name!: string;

  @Field((_type) => String, { description: "居民身份证号码 The applicant's resident ID number (GB 11643); stored encrypted" })
  idNumber!: string;

  @Field((_type) => String, { description: "电话 The applicant's phone, for the centre to call back; stored encrypted" })
  phone!: string;

  @Field((_type) => DisputeCategory)
  category!: DisputeCategory;

  @Field((_type) => String, { description: "事实 What happened" })
  facts!: string;

  @Field((_type) => String, { description: "请求 What the applicant asks for" })
  claims!: string;

  @Field((_type) => String, { description: "9-digit township code where the dispute arose" })
  placeCode!: string;

  @Field((_type) => PublicRespondentInput, { nullable: true, description: "被申请人 When known; the centre completes it otherwise" })
  respondent?: PublicRespondentInput | null;

  @Field((_type) => String, {
    nullable: true,
    description: "幂等键 Sent again with the same payload (a retry), it returns the same case with a further tracking code",
  })
  idempotencyKey?: string | null;
}
