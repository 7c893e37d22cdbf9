import { Field, ObjectType } from "type-graphql";
import { PageInfo } from "../disputes/dispute-connection.type";
import { PersonalDataAccess } from "./personal-data-access.type";

@ObjectType({ description: "A page of personal-data access records, newest first" })
export class PersonalDataAccessConnection {
  @Field((_type) => [PersonalDataAccess])
  nodes!: PersonalDataAccess[];

  @Field((_type) => PageInfo)
  pageInfo!: PageInfo;
}
