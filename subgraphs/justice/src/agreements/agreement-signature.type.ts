import { GraphQLDateTime } from "graphql-scalars";
import { Field, ID, ObjectType } from "type-graphql";
import { AgreementSigner, SignatureMethod } from "./enums";

@ObjectType({ description: "签署 A party's signature, seal or fingerprint, or the mediator's signature, on a written agreement" })
export class AgreementSignature {
  @Field((_type) => ID)
  id!: string;

  @Field((_type) => AgreementSigner)
  signer!: AgreementSigner;

  @Field((_type) => ID, { nullable: true, description: "The signing party (the centre's Party id); null for the mediator" })
  partyId!: string | null;

  @Field((_type) => SignatureMethod)
  method!: SignatureMethod;

  @Field((_type) => GraphQLDateTime)
  signedAt!: Date;
}
