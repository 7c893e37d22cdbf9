import { GraphQLDateTime } from "graphql-scalars";
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { ApplicationForm, ApplicationMaterial } from "./application-record";
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

  @Field((_type) => GraphQLDateTime, {
    description: "登记时间 When the clerk registered the application (appliedAt: when the parties applied)",
  })
  filedAt!: Date;

  @Field((_type) => ApplicationForm, { description: "书面或口头申请 (民诉法解释 353)" })
  form!: ApplicationForm;

  @Field((_type) => String, { nullable: true, description: "口头申请笔录 The court's record of an oral application (民诉法解释 353)" })
  oralRecord!: string | null;

  @Field((_type) => [ApplicationMaterial], { description: "提交的材料 The materials filed and supplied (民诉法解释 354)" })
  materials!: ApplicationMaterial[];

  @Field((_type) => String, {
    nullable: true,
    description:
      "标的物所在地 The subject matter's division where the application stated it apart from the dispute's place (民事诉讼法 art 205(2))",
  })
  subjectMatterPlaceCode!: string | null;

  @Field((_type) => Boolean, {
    description: "按撤回申请处理 Withdrawn because ordered materials were not supplied in time (民诉法解释 357(2))",
  })
  deemedWithdrawn!: boolean;

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
    description:
      "申请执行期限 Last moment to apply for enforcement of a valid ruling: 2 years from the last day of the agreement's performance periods, from the ruling only where none was set (民事诉讼法 art 250 ¶2); per term in enforcementWindows; fixed when ruled",
  })
  enforcementDeadline!: Date | null;

  @Field((_type) => GraphQLDateTime, { nullable: true, description: "撤回时间 When the application was withdrawn (民诉法解释 357)" })
  withdrawnAt!: Date | null;

  @Field((_type) => String, { nullable: true })
  withdrawalReason!: string | null;
}
