import { Field, ID, InputType, registerEnumType } from "type-graphql";

/** 民诉法解释 353: how a party confirmed the court's record of an oral application. */
export enum OralRecordConfirmationMethod {
  SIGNATURE = "SIGNATURE",
  FINGERPRINT = "FINGERPRINT",
  SEAL = "SEAL",
}

registerEnumType(OralRecordConfirmationMethod, {
  name: "OralRecordConfirmationMethod",
  description: "签名、捺印或者盖章 How an applicant confirmed the record of an oral application (民诉法解释 353)",
});

@InputType({ description: "签名、捺印或者盖章 One applicant confirming the record of an oral application (民诉法解释 353)" })
export class OralRecordConfirmationInput {
  @Field((_type) => ID, { description: "The applicant (the centre's Party id)" })
  partyId!: string;

  @Field((_type) => OralRecordConfirmationMethod)
  method!: OralRecordConfirmationMethod;
}
