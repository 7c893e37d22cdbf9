import { authorize } from "@hub/subgraph-kit";
import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import type { MediationCase as MediationCaseRow } from "../../generated/client";
import { concludeWithAgreement } from "../agreements/conclude-with-agreement";
import { ConcludeWithAgreementInput } from "../agreements/conclude-with-agreement.input";
import type { JusticeContext } from "../context";
import { assignMediator } from "./assign-mediator";
import { AssignMediatorInput } from "./assign-mediator.input";
import { concludeWithFailure } from "./conclude-with-failure";
import { ConcludeWithFailureInput } from "./conclude-with-failure.input";
import { EndMediationAtPartyRequestInput } from "./end-mediation-at-party-request.input";
import { MediationTerminationReason } from "./enums";
import { MediationCase } from "./mediation-case.type";
import { RecordPartyRefusalInput } from "./record-party-refusal.input";
import { recordSession } from "./record-session";
import { RecordSessionInput } from "./record-session.input";
import { terminateMediation } from "./terminate-mediation";

/** The steps of a mediation case after acceptance; each is allowed to the case's committee and the bureau over it. */
@Resolver()
export class MediationStepsResolver {
  @Mutation((_returns) => MediationCase, {
    description: "指定调解员 The committee assigns a mediator (人民调解法 art 19) or records the one the parties chose (art 23)",
  })
  async assignMediator(@Arg("input", (_type) => AssignMediatorInput) input: AssignMediatorInput, @Ctx() context: JusticeContext) {
    authorize(context, "assignMediator");
    return logged(context, "mediator assigned", await assignMediator(context, input));
  }

  @Mutation((_returns) => MediationCase, {
    description:
      "记录调解 Records a session (public or private, art 23; a risk reported to the police, art 25); the first moves the case to IN_SESSION",
  })
  async recordSession(@Arg("input", (_type) => RecordSessionInput) input: RecordSessionInput, @Ctx() context: JusticeContext) {
    authorize(context, "recordSession");
    return logged(context, "mediation session recorded", await recordSession(context, input));
  }

  @Mutation((_returns) => MediationCase, {
    description: "当事人拒绝调解 A party's express refusal ends the case: TERMINATED, and no further step is allowed (人民调解法 art 17)",
  })
  async recordPartyRefusal(
    @Arg("input", (_type) => RecordPartyRefusalInput) input: RecordPartyRefusalInput,
    @Ctx() context: JusticeContext,
  ) {
    authorize(context, "recordPartyRefusal");
    return logged(context, "party refused mediation", await terminateMediation(context, input, MediationTerminationReason.PARTY_REFUSED));
  }

  @Mutation((_returns) => MediationCase, { description: "终止调解 A party asks to end the mediation: TERMINATED (人民调解法 art 23)" })
  async endMediationAtPartyRequest(
    @Arg("input", (_type) => EndMediationAtPartyRequestInput) input: EndMediationAtPartyRequestInput,
    @Ctx() context: JusticeContext,
  ) {
    authorize(context, "endMediationAtPartyRequest");
    return logged(
      context,
      "mediation ended at a party's request",
      await terminateMediation(context, input, MediationTerminationReason.PARTY_REQUESTED_END),
    );
  }

  @Mutation((_returns) => MediationCase, {
    description:
      "达成调解协议 Records the agreement (人民调解法 arts 28-29; every term states its manner and deadline of performance): the case becomes AGREEMENT_REACHED; an oral agreement is effective at once, a written one awaits signatures and the seal",
  })
  async concludeWithAgreement(
    @Arg("input", (_type) => ConcludeWithAgreementInput) input: ConcludeWithAgreementInput,
    @Ctx() context: JusticeContext,
  ) {
    authorize(context, "concludeWithAgreement");
    return logged(context, "mediation agreement reached", await concludeWithAgreement(context, input));
  }

  @Mutation((_returns) => MediationCase, {
    description:
      "调解不成 Ends a failed mediation, recording that the parties were told of arbitration, administrative and judicial routes (人民调解法 art 26)",
  })
  async concludeWithFailure(
    @Arg("input", (_type) => ConcludeWithFailureInput) input: ConcludeWithFailureInput,
    @Ctx() context: JusticeContext,
  ) {
    authorize(context, "concludeWithFailure");
    return logged(context, "mediation failed", await concludeWithFailure(context, input));
  }
}

function logged(context: JusticeContext, message: string, row: MediationCaseRow): MediationCaseRow {
  context.log.info({ mediationCaseId: row.id, disputeId: row.disputeId, status: row.status }, message);
  return row;
}
