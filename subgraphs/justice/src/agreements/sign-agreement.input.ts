import { Field, ID, InputType } from "type-graphql";
import { AgreementSigner, SignatureMethod } from "./enums";

@InputType({ description: "签署调解协议 A party's signature, seal or fingerprint, or the mediator's signature (人民调解法 art 29)" })
export class SignAgreementInput {
  @Field((_type) => ID)
  agreementId!: string;

  @Field((_type) => AgreementSigner)
  signer!: AgreementSigner;

  @Field((_type) => ID, { nullable: true, description: "The signing party (a Party id bound by the agreement); only when signer is PARTY" })
  partyId?: string | null;

  @Field((_type) => SignatureMethod, { description: "The mediator signs (SIGNATURE); a party signs, seals or fingerprints" })
  method!: SignatureMethod;

  @Field((_type) => String, {
    nullable: true,
    description: "幂等键 Sent again with the same payload (a retry), it returns the agreement instead of an already-signed refusal",
  })
  idempotencyKey?: string | null;
}
