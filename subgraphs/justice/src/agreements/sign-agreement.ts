import { randomUUID } from "node:crypto";
import {
  checkUuid,
  ErrorCode,
  eventRow,
  HubError,
  idempotencyClaim,
  invalidInput,
  notFound,
  requireRole,
  runIdempotently,
} from "@hub/subgraph-kit";
import type { MediationAgreement as AgreementRow, Prisma } from "../../generated/client";
import { requireCommitteeActor } from "../access";
import type { JusticeContext } from "../context";
import { chinaDate } from "../dates";
import { agreementMachine, type AgreementEvent } from "./agreement-machine";
import { AGREEMENT_CONTENTS_RULE } from "./conclude-with-agreement";
import { AgreementSigner, SignatureMethod } from "./enums";
import type { SealAgreementInput } from "./seal-agreement.input";
import type { SignAgreementInput } from "./sign-agreement.input";

const METHOD_ZH: Record<SignatureMethod, string> = { SIGNATURE: "签名", SEAL: "盖章", FINGERPRINT: "按指印" };

/** Loads the agreement a step is about and checks the actor may act for its committee. */
async function loadAgreementForStep(context: JusticeContext, agreementId: string, action: string): Promise<AgreementRow> {
  requireRole(context, ["MEDIATOR", "JUSTICE_OFFICER"], action);
  checkUuid(agreementId, "input.agreementId");
  const agreement = await context.loaders.agreementById.load(agreementId);
  if (!agreement) throw notFound("MediationAgreement", agreementId);
  const mediationCase = await context.loaders.caseById.load(agreement.caseId);
  if (!mediationCase) throw notFound("MediationCase", agreement.caseId);
  const committee = await context.loaders.committeeById.load(mediationCase.committeeId);
  if (!committee) throw notFound("MediationCommittee", mediationCase.committeeId);
  requireCommitteeActor(context, committee, action);
  return agreement;
}

/**
 * Runs `write` on the agreement with its row locked, so that of two last signatures recorded at
 * once, the second sees the first and makes the agreement effective. Then, if every bound party
 * and the mediator have signed and the seal is applied, the agreement takes effect at this moment.
 */
