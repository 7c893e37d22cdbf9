import { ErrorCode, eventRow, HubError, LostRace, type Actor } from "@hub/subgraph-kit";
import type { Prisma } from "../../generated/client";
import { agreementMachine } from "../agreements/agreement-machine";
import { AgreementForm, AgreementSigner, AgreementStatus } from "../agreements/enums";

/** A written agreement takes effect only once every party signs (art 29); one a party never signs ends as a failed mediation (art 26). */
export const UNSIGNED_AGREEMENT_RULE = "人民调解法 arts 26, 29";

/**
 * Lapses the case's written agreement, in the transaction that ends the case as FAILED, under a
 * lock on the agreement row (so that a signature racing in either lands first and is seen, or
 * waits and is refused). Refused when the agreement binds already, or every party has signed and
 * only the mediator's signature or the seal is missing: the committee completes those itself.
 */
export async function lapseUnsignedAgreement(
  tx: Prisma.TransactionClient,
  actor: Actor,
  caseId: string,
  disputeId: string,
  now: Date,
): Promise<{ agreementId: string; unsignedPartyIds: string[] }> {
  const [locked] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM mediation_agreement WHERE case_id = ${caseId}::uuid FOR UPDATE`;
  const agreement = locked
    ? await tx.mediationAgreement.findUniqueOrThrow({ where: { id: locked.id }, include: { signatures: true } })
    : null;
  if (!agreement || agreement.form !== AgreementForm.WRITTEN || agreement.status !== AgreementStatus.AWAITING_SIGNATURES) {
    throw new HubError(
      ErrorCode.REFUSED_BY_RULE,
      {
        zh: "调解协议已经生效，对当事人具有法律约束力，不能作为调解不成终结（人民调解法第三十一条）；就履行或者内容发生争议的，可以向人民法院起诉（第三十二条）",
        en: "The agreement is in effect and binds the parties, so the mediation cannot be ended as failed (人民调解法 art 31); a dispute over its performance or content goes to court (art 32)",
      },
      { field: "input.caseId", rule: "人民调解法 art 31", agreementId: agreement?.id ?? null, agreementStatus: agreement?.status ?? null },
    );
  }
  const signed = new Set(agreement.signatures.filter((s) => s.signer === AgreementSigner.PARTY).map((s) => s.partyId));
  const unsignedPartyIds = agreement.partyIds.filter((partyId) => !signed.has(partyId));
  if (!unsignedPartyIds.length) {
    throw new HubError(
      ErrorCode.REFUSED_BY_RULE,
      {
        zh: "各方当事人均已签署调解协议，尚缺的调解员签名或委员会印章应由调解委员会补全，不能作为调解不成终结",
        en: "Every party has signed; the mediator's signature or the committee's seal still missing is the committee's to complete, not a failed mediation",
      },
      { field: "input.caseId", rule: UNSIGNED_AGREEMENT_RULE, agreementId: agreement.id },
    );
  }
  const next = agreementMachine.next(agreement.status, "LAPSE");
  // Conditional, like every step: an agreement that took effect meanwhile rolls the failed mediation back (CONFLICT).
  const { count } = await tx.mediationAgreement.updateMany({
    where: { id: agreement.id, status: agreement.status },
    data: { status: next },
  });
  if (count === 0) throw new LostRace();
  await tx.eventLog.create({
    data: eventRow(actor, {
      type: "mediation.agreement_lapsed",
      disputeId,
      subjectType: "MediationAgreement",
      subjectId: agreement.id,
      summary: `书面调解协议有${unsignedPartyIds.length}名当事人未签署，协议未生效，调解不成终结（人民调解法第二十九条、第二十六条）`,
      occurredAt: now,
      payload: { caseId, agreementId: agreement.id, status: next, unsignedPartyIds },
    }),
  });
  return { agreementId: agreement.id, unsignedPartyIds };
}
