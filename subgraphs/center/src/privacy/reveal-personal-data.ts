import { randomUUID } from "node:crypto";
import { checkUuid, ErrorCode, HubError, invalidInput } from "@hub/subgraph-kit";
import { contactShown } from "../access/scoped-loaders";
import type { CenterContext } from "../context";
import type { PersonalDataField } from "./enums";
import { personalDataValue } from "./personal-data-values";
import type { RevealPersonalDataInput } from "./reveal-personal-data.input";
import type { RevealedPersonalData } from "./revealed-personal-data.type";
import { revealGroundFor } from "./reveal-grounds";

const PURPOSE_DETAIL = { min: 4, max: 500 };

function refused(partyId: string): HubError {
  return new HubError(
    ErrorCode.FORBIDDEN,
    {
      zh: `当事人（${partyId}）不存在，或您无权查阅其完整个人信息`,
      en: `Party ${partyId} does not exist, or you may not read their personal data in full`,
    },
    {
      entity: "Party",
      id: partyId,
      reason: "NOT_FOUND_OR_NO_GROUND",
      rule: "个人信息保护法 arts 6, 28: minimum necessary, specific purpose",
    },
  );
}

function checkInput(input: RevealPersonalDataInput): RevealPersonalDataInput {
  checkUuid(input.partyId, "input.partyId");
  const fields = [...new Set(input.fields)];
  if (fields.length === 0) {
    throw invalidInput("input.fields", "at least one field", { zh: "请指定要查阅的字段", en: "Name at least one field to read" });
  }
  const purposeDetail = input.purposeDetail.trim();
  if ([...purposeDetail].length < PURPOSE_DETAIL.min || [...purposeDetail].length > PURPOSE_DETAIL.max) {
    throw invalidInput("input.purposeDetail", `${PURPOSE_DETAIL.min} to ${PURPOSE_DETAIL.max} characters`, {
      zh: `请以${PURPOSE_DETAIL.min}至${PURPOSE_DETAIL.max}字说明查阅事由`,
      en: `State the purpose in ${PURPOSE_DETAIL.min} to ${PURPOSE_DETAIL.max} characters`,
    });
  }
  return { ...input, fields, purposeDetail };
}

/**
 * 查阅个人信息: reads a party's personal data in full for a stated purpose, on a ground of the
 * caller's role (kit REVEAL_RULES). Each field read writes an access record in the same
 * transaction as the read; without a ground nothing is read and nothing written.
 */
export async function revealPersonalData(raw: RevealPersonalDataInput, context: CenterContext): Promise<RevealedPersonalData> {
  const input = checkInput(raw);
  const party = await context.db.party.findUnique({ where: { id: input.partyId }, include: { dispute: true } });
  if (!party) throw refused(input.partyId);
  const ground = await revealGroundFor(party.dispute, context);
  if (!ground) {
    context.log.warn({ partyId: party.id, disputeId: party.disputeId, fields: input.fields }, "refused a full read of personal data");
    throw refused(input.partyId);
  }
  const { actor } = context;
  return context.db.$transaction(async (tx) => {
    const person = party.personId ? await tx.person.findUnique({ where: { id: party.personId } }) : null;
    // A phone or address is read in full only where it is shown masked: submitted on a dispute in the caller's scope.
    const shown = async (field: PersonalDataField) =>
      field === "ID_NUMBER" || (person !== null && (await contactShown(context.scoped, person.id, field)));
    const values = await Promise.all(
      input.fields.map(async (field) => ({
        field,
        value: (await shown(field)) ? personalDataValue(field, person, context.cipher) : null,
        accessId: randomUUID(),
      })),
    );
    await tx.personalDataAccess.createMany({
      data: values.map(({ field, accessId }) => ({
        id: accessId,
        accessedAt: context.now,
        actorId: actor.userId,
        actorName: actor.name,
        actorRoles: [...actor.roles],
        actorDepartment: actor.department,
        organisationId: actor.organisationId,
        ground,
        field,
        partyId: party.id,
        personId: party.personId,
        disputeId: party.disputeId,
        placeCode: party.dispute.placeCode,
        purpose: input.purpose,
        purposeDetail: input.purposeDetail,
        requestId: context.requestId,
      })),
    });
    context.log.info({ partyId: party.id, disputeId: party.disputeId, fields: input.fields, ground }, "personal data read in full");
    return { partyId: party.id, disputeId: party.disputeId, values };
  });
}
