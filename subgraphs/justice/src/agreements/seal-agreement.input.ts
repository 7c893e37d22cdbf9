import { Field, ID, InputType } from "type-graphql";

@InputType({ description: "加盖人民调解委员会印章 The committee seals the written agreement (人民调解法 art 29)" })
export class SealAgreementInput {
  @Field((_type) => ID)
  agreementId!: string;
}
