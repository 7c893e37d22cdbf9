import { Field, ID, InputType } from "type-graphql";

@InputType({ description: "异议审查结果 The objection decided: the ruling revoked (异议成立) or upheld (异议不成立，驳回异议)" })
export class DecideRulingObjectionInput {
  @Field((_type) => ID)
  objectionId!: string;

  @Field((_type) => Boolean, { description: "true: 异议成立, the ruling is revoked; false: 驳回异议, the ruling stands" })
  revokeRuling!: boolean;

  @Field((_type) => String, { description: "审查理由" })
  reasoning!: string;
}
