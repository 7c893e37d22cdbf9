import { DEPARTMENT_REGISTRY } from "@hub/contract";
import { CaseEvent } from "@hub/subgraph-kit";
import { GraphQLDateTime } from "graphql-scalars";
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { DisputeCategory, DisputeChannel, DisputeStatus } from "./enums";

@Directive('@key(fields: "id")')
@ObjectType({ description: "纠纷 A civil dispute, entered once at a centre and referenced by every department" })
export class Dispute {
  @Field((_type) => ID)
  id!: string;

  @Field((_type) => String, { description: "Human-readable number: county code, year, sequence (150202-2026-000012)" })
  number!: string;

  @Field((_type) => DisputeChannel)
  channel!: DisputeChannel;

  @Field((_type) => DisputeCategory)
  category!: DisputeCategory;

  @Field((_type) => DisputeStatus)
  status!: DisputeStatus;

  @Field((_type) => String, { description: "事实 The facts as the parties told them" })
  facts!: string;

  @Field((_type) => String, { description: "请求 What the applicant asks for" })
  claims!: string;

  @Field((_type) => String, { description: "Township-level division code where the dispute arose" })
  placeCode!: string;

  @Field((_type) => String, { nullable: true, description: "网格 Grid within the township, when known" })
  gridCode!: string | null;

  @Field((_type) => GraphQLDateTime, { description: "受理时间 When the centre received it" })
  receivedAt!: Date;
}

/**
 * Each other department's events on the dispute (`caseFileEvents` in subgraphs/registry.json),
 * resolved by that department; the centre reads them only to assemble the case file.
 */
export const CASE_FILE_EVENT_FIELDS: readonly string[] = DEPARTMENT_REGISTRY.flatMap((entry) =>
  entry.caseFileEvents ? [entry.caseFileEvents] : [],
);
for (const field of CASE_FILE_EVENT_FIELDS) {
  Directive("@external")(Dispute.prototype, field);
  Field((_type) => [CaseEvent], { nullable: true })(Dispute.prototype, field);
}
