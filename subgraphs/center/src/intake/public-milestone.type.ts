import { GraphQLDateTime } from "graphql-scalars";
import { Field, ObjectType } from "type-graphql";

@ObjectType({ description: "办理节点 A public step in the case: when, and what happened, without who" })
export class PublicMilestone {
  @Field((_type) => GraphQLDateTime)
  at!: Date;

  @Field((_type) => String, { description: "e.g. 已受理, 已分流至承办单位" })
  label!: string;
}
