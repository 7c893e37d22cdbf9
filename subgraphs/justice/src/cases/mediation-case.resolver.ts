import { authorize, checkUuid, computeDeadline, notFound, Officer, outOfScope } from "@hub/subgraph-kit";
import { Dispute } from "../disputes/dispute.type";
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type {
  MediationAgreement as AgreementRow,
  MediationCase as MediationCaseRow,
  MediationSession as SessionRow,
  Mediator as MediatorRow,
  PartyConsent as ConsentRow,
} from "../../generated/client";
import { MediationAgreement } from "../agreements/mediation-agreement.type";
import { MediationCommittee } from "../committees/mediation-committee.type";
import type { JusticeContext } from "../context";
import { Mediator } from "../mediators/mediator.type";
import { acceptMediationCase } from "./accept-mediation-case";
import { AcceptMediationCaseInput } from "./accept-mediation-case.input";
import { limitOf } from "./case-origin";
import { MediationCase } from "./mediation-case.type";
import { MediationSession } from "./mediation-session.type";
import { PartyConsent } from "./party-consent.type";

@Resolver((_of) => MediationCase)
export class MediationCaseResolver {
  @Query((_returns) => MediationCase, { description: "One mediation case by id" })
  async mediationCase(@Arg("id", (_type) => ID) id: string, @Ctx() context: JusticeContext): Promise<MediationCaseRow> {
    authorize(context, "mediationCase");
    checkUuid(id, "id");
    const found = await context.scoped.mediationCase.load(id);
    if (!found) throw outOfScope("MediationCase", id);
    return found;
  }

  @Mutation((_returns) => MediationCase, {
    description:
      "受理调解 The committee the centre routed a dispute to accepts it (accepting the routing at the centre); members of that committee or justice officers of the bureau over it",
  })
  async acceptMediationCase(
    @Arg("input", (_type) => AcceptMediationCaseInput) input: AcceptMediationCaseInput,
    @Ctx() context: JusticeContext,
  ): Promise<MediationCaseRow> {
    authorize(context, "acceptMediationCase");
    const accepted = await acceptMediationCase(context, input);
    context.log.info(
      { mediationCaseId: accepted.id, disputeId: accepted.disputeId, committeeId: accepted.committeeId },
      "mediation case accepted",
    );
    return accepted;
  }

  @FieldResolver((_type) => Dispute, {
    nullable: true,
    description: "The dispute being mediated (null only while the centre cannot be reached)",
  })
  dispute(@Root() row: MediationCaseRow): Dispute {
    return { id: row.disputeId };
  }

  @FieldResolver((_type) => MediationCommittee, { description: "The committee mediating it" })
  async committee(@Root() row: MediationCaseRow, @Ctx() context: JusticeContext): Promise<MediationCommittee> {
    const committee = await context.loaders.committeeById.load(row.committeeId);
    if (!committee) throw notFound("MediationCommittee", row.committeeId);
    return committee;
  }

  @FieldResolver((_type) => Officer, { description: "受理人 Officer who accepted the case" })
  acceptedBy(@Root() row: MediationCaseRow): Officer {
    return { id: row.acceptedById, name: row.acceptedByName };
  }

  @FieldResolver((_type) => Mediator, { nullable: true, description: "调解员 The mediator assigned or chosen; null until then" })
  async mediator(@Root() row: MediationCaseRow, @Ctx() context: JusticeContext): Promise<MediatorRow | null> {
    return row.mediatorId ? context.loaders.mediatorById.load(row.mediatorId) : null;
  }

  @FieldResolver((_type) => [MediationSession], { description: "调解记录 The sessions held, first first" })
  async sessions(@Root() row: MediationCaseRow, @Ctx() context: JusticeContext): Promise<SessionRow[]> {
    return context.loaders.sessionsByCase.load(row.id);
  }

  @FieldResolver((_type) => MediationAgreement, {
    nullable: true,
    description: "调解协议 The agreement reached; null unless AGREEMENT_REACHED",
  })
  async agreement(@Root() row: MediationCaseRow, @Ctx() context: JusticeContext): Promise<AgreementRow | null> {
    const [agreement] = await context.loaders.agreementByCase.load(row.id);
    if (!agreement) return null;
    context.loaders.agreementById.prime(agreement.id, agreement);
    return agreement;
  }

  @FieldResolver((_type) => [PartyConsent], {
    description: "同意调解 Consents recorded with the acceptance, of parties who had refused mediation of the dispute (人民调解法 art 17)",
  })
  async consents(@Root() row: MediationCaseRow, @Ctx() context: JusticeContext): Promise<ConsentRow[]> {
    return context.loaders.consentsByCase.load(row.id);
  }

  @FieldResolver((_type) => [Int], {
    description:
      "节假日安排缺失 The years the mediation's time limit (dueAt) touches that the holiday calendar does not cover: counted on weekends alone, " +
      "check the date by hand; judged on the limit and calendar in force. Empty when the calendar covers it (民法典 art 203)",
  })
  calendarMissingFor(@Root() row: MediationCaseRow, @Ctx() context: JusticeContext): number[] {
    const from = row.fileSignedForAt ?? row.acceptedAt;
    return computeDeadline(from, limitOf(row.origin, row.courtProcedure, context.deadlines)).calendarMissingFor;
  }

  @FieldResolver((_type) => Officer, { nullable: true, description: "Who recorded the agreement, the failure or the termination" })
  closedBy(@Root() row: MediationCaseRow): Officer | null {
    return row.closedById && row.closedByName ? { id: row.closedById, name: row.closedByName } : null;
  }
}
