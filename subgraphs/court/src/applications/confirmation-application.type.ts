import { GraphQLDateTime } from "graphql-scalars";
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { ConfirmationStatus } from "./confirmation-status";
import { NotAcceptedGround } from "./not-accepted-ground";
import { RejectionGround } from "./rejection-ground";
import { RulingOutcome } from "./ruling-outcome";

@Directive('@key(fields: "id")')
@ObjectType({ description: "司法确认申请 An application to a court to confirm a mediation agreement (民事诉讼法 205-206)" })
export class ConfirmationApplication {
  @Field((_type) => ID)
  id!: string;

  @Field((_type) => ConfirmationStatus)
  status!: ConfirmationStatus;

  @Field((_type) => GraphQLDateTime, { description: "申请时间 When the application was filed" })
  filedAt!: Date;

  @Field((_type) => [ID], { description: "申请人 The parties who applied jointly, as the centre's Party ids" })
  applicantPartyIds!: string[];

  @Field((_type) => ID, { nullable: true, description: "The mediation agreement to confirm, as justice holds it" })
  agreementId!: string | null;

  @Field((_type) => String, { nullable: true, description: "案号, e.g. (2026)内0202民特15号; assigned on acceptance" })
  caseNumber!: string | null;

  @Field((_type) => GraphQLDateTime, { nullable: true, description: "When the court decided whether to accept" })
  acceptanceDecidedAt!: Date | null;

  @Field((_type) => NotAcceptedGround, { nullable: true, description: "不予受理理由 (民诉法解释 355), when not accepted" })
  notAcceptedGround!: NotAcceptedGround | null;

  @Field((_type) => String, { nullable: true, description: "The reasons the court gave with its acceptance decision" })
  acceptanceReason!: string | null;

  @Field((_type) => GraphQLDateTime, { nullable: true, description: "开始审查时间 When a judge took up the review" })
  reviewStartedAt!: Date | null;

  @Field((_type) => RulingOutcome, { nullable: true })
  rulingOutcome!: RulingOutcome | null;

  @Field((_type) => RejectionGround, { nullable: true, description: "驳回理由 (民诉法解释 358), when rejected" })
  rejectionGround!: RejectionGround | null;

  @Field((_type) => String, { nullable: true, description: "裁定理由 The judge's reasoning" })
  rulingReasoning!: string | null;

  @Field((_type) => GraphQLDateTime, { nullable: true, description: "裁定时间 When the ruling was made (taken as served)" })
  ruledAt!: Date | null;

  @Field((_type) => GraphQLDateTime, {
    nullable: true,
    description: "申请执行期限 Last moment to apply for enforcement of a valid ruling: 2 years (民事诉讼法 art 250), fixed when ruled",
  })
  enforcementDeadline!: Date | null;

  @Field((_type) => GraphQLDateTime, {
    nullable: true,
    description:
      "当事人异议期限 Last moment for a party to object to a valid ruling: 15 days from service (民诉法解释 372), fixed when ruled",
  })
  objectionDeadline!: Date | null;

  @Field((_type) => GraphQLDateTime, { nullable: true, description: "撤回时间 When the application was withdrawn (民诉法解释 357)" })
  withdrawnAt!: Date | null;

  @Field((_type) => String, { nullable: true })
  withdrawalReason!: string | null;
}
