import { Directive, Field, ID, Int, ObjectType } from "type-graphql";

@Directive('@key(fields: "code")')
@ObjectType({ description: "行政区划 Administrative division (GB/T 2260, GB/T 10114), snapshot of 2022-10-31" })
export class Division {
  @Field((_type) => ID, { description: "Division code: 15, 4, 6 or 9 digits" })
  code!: string;

  @Field((_type) => String)
  name!: string;

  @Field((_type) => Int, { description: "1 自治区, 2 盟/市, 3 旗/县/区, 4 苏木/乡/镇/街道" })
  level!: number;

  @Field((_type) => String, { nullable: true })
  parentCode!: string | null;
}
