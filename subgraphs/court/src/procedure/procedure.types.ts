import { Officer } from "@hub/subgraph-kit";
import { GraphQLDateTime } from "graphql-scalars";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { ApplicationMaterial } from "../applications/application-record";
import { ConclusionLimit, HearingManner, ObjectionStatus, ObjectorKind, ServiceMethod } from "./procedure-enums";

@ObjectType({ description: "限期补交 An order to supply missing materials by a deadline (民诉法解释 354)" })
export class SupplementOrder {
  @Field((_type) => ID)
  id!: string;

  @Field((_type) => [ApplicationMaterial])
  missing!: ApplicationMaterial[];

  @Field((_type) => GraphQLDateTime)
  orderedAt!: Date;

  @Field((_type) => GraphQLDateTime, {
    description: "补交期限; not supplied by then, the court may deem the application withdrawn (民诉法解释 357(2))",
  })
  dueAt!: Date;

  @Field((_type) => Officer)
  orderedBy!: Officer;

  @Field((_type) => GraphQLDateTime, { nullable: true })
  suppliedAt!: Date | null;

  @Field((_type) => Officer, { nullable: true })
  suppliedRecordedBy!: Officer | null;
}

@ObjectType({ description: "到场核实 A party appearing or heard before the ruling (民诉法解释 356)" })
export class PartyHearing {
  @Field((_type) => ID)
  id!: string;

  @Field((_type) => ID, { description: "The party (the centre's Party id)" })
  partyId!: string;

  @Field((_type) => HearingManner)
  manner!: HearingManner;

  @Field((_type) => GraphQLDateTime)
  heardAt!: Date;

  @Field((_type) => String, { nullable: true })
  notes!: string | null;

  @Field((_type) => Officer)
  recordedBy!: Officer;
}

@ObjectType({ description: "送达 The ruling served on one party (民诉法解释 372: the party's 15 days run from it)" })
export class RulingService {
  @Field((_type) => ID)
  id!: string;

  @Field((_type) => ID, { description: "The party served (the centre's Party id)" })
  partyId!: string;

  @Field((_type) => GraphQLDateTime, { description: "送达日期 When the party received the ruling" })
  servedAt!: Date;

  @Field((_type) => ServiceMethod)
  method!: ServiceMethod;

  @Field((_type) => GraphQLDateTime, { description: "This party's last moment to object: 15 days from service (民诉法解释 372)" })
  objectionDeadline!: Date;

  @Field((_type) => Officer)
  recordedBy!: Officer;
}

@ObjectType({ description: "异议 An objection to the ruling and how the court decided it (民诉法解释 372)" })
export class RulingObjection {
  @Field((_type) => ID)
  id!: string;

  @Field((_type) => ObjectorKind)
  objectorKind!: ObjectorKind;

  @Field((_type) => ID, { nullable: true, description: "The objecting party (the centre's Party id), for a party's objection" })
  partyId!: string | null;

  @Field((_type) => String, { nullable: true, description: "The interested person, as they named themselves" })
  objectorName!: string | null;

  @Field((_type) => GraphQLDateTime, { nullable: true, description: "When the interested person learned of the harm" })
  learnedOfHarmAt!: Date | null;

  @Field((_type) => String)
  grounds!: string;

  @Field((_type) => ObjectionStatus)
  status!: ObjectionStatus;

  @Field((_type) => GraphQLDateTime)
  filedAt!: Date;

  @Field((_type) => Officer, { description: "The clerk who registered it" })
  filedBy!: Officer;

  @Field((_type) => GraphQLDateTime, { nullable: true })
  reviewStartedAt!: Date | null;

  @Field((_type) => GraphQLDateTime, { nullable: true })
  decidedAt!: Date | null;

  @Field((_type) => Officer, { nullable: true, description: "The judge who decided it" })
  decidedBy!: Officer | null;

  @Field((_type) => String, { nullable: true })
  decisionReasoning!: string | null;
}

@ObjectType({ description: "延长审限 An extension approved by the court president, with its reason" })
export class ConclusionExtension {
  @Field((_type) => ID)
  id!: string;

  @Field((_type) => ConclusionLimit)
  limit!: ConclusionLimit;

  @Field((_type) => Int)
  days!: number;

  @Field((_type) => String)
  reason!: string;

  @Field((_type) => String, { description: "批准的院长 The president who approved it" })
  approvedByName!: string;

  @Field((_type) => GraphQLDateTime)
  recordedAt!: Date;

  @Field((_type) => Officer)
  recordedBy!: Officer;
}

@ObjectType({ description: "申请执行期间 When the two years to apply for enforcement end, and what they run from (民事诉讼法 art 250 ¶2)" })
export class EnforcementWindow {
  @Field((_type) => ID, {
    nullable: true,
    description: "The agreement's term (justice's id); null where the agreement set no performance period",
  })
  termId!: string | null;

  @Field((_type) => Int, { nullable: true, description: "The term's position in the agreement" })
  position!: number | null;

  @Field((_type) => GraphQLDateTime, {
    description: "The last day of the performance period (the last instalment's), or the ruling's taking effect where none was set",
  })
  runsFrom!: Date;

  @Field((_type) => GraphQLDateTime)
  deadline!: Date;
}
