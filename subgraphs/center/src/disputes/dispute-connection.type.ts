import { Field, ObjectType } from "type-graphql";
import { Dispute } from "./dispute.type";

@ObjectType()
export class PageInfo {
  @Field((_type) => Boolean)
  hasNextPage!: boolean;

  @Field((_type) => String, { nullable: true, description: "Pass as `after` for the next page" })
  endCursor!: string | null;
}

@ObjectType({ description: "A page of disputes, newest received first" })
export class DisputeConnection {
  @Field((_type) => [Dispute])
  nodes!: Dispute[];

  @Field((_type) => PageInfo)
  pageInfo!: PageInfo;
}
