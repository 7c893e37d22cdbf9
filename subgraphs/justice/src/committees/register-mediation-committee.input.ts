import { Field, ID, InputType } from "type-graphql";
import { CommitteeMemberInput } from "./committee-member.input";

@InputType({ description: "登记 What the justice bureau records when it registers a mediation committee" })
export class RegisterMediationCommitteeInput {
  @Field((_type) => ID, { description: "Caller-chosen id (UUID), so a retried registration is recognised" })
  id!: string;

  @Field((_type) => String)
  name!: string;

  @Field((_type) => String, { description: "County (6-digit) or township (9-digit) division code where the committee sits" })
  divisionCode!: string;

  @Field((_type) => Boolean, {
    nullable: true,
    description:
      "多民族居住的地区 (人民调解法 art 9): the committee then includes members of the smaller ethnic groups. True by default, Inner Mongolia being a multi-ethnic autonomous region",
  })
  multiEthnicArea?: boolean | null;

  @Field((_type) => [CommitteeMemberInput], {
    nullable: true,
    description:
      "委员名单 The committee's members, registered with it: three to nine, women among them, and in a multi-ethnic area members of the smaller ethnic groups (人民调解法 art 9). Left out, the committee is registered empty and its members one by one",
  })
  members?: CommitteeMemberInput[] | null;

  @Field((_type) => String, {
    nullable: true,
    description:
      "幂等键 Sent again with the same payload (a retry), it returns the first registration; with another payload it is a CONFLICT",
  })
  idempotencyKey?: string | null;
}
