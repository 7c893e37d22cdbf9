import { Directive, Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { $Enums } from "../../generated/client";

export const PersonGender = $Enums.PersonGender;
export type PersonGender = $Enums.PersonGender;

registerEnumType(PersonGender, {
  name: "PersonGender",
  description: "性别 Derived from the resident ID number (GB 11643: odd sequence digit = male)",
  valuesConfig: { MALE: { description: "男" }, FEMALE: { description: "女" } },
});

@Directive('@key(fields: "id")')
@ObjectType({ description: "自然人（根数据） A natural person, recorded once however many disputes, channels or systems bring them" })
export class Person {
  @Field((_type) => ID)
  id!: string;
}
