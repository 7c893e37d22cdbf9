import { type ErrorCode, HubError, invalidInput, type Actor } from "@hub/subgraph-kit";
import type { CenterContext } from "../context";
import { receiveDispute } from "../disputes/receive-dispute";
import type { ReceiveDisputeInput } from "../disputes/receive-dispute.input";
import type { PublicDisputeInput } from "./public-dispute.input";
import type { PublicDisputeReceipt } from "./public-dispute-receipt.type";
import { newTrackingCode, normaliseTrackingCode, trackingCodeHash } from "./tracking-code";

/** Who "received" a public submission: the QR-code channel of the centre scanned (keys are scoped to it). */
function publicIntakeActor(centreId: string): Actor {
  return {
    userId: "public-intake",
    name: "解纷码自助申请",
    organisationId: centreId,
    department: "PUBLIC",
    jurisdictionCode: null,
    roles: ["PUBLIC"],
  };
}

/** The receipt path names `input.parties.N.x`; the public form names `input.x` and `input.respondent.x`. */
const FIELD_NAMES: [RegExp, string][] = [
  [/^input\.parties\.0\./, "input."],
  [/^input\.parties\.1\./, "input.respondent."],
  [/^input\.receivingCentreId$/, "input.centreId"],
];

function inPublicTerms(error: unknown): unknown {
  if (!(error instanceof HubError) || typeof error.extensions.field !== "string") return error;
  const field = error.extensions.field;
  const renamed = FIELD_NAMES.reduce((name, [pattern, replacement]) => name.replace(pattern, replacement), field);
  return new HubError(
    error.extensions.code as ErrorCode,
    { zh: String(error.extensions.messageZh), en: String(error.extensions.messageEn) },
    { ...error.extensions, field: renamed },
  );
}

/**
 * Public keys are not the centre officers' keys, nor shared by every resident: each submitter's
 * are their own (by the blind index of their ID number), so a key sent by someone else neither
 * replays nor conflicts with theirs.
 */
function publicKeyOwner(input: PublicDisputeInput, context: CenterContext) {
  const submitter = context.cipher.blindIndex(input.idNumber.trim().toUpperCase());
  return { operation: `submitPublicDispute:${input.centreId}`, organisationId: null, userId: submitter };
}

function asReceipt(input: PublicDisputeInput): ReceiveDisputeInput {
  if (typeof input.centreId !== "string" || !/^[0-9a-f-]{36}$/i.test(input.centreId)) {
    throw invalidInput("input.centreId", "a centre's id from its QR code", { zh: "解纷码无效", en: "The QR code names no centre" });
  }
  return {
    channel: "QR_CODE",
    category: input.category,
    facts: input.facts,
    claims: input.claims,
    placeCode: input.placeCode,
    receivingCentreId: input.centreId,
    parties: [
      { role: "APPLICANT", kind: "PERSON", name: input.name, idNumber: input.idNumber, phone: input.phone },
      ...(input.respondent ? [{ role: "RESPONDENT" as const, kind: input.respondent.kind, name: input.respondent.name }] : []),
    ],
    idempotencyKey: input.idempotencyKey ?? null,
  };
}

/**
 * 解纷码受理: a resident's own submission, received through the same path as receiveDispute
 * (validation, person records, number, event log, idempotency), with a tracking code that is
 * returned this once and stored only as its hash. A retry under the same key returns the same
 * case with a further code; each code given out follows that one case.
 */
export async function submitPublicDispute(input: PublicDisputeInput, context: CenterContext): Promise<PublicDisputeReceipt> {
  let dispute;
  try {
    dispute = await receiveDispute(
      context.db,
      context.cipher,
      publicIntakeActor(input.centreId),
      asReceipt(input),
      context.now,
      context.duplicates,
      { idempotencyOwner: publicKeyOwner(input, context) },
    );
  } catch (error) {
    throw inPublicTerms(error);
  }
  const trackingCode = newTrackingCode();
  const canonical = normaliseTrackingCode(trackingCode);
  if (!canonical) throw new Error("a generated tracking code did not parse");
  await context.db.publicTrackingCode.create({
    data: { codeHash: trackingCodeHash(canonical), disputeId: dispute.id, issuedAt: context.now },
  });
  context.log.info({ disputeId: dispute.id }, "public submission received");
  return { trackingCode, status: dispute.status, receivedAt: dispute.receivedAt };
}
