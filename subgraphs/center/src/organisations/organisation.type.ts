import { Directive, Field, ID, ObjectType } from "type-graphql";

@Directive('@key(fields: "id")')
@ObjectType({
  description:
    "法人和其他组织（根数据） An organisation, recorded once by its unified social credit code however many disputes, channels or systems bring it",
})
export class Organisation {
  @Field((_type) => ID)
  id!: string;

  @Field((_type) => String, { description: "统一社会信用代码 Unified social credit code (GB 32100-2015), public information" })
  creditCode!: string;

  @Field((_type) => String, { description: "名称 The name under which it was first recorded; each party keeps the name as entered" })
  name!: string;
}
