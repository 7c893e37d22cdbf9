import { computeDeadline, type DeadlineResult } from "@hub/subgraph-kit";
import { GraphQLDateTime } from "graphql-scalars";
import { Ctx, FieldResolver, ID, Int, Resolver, Root } from "type-graphql";
import type { SupervisionCase as SupervisionCaseRow } from "../../generated/client";
import { DEFAULT_PROCURATORATE_DEADLINES } from "../config/deadlines";
import type { ProcuratorateContext } from "../context";
import { SupervisionLeadKind } from "./enums";
import { SupervisionCase } from "./supervision-case.type";

/** 民事诉讼法 art 220: a party's application is decided within 3 months of its opening; own-motion cases have no such limit. */
function decisionDeadline(row: SupervisionCaseRow): DeadlineResult | null {
  if (row.grounds !== "PARTY_APPLICATION") return null;
  return computeDeadline(row.openedAt, DEFAULT_PROCURATORATE_DEADLINES.partyApplicationDecision);
}

/** What a case supervises, who applied, and the time limit of a party's application. */
@Resolver((_of) => SupervisionCase)
export class SupervisionApplicationResolver {
  @FieldResolver((_type) => SupervisionLeadKind, {
    nullable: true,
    description: "监督对象 The kind of act supervised, however the case was opened",
  })
  subjectKind(@Root() row: SupervisionCaseRow): SupervisionLeadKind | null {
    return row.subjectKind;
  }

  @FieldResolver((_type) => ID, { nullable: true, description: "The ConfirmationApplication (ruling) or MediationAgreement id supervised" })
  subjectId(@Root() row: SupervisionCaseRow): string | null {
    return row.subjectId;
  }

  @FieldResolver((_type) => ID, {
    nullable: true,
    description: "申请人 The party who applied (民事诉讼法 art 220), by the centre's party key",
  })
  applicantPartyId(@Root() row: SupervisionCaseRow): string | null {
    return row.applicantPartyId;
  }

  @FieldResolver((_type) => Boolean, {
    nullable: true,
    description:
      "Whether the conclusion found state or public interest harmed (民诉法解释 411); null before the conclusion or when not stated",
  })
  publicInterestHarmed(@Root() row: SupervisionCaseRow): boolean | null {
    return row.publicInterestHarmed;
  }

  @FieldResolver((_type) => GraphQLDateTime, {
    nullable: true,
    description:
      "审查期限 When a party's application must be decided: 3 months from its opening (民事诉讼法 art 220); null for own-motion cases",
  })
  decisionDueAt(@Root() row: SupervisionCaseRow): Date | null {
    return decisionDeadline(row)?.dueAt ?? null;
  }

  @FieldResolver((_type) => Boolean, { description: "超期 A party's application still undecided past its 3 months" })
  decisionOverdue(@Root() row: SupervisionCaseRow, @Ctx() context: ProcuratorateContext): boolean {
    const deadline = decisionDeadline(row);
    return deadline !== null && row.concludedAt === null && context.now.getTime() > deadline.dueAt.getTime();
  }

  @FieldResolver((_type) => [Int], {
    description: "节假日安排缺失 Years the decision limit touches that the holiday calendar does not cover (counted on weekends alone)",
  })
  decisionCalendarMissingFor(@Root() row: SupervisionCaseRow): number[] {
    return decisionDeadline(row)?.calendarMissingFor ?? [];
  }
}
