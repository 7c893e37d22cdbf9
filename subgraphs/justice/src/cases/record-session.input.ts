import { GraphQLDateTime } from "graphql-scalars";
import { Field, ID, InputType } from "type-graphql";
import { SessionPublicity } from "./enums";
import { PoliceReferralInput } from "./police-referral.input";

@InputType({ description: "调解记录 A mediation session held on the case" })
export class RecordSessionInput {
  @Field((_type) => ID)
  caseId!: string;

  @Field((_type) => GraphQLDateTime)
  heldAt!: Date;

  @Field((_type) => SessionPublicity, { description: "Public or private, as the parties chose (人民调解法 art 23)" })
  publicity!: SessionPublicity;

  @Field((_type) => [ID], { description: "The centre's Party ids of the parties who attended (at least one)" })
  attendingPartyIds!: string[];

  @Field((_type) => String)
  summary!: string;

  @Field((_type) => PoliceReferralInput, { nullable: true, description: "Set when a risk was reported to the police (人民调解法 art 25)" })
  policeReferral?: PoliceReferralInput | null;

  @Field((_type) => String, {
    nullable: true,
    description: "幂等键 Sent again with the same payload (a retry), it returns the first result instead of a second record or a refusal",
  })
  idempotencyKey?: string | null;
}
