import { GraphQLDateTime } from "graphql-scalars";
import { Directive, Field, ID, ObjectType } from "type-graphql";

@Directive('@key(fields: "id")')
@ObjectType({ description: "人民调解委员会 People's mediation committee (人民调解法 arts 7-9)" })
export class MediationCommittee {
  @Field((_type) => ID)
  id!: string;

  @Field((_type) => String)
  name!: string;

  @Field((_type) => String, { description: "County (6-digit) or township (9-digit) division code where the committee sits" })
  divisionCode!: string;

  @Field((_type) => Boolean, { description: "多民族居住的地区: members of the smaller ethnic groups are required (人民调解法 art 9)" })
  multiEthnicArea!: boolean;

  @Field((_type) => GraphQLDateTime, { description: "登记时间 When the committee was registered in the hub" })
  createdAt!: Date;
}
