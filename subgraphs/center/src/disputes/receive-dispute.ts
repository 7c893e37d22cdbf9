import { randomUUID } from "node:crypto";
import { appendEvents, eventRow, idempotencyClaim, idempotentCreate, invalidInput, type Actor, type FieldCipher } from "@hub/subgraph-kit";
import type { Centre as CentreRow, Dispute as DisputeRow } from "../../generated/client";
import type { DuplicateSettings } from "../config/duplicates";
import type { CenterDb } from "../db";
import { findLikelyDuplicates, recordDuplicateReview } from "../duplicates/open-duplicate-review";
import { recordPartyOrganisations } from "../organisations/record-organisation";
import { checkAddressDivisions } from "../persons/check-contact";
import { recordPartyPersons } from "../persons/record-party-persons";
import { nextDisputeNumber } from "./dispute-number";
import { checkPartnerIntake, receivesAsPartner } from "./partner-intake";
import type { ReceiveDisputeInput } from "./receive-dispute.input";
import { validateReceiveInput } from "./receive-dispute.validation";

export interface ReceiveOptions {
  /** Refuses a receiving centre the caller may not receive for (the officers' path); public intake names its own centre. */
  authorizeCentre?: (centre: CentreRow) => void;
  /** The earliest `receivedAt` the receipt may record (the configured floor). */
  receivedAtFloor?: Date;
  /** Whose idempotency keys these are, when not the actor's organisation (public intake: each submitter's own). */
  idempotencyOwner?: { operation: string; organisationId: string | null; userId: string };
}

/** 受理: records a dispute, its parties and its number in one transaction; a repeated idempotency key returns the first. */
export async function receiveDispute(
  db: CenterDb,
  cipher: FieldCipher,
  actor: Actor,
  raw: ReceiveDisputeInput,
  now: Date,
  duplicates: DuplicateSettings,
  options: ReceiveOptions = {},
): Promise<DisputeRow> {
  const id = randomUUID();
  const owner = options.idempotencyOwner ?? { operation: "receiveDispute", ...actor };
  const claim = idempotencyClaim(owner.operation, owner, raw, id);
  const input = validateReceiveInput(raw, now, options.receivedAtFloor);
  const partner = receivesAsPartner(actor);
  if (partner) checkPartnerIntake(actor, input, null);
  const centreId = input.receivingCentreId ?? actor.organisationId;
  if (!centreId) {
    throw invalidInput("input.receivingCentreId", "required", {
      zh: "请指定受理中心：当前账号未隶属任何综治中心",
      en: "Name the receiving centre: your account belongs to no centre",
    });
  }
  await checkAddressDivisions(db, input.parties);
  const [place, centre] = await Promise.all([
    db.division.findUnique({ where: { code: input.placeCode } }),
    db.centre.findUnique({ where: { id: centreId } }).catch(() => null),
  ]);
  if (!place) {
    throw invalidInput("input.placeCode", "GB/T 10114", {
      zh: `区划代码“${input.placeCode}”不存在`,
      en: `Division code "${input.placeCode}" does not exist`,
    });
  }
  if (!centre) {
    throw invalidInput("input.receivingCentreId", "registered centre", {
      zh: `受理中心“${centreId}”未登记`,
      en: `Receiving centre "${centreId}" is not registered`,
    });
  }
  if (partner) checkPartnerIntake(actor, input, centre);
  else options.authorizeCentre?.(centre);

  const receivedAt = input.receivedAt ?? now;
  return idempotentCreate(db, {
    claim,
    create: async (tx) => {
      const { personIds, agentPersonIds } = await recordPartyPersons(tx, cipher, actor, id, input.parties, now);
      const organisationIds = await recordPartyOrganisations(tx, input.parties);
      const parties = input.parties.map((party, position) => ({
        id: randomUUID(),
        disputeId: id,
        position,
        role: party.role,
        kind: party.kind,
        name: party.name,
        personId: personIds[position] ?? null,
        organisationId: organisationIds[position] ?? null,
        agentPersonId: agentPersonIds[position] ?? null,
        agentName: party.agent?.name ?? null,
      }));
      const likely = await findLikelyDuplicates(tx, duplicates, { id, ...input, receivedAt, parties });
      const number = await nextDisputeNumber(tx, input.placeCode, receivedAt);
      const dispute = await tx.dispute.create({
        data: {
          id,
          number,
          channel: input.channel,
          category: input.category,
          facts: input.facts,
          claims: input.claims,
          amountFen: input.amountFen == null ? null : BigInt(input.amountFen),
          placeCode: input.placeCode,
          gridCode: input.gridCode ?? null,
          receivingCentreId: centre.id,
          receivingOfficerId: actor.userId,
          receivingOfficerName: actor.name,
          receivedAt,
        },
      });
      // Logged here, before the duplicate review's own entry that follows it.
      await appendEvents(
        tx,
        eventRow(actor, {
          type: "dispute.received",
          disputeId: id,
          subjectType: "Dispute",
          subjectId: id,
          summary: `${centre.name}受理纠纷（${number}）`,
          occurredAt: receivedAt,
          payload: {
            number,
            status: "RECEIVED",
            category: input.category,
            channel: input.channel,
            placeCode: input.placeCode,
            receivingCentreId: centre.id,
          },
        }),
      );
      await tx.party.createMany({ data: parties });
      await recordDuplicateReview(tx, actor, duplicates, { id, centreId: centre.id }, likely, now);
      return { result: dispute, events: [] };
    },
    original: (disputeId) => db.dispute.findUniqueOrThrow({ where: { id: disputeId } }),
  });
}
