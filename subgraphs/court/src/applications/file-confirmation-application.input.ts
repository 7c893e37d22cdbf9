import { GraphQLDateTime } from "graphql-scalars";
import { Field, ID, InputType } from "type-graphql";
import { ApplicationForm, ApplicationMaterial } from "./application-record";
import { OralRecordInput } from "./oral-record.input";

/**
 * Keys only: the dispute, the agreement and the parties' names and ID numbers stay with the
 * departments that hold them and are read through the graph.
 */
@InputType({ description: "Files a judicial-confirmation application by reference to records other departments hold" })
export class FileConfirmationApplicationInput {
  @Field((_type) => ID, { description: "The mediation case whose effective agreement is to be confirmed, as justice holds it" })
  mediationCaseId!: string;

  @Field((_type) => ID, { description: "The court applied to" })
  courtId!: string;

  @Field((_type) => [ID], {
    description:
      "申请人 The parties applying jointly, in person or through an agent, as the centre's Party ids: every party bound by the agreement (民事诉讼法 art 205; 民诉法解释 351)",
  })
  applicantPartyIds!: string[];

  @Field((_type) => GraphQLDateTime, {
    nullable: true,
    description:
      "申请时间 When the parties applied, where earlier than this registration (not in the future); the 30 days are judged on it",
  })
  appliedAt?: Date | null;

  @Field((_type) => ApplicationForm, { nullable: true, description: "书面或口头申请 (民诉法解释 353); WRITTEN when omitted" })
  form?: ApplicationForm | null;

  @Field((_type) => OralRecordInput, { nullable: true, description: "Required for an oral application, refused for a written one" })
  oralRecord?: OralRecordInput | null;

  @Field((_type) => [ApplicationMaterial], {
    nullable: true,
    description: "提交的材料 The materials filed (民诉法解释 354); any missing must be supplied before acceptance",
  })
  materials?: ApplicationMaterial[] | null;

  @Field((_type) => String, {
    nullable: true,
    description: "标的物所在地 The subject matter's division code where it differs from the dispute's place (民事诉讼法 art 205(2))",
  })
  subjectMatterPlaceCode?: string | null;

  @Field((_type) => String, {
    nullable: true,
    description: "幂等键 Sent again with the same payload (a retry), it returns the application first filed instead of a refusal",
  })
  idempotencyKey?: string | null;
}
