import { GraphQLDateTime } from "graphql-scalars";
import { Field, ID, InputType } from "type-graphql";
import { AgreementInstalmentInput } from "./agreement-instalment.input";
import { AgreementTermSubject } from "./enums";

@InputType({ description: "履行事项 One agreed obligation (人民调解法 art 29: manner and deadline of performance are required)" })
export class AgreementTermInput {
  @Field((_type) => ID, { description: "The party who performs (a Party id bound by the agreement)" })
  obligorPartyId!: string;

  @Field((_type) => ID, { description: "The party performed to (a Party id bound by the agreement)" })
  obligeePartyId!: string;

  @Field((_type) => String, { description: "What is to be done, e.g. 支付车辆维修费8000元" })
  obligation!: string;

  @Field((_type) => String, { nullable: true, description: "履行方式 Required (art 29), e.g. 银行转账" })
  manner?: string | null;

  @Field((_type) => String, { nullable: true, description: "履行地点 Where performance takes place" })
  place?: string | null;

  @Field((_type) => GraphQLDateTime, {
    nullable: true,
    description:
      "履行期限 Required (art 29): performance is due by this time. For instalments it may be left out: it is the last instalment's deadline, and if given must equal it",
  })
  deadline?: Date | null;

  @Field((_type) => AgreementTermSubject, {
    description: "What the term is about (民诉法解释 355(3): a court refuses terms on a status relationship)",
  })
  subject!: AgreementTermSubject;

  @Field((_type) => [AgreementInstalmentInput], {
    nullable: true,
    description: "分期履行 The instalments, in order with rising deadlines (two at least), when the term is performed in parts",
  })
  instalments?: AgreementInstalmentInput[] | null;
}
