import { authorize, Officer } from "@hub/subgraph-kit";
import { GraphQLDateTime } from "graphql-scalars";
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import type { SupervisionCase as SupervisionCaseRow } from "../../generated/client";
import type { ProcuratorateContext } from "../context";
import { SupervisionOutcome } from "./enums";
import { SupervisionCase } from "./supervision-case.type";
import { ConcludeSupervisionInput, StartSupervisionReviewInput } from "./supervision-step.inputs";
import { concludeSupervision, startSupervisionReview } from "./supervision-steps";

function officer(id: string | null, name: string | null): Officer | null {
  return id && name ? { id, name } : null;
}

@Resolver((_of) => SupervisionCase)
export class SupervisionStepsResolver {
  @Mutation((_returns) => SupervisionCase, {
    description: "审查 Start reviewing a supervision case (prosecutors of the procuratorate that opened it)",
  })
  startSupervisionReview(
    @Arg("input", (_type) => StartSupervisionReviewInput) input: StartSupervisionReviewInput,
    @Ctx() context: ProcuratorateContext,
  ): Promise<SupervisionCaseRow> {
    authorize(context, "startSupervisionReview");
    return startSupervisionReview(context, input);
  }

  @Mutation((_returns) => SupervisionCase, { description: "结案 Conclude a supervision case with its outcome" })
  concludeSupervision(
    @Arg("input", (_type) => ConcludeSupervisionInput) input: ConcludeSupervisionInput,
    @Ctx() context: ProcuratorateContext,
  ): Promise<SupervisionCaseRow> {
    authorize(context, "concludeSupervision");
    return concludeSupervision(context, input);
  }

  @FieldResolver((_type) => SupervisionOutcome, { nullable: true, description: "监督结果 The outcome, once concluded" })
  outcome(@Root() row: SupervisionCaseRow): SupervisionOutcome | null {
    return row.outcome;
  }

  @FieldResolver((_type) => String, { nullable: true, description: "结案情况 What was found and done" })
  outcomeSummary(@Root() row: SupervisionCaseRow): string | null {
    return row.outcomeSummary;
  }

  @FieldResolver((_type) => GraphQLDateTime, { nullable: true })
  reviewStartedAt(@Root() row: SupervisionCaseRow): Date | null {
    return row.reviewStartedAt;
  }

  @FieldResolver((_type) => Officer, { nullable: true })
  reviewStartedBy(@Root() row: SupervisionCaseRow): Officer | null {
    return officer(row.reviewStartedById, row.reviewStartedByName);
  }

  @FieldResolver((_type) => GraphQLDateTime, { nullable: true, description: "结案时间" })
  concludedAt(@Root() row: SupervisionCaseRow): Date | null {
    return row.concludedAt;
  }

  @FieldResolver((_type) => Officer, { nullable: true })
  concludedBy(@Root() row: SupervisionCaseRow): Officer | null {
    return officer(row.concludedById, row.concludedByName);
  }

  @FieldResolver((_type) => GraphQLDateTime, {
    nullable: true,
    description: "文书制发时间 When the outcome's instrument (检察建议书, 抗诉书, 线索移送函) was issued",
  })
  outcomeIssuedAt(@Root() row: SupervisionCaseRow): Date | null {
    return row.outcomeIssuedAt;
  }

  @FieldResolver((_type) => String, { nullable: true, description: "文书编号 The instrument's document number" })
  outcomeDocumentNumber(@Root() row: SupervisionCaseRow): string | null {
    return row.outcomeDocumentNumber;
  }
}