async function stepAgreement(
  context: JusticeContext,
  agreementId: string,
  event: AgreementEvent,
  write: (tx: Prisma.TransactionClient, agreement: AgreementRow, disputeId: string) => Promise<void>,
  now: Date,
): Promise<AgreementRow> {
  return context.db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM mediation_agreement WHERE id = ${agreementId}::uuid FOR UPDATE`;
    const agreement = await tx.mediationAgreement.findUniqueOrThrow({
      where: { id: agreementId },
      include: { case: { select: { disputeId: true } } },
    });
    agreementMachine.next(agreement.status, event);
    await write(tx, agreement, agreement.case.disputeId);

    const [current, signatures] = await Promise.all([
      tx.mediationAgreement.findUniqueOrThrow({ where: { id: agreementId } }),
      tx.agreementSignature.findMany({ where: { agreementId } }),
    ]);
    const signedParties = new Set(signatures.filter((s) => s.signer === AgreementSigner.PARTY).map((s) => s.partyId));
    const { sealedAt } = current;
    const complete =
      signatures.some((s) => s.signer === AgreementSigner.MEDIATOR) && current.partyIds.every((partyId) => signedParties.has(partyId));
    if (sealedAt === null || !complete) return current;

    // The moment the last of the signatures and the seal happened: with two last steps racing,
    // the one that commits second may carry the earlier time.
    const effectiveAt = new Date(Math.max(sealedAt.getTime(), ...signatures.map((s) => s.signedAt.getTime())));
    const next = agreementMachine.next(current.status, "TAKE_EFFECT");
    const { count } = await tx.mediationAgreement.updateMany({
      where: { id: agreementId, status: current.status },
      data: { status: next, effectiveAt },
    });
    if (count !== 1) throw new Error(`agreement ${agreementId} changed under its row lock`);
    await tx.eventLog.create({
      data: eventRow(context.actor, {
        type: "mediation.agreement_effective",
        disputeId: agreement.case.disputeId,
        subjectType: "MediationAgreement",
        subjectId: agreementId,
        summary: `调解协议经各方当事人签署、调解员签名并加盖人民调解委员会印章，自${chinaDate(effectiveAt)}起生效（人民调解法第二十九条）`,
        occurredAt: now,
        payload: { caseId: agreement.caseId, agreementId, status: next, effectiveAt },
      }),
    });
    return tx.mediationAgreement.findUniqueOrThrow({ where: { id: agreementId } });
  });
}

function alreadySigned(field: string, who: { zh: string; en: string }): HubError {
  return new HubError(
    ErrorCode.CONFLICT,
    { zh: `${who.zh}已签署该调解协议`, en: `${who.en} has already signed this agreement` },
    { field, rule: AGREEMENT_CONTENTS_RULE },
  );
}

/** 签署: a bound party signs, seals or fingerprints the written agreement; the mediator signs it (art 29). */
export async function signAgreement(context: JusticeContext, input: SignAgreementInput, now: Date = context.now): Promise<AgreementRow> {
  const signatureId = randomUUID();
  return runIdempotently(
    context.db,
    idempotencyClaim("signAgreement", context.actor, input, signatureId),
    "input.idempotencyKey",
    (claimIn) => sign(context, input, now, signatureId, claimIn),
    async (id) => {
      const signature = await context.db.agreementSignature.findUniqueOrThrow({ where: { id }, select: { agreementId: true } });
      return context.db.mediationAgreement.findUniqueOrThrow({ where: { id: signature.agreementId } });
    },
  );
}

async function sign(
  context: JusticeContext,
  input: SignAgreementInput,
  now: Date,
  signatureId: string,
  claimIn: (tx: Prisma.TransactionClient) => Promise<void>,
): Promise<AgreementRow> {
  const agreement = await loadAgreementForStep(context, input.agreementId, "signAgreement");
  const partyId = input.partyId ?? null;
  if (input.signer === AgreementSigner.PARTY) {
    if (partyId === null) {
      throw invalidInput("input.partyId", AGREEMENT_CONTENTS_RULE, { zh: "请填写签署的当事人", en: "Name the party who signs" });
    }
    if (!agreement.partyIds.includes(partyId)) {
      throw invalidInput("input.partyId", AGREEMENT_CONTENTS_RULE, {
        zh: `“${partyId}”不是受本协议约束的当事人`,
        en: `"${partyId}" is not a party bound by this agreement`,
      });
    }
  } else {
    if (partyId !== null) {
      throw invalidInput("input.partyId", "only for a party's signature", {
        zh: "调解员签名时不填写当事人",
        en: "A mediator's signature names no party",
      });
    }
    if (input.method !== SignatureMethod.SIGNATURE) {
      throw invalidInput("input.method", AGREEMENT_CONTENTS_RULE, {
        zh: "调解员应当在调解协议上签名",
        en: "The mediator signs the agreement (SIGNATURE)",
      });
    }
  }
  agreementMachine.next(agreement.status, "SIGN");

  return stepAgreement(
    context,
    agreement.id,
    "SIGN",
    async (tx, current, disputeId) => {
      await claimIn(tx);
      const earlier = await tx.agreementSignature.findFirst({
        where:
          input.signer === AgreementSigner.PARTY
            ? { agreementId: current.id, partyId }
            : { agreementId: current.id, signer: AgreementSigner.MEDIATOR },
      });
      if (earlier) {
        throw input.signer === AgreementSigner.PARTY
          ? alreadySigned("input.partyId", { zh: "该当事人", en: "This party" })
          : alreadySigned("input.signer", { zh: "调解员", en: "The mediator" });
      }
      const signature = await tx.agreementSignature.create({
        data: {
          id: signatureId,
          agreementId: current.id,
          signer: input.signer,
          partyId,
          method: input.method,
          signedAt: now,
          recordedById: context.actor.userId,
          recordedByName: context.actor.name,
        },
      });
      let summary: string;
      if (input.signer === AgreementSigner.PARTY) {
        const signed = await tx.agreementSignature.count({ where: { agreementId: current.id, signer: AgreementSigner.PARTY } });
        summary = `当事人在调解协议上${METHOD_ZH[input.method]}（已签署${signed}/${current.partyIds.length}人）`;
      } else {
        const mediator = await tx.mediator.findUniqueOrThrow({ where: { id: current.mediatorId } });
        summary = `调解员${mediator.name}在调解协议上签名`;
      }
      await tx.eventLog.create({
        data: eventRow(context.actor, {
          type: "mediation.agreement_signed",
          disputeId,
          subjectType: "MediationAgreement",
          subjectId: current.id,
          summary,
          occurredAt: now,
          payload: { agreementId: current.id, signatureId: signature.id, signer: input.signer, partyId, method: input.method },
        }),
      });
    },
    now,
  );
}

/** 加盖印章: the committee's seal on the written agreement (art 29). */
export async function sealAgreement(context: JusticeContext, input: SealAgreementInput, now: Date = context.now): Promise<AgreementRow> {
  const agreement = await loadAgreementForStep(context, input.agreementId, "sealAgreement");
  agreementMachine.next(agreement.status, "SEAL");
  return stepAgreement(
    context,
    agreement.id,
    "SEAL",
    async (tx, current, disputeId) => {
      if (current.sealedAt) {
        throw new HubError(
          ErrorCode.CONFLICT,
          { zh: "该调解协议已加盖人民调解委员会印章", en: "The committee's seal is already on this agreement" },
          { field: "input.agreementId", sealedAt: current.sealedAt },
        );
      }
      await tx.mediationAgreement.update({
        where: { id: current.id },
        data: { sealedAt: now, sealedById: context.actor.userId, sealedByName: context.actor.name },
      });
      await tx.eventLog.create({
        data: eventRow(context.actor, {
          type: "mediation.agreement_sealed",
          disputeId,
          subjectType: "MediationAgreement",
          subjectId: current.id,
          summary: "调解协议加盖人民调解委员会印章",
          occurredAt: now,
          payload: { agreementId: current.id },
        }),
      });
    },
    now,
  );
}
