import { GraphQLDateTime } from "graphql-scalars";
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { CourtProcedure, MediationCaseStatus, MediationOrigin, MediationTerminationReason, OtherRoute } from "./enums";

@Directive('@key(fields: "id")')
@ObjectType({ description: "调解案件 One mediation of a dispute by a people's mediation committee" })
export class MediationCase {
  @Field((_type) => ID)
  id!: string;

  @Field((_type) => MediationCaseStatus)
  status!: MediationCaseStatus;

  @Field((_type) => GraphQLDateTime, { description: "受理时间 When the committee accepted the case" })
  acceptedAt!: Date;

  @Field((_type) => ID, { nullable: true, description: "The centre's Routing this case answered" })
  routingId!: string | null;

  @Field((_type) => ID, {
    nullable: true,
    description:
      "特邀调解 The court (court subgraph's id) that invited or delegated the mediation; null when the committee mediates on its own",
  })
  invitingCourtId!: string | null;

  @Field((_type) => MediationOrigin, { description: "调解来源 People's mediation, or delegated (委派) or entrusted (委托) by a court" })
  origin!: MediationOrigin;

  @Field((_type) => CourtProcedure, { nullable: true, description: "委托调解: the court case's procedure (特邀调解规定 art 27)" })
  courtProcedure!: CourtProcedure | null;

  @Field((_type) => GraphQLDateTime, {
    nullable: true,
    description: "签收时间 When the mediator signed for the court's file; a court-origin case's limit runs from it (特邀调解规定 art 27)",
  })
  fileSignedForAt!: Date | null;

  @Field((_type) => GraphQLDateTime, { description: "调解期限 When the time limit runs out (see timeLimitBasis)" })
  dueAt!: Date;

  @Field((_type) => String, { description: "The source of the time limit, e.g. 特邀调解规定 art 27" })
  timeLimitBasis!: string;

  @Field((_type) => Boolean, {
    nullable: true,
    description: "True when the parties chose the mediator (art 23); null until one is assigned",
  })
  mediatorChosenByParties!: boolean | null;

  @Field((_type) => GraphQLDateTime, { nullable: true, description: "When the current mediator was assigned" })
  mediatorAssignedAt!: Date | null;

  @Field((_type) => GraphQLDateTime, { nullable: true, description: "When the case reached an agreement, failed or was terminated" })
  closedAt!: Date | null;

  @Field((_type) => MediationTerminationReason, { nullable: true, description: "Why the case was TERMINATED" })
  terminationReason!: MediationTerminationReason | null;

  @Field((_type) => ID, { nullable: true, description: "The party who refused (art 17) or asked to end (art 23): the centre's Party id" })
  terminatedByPartyId!: string | null;

  @Field((_type) => String, { nullable: true, description: "What that party said, as recorded" })
  terminationStatement!: string | null;

  @Field((_type) => String, { nullable: true, description: "Why mediation FAILED" })
  failureReason!: string | null;

  @Field((_type) => [OtherRoute], {
    description: "The other routes the parties were told of when mediation failed (art 26); empty otherwise",
  })
  routesExplained!: OtherRoute[];

  @Field((_type) => GraphQLDateTime, {
    nullable: true,
    description:
      "裁定驳回 When the court rejected confirmation of this case's agreement, noted when the dispute was mediated anew (民事诉讼法 art 206); from then the case no longer holds the dispute",
  })
  confirmationRejectedAt!: Date | null;

  @Field((_type) => ID, { nullable: true, description: "The court's confirmation application that was rejected" })
  rejectedApplicationId!: string | null;
}
