import { Field, ID, InputType } from "type-graphql";
import { PartyKind, PartyRole } from "../disputes/enums";

@InputType({ description: "A party as the 受理登记 form holds it so far: only what duplicate matching reads" })
export class DuplicatePreviewPartyInput {
  @Field((_type) => PartyRole)
  role!: PartyRole;

  @Field((_type) => PartyKind)
  kind!: PartyKind;

  @Field((_type) => String, { description: "姓名或名称; an organisation is matched by it, as at receipt" })
  name!: string;

  @Field((_type) => String, {
    nullable: true,
    description: "居民身份证号码 (GB 11643) of a natural person; matched by blind index, never stored",
  })
  idNumber?: string | null;
}

@InputType({ description: "查重预览 What a submission holds before it is saved, to find the disputes it likely repeats" })
export class DuplicateCandidatesInput {
  @Field((_type) => ID, { nullable: true, description: "The centre receiving it; the caller's own when omitted" })
  receivingCentreId?: string | null;

  @Field((_type) => String, { description: "纠纷发生地 9-digit township code (GB/T 10114)" })
  placeCode!: string;

  @Field((_type) => String, { nullable: true })
  facts?: string | null;

  @Field((_type) => String, { nullable: true })
  claims?: string | null;

  @Field((_type) => [DuplicatePreviewPartyInput])
  parties!: DuplicatePreviewPartyInput[];
}
