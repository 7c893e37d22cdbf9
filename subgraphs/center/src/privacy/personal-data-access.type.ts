import { Officer } from "@hub/subgraph-kit";
import { GraphQLDateTime } from "graphql-scalars";
import { Field, ID, ObjectType } from "type-graphql";
import { DisclosurePurpose, PersonalDataField } from "./enums";

@ObjectType({ description: "个人信息查阅记录 One field of one party read in full (append-only)" })
export class PersonalDataAccess {
  @Field((_type) => ID)
  id!: string;

  @Field((_type) => GraphQLDateTime)
  accessedAt!: Date;

  @Field((_type) => Officer, { description: "Who read it" })
  readBy!: Officer;

  @Field((_type) => [String], { description: "The reader's roles when reading" })
  actorRoles!: string[];

  @Field((_type) => String)
  actorDepartment!: string;

  @Field((_type) => ID, { nullable: true, description: "The reader's organisation" })
  organisationId!: string | null;

  @Field((_type) => String, { description: "The ground (REVEAL_RULES) the read was allowed on" })
  ground!: string;

  @Field((_type) => PersonalDataField)
  field!: PersonalDataField;

  @Field((_type) => ID)
  partyId!: string;

  @Field((_type) => ID, { nullable: true })
  personId!: string | null;

  @Field((_type) => ID)
  disputeId!: string;

  @Field((_type) => String, { description: "The dispute's place when read" })
  placeCode!: string;

  @Field((_type) => DisclosurePurpose)
  purpose!: DisclosurePurpose;

  @Field((_type) => String)
  purposeDetail!: string;

  @Field((_type) => String, { description: "The request that read it, as in every service's logs" })
  requestId!: string;
}
