import { ErrorCode, HubError, invalidInput, requiredText } from "@hub/subgraph-kit";
import type { DisputeParty } from "../graph/justice-graph";
import type { JusticeDb } from "../db";
import { PARTY_REFUSAL_RULE } from "./case-step";
import { MediationTerminationReason } from "./enums";
import type { PartyConsentInput } from "./party-consent.input";
import { checkPartyOf } from "./party-check";

export interface Consent {
  partyId: string;
  statement: string;
}

/**
 * 人民调解法 art 17: a party's express refusal stands for the dispute, whichever committee or
 * routing it came under, until that party's consent is recorded after it. A consent given with
 * this acceptance answers the party's standing refusal; one for a party who has none is refused,
 * so that the record says what happened.
 */
export async function checkStandingRefusals(
  db: JusticeDb,
  disputeId: string,
  parties: readonly DisputeParty[],
  consents: readonly PartyConsentInput[],
): Promise<Consent[]> {
  const given = consents.map((consent, i) => {
    const party = checkPartyOf(parties, consent.partyId, `input.consents.${i}.partyId`);
    if (consents.findIndex((other) => other.partyId === party.id) !== i) {
      throw invalidInput(`input.consents.${i}.partyId`, "each party once", {
        zh: `当事人“${party.id}”的同意重复`,
        en: `Party "${party.id}" consents twice`,
      });
    }
    const statement = requiredText(
      consent.statement,
      `input.consents.${i}.statement`,
      { zh: "当事人同意调解的意思表示", en: "The party's statement of consent" },
      2000,
      PARTY_REFUSAL_RULE,
    );
    return { partyId: party.id, statement };
  });

  const refusals = await db.mediationCase.findMany({
    where: { disputeId, terminationReason: MediationTerminationReason.PARTY_REFUSED },
    select: { id: true, terminatedByPartyId: true, closedAt: true },
  });
  const latestRefusal = new Map<string, { caseId: string; at: Date }>();
  for (const refusal of refusals) {
    if (!refusal.terminatedByPartyId || !refusal.closedAt) continue;
    const known = latestRefusal.get(refusal.terminatedByPartyId);
    if (!known || known.at < refusal.closedAt) latestRefusal.set(refusal.terminatedByPartyId, { caseId: refusal.id, at: refusal.closedAt });
  }
  const recorded = latestRefusal.size
    ? await db.partyConsent.findMany({
        where: { disputeId, partyId: { in: [...latestRefusal.keys()] } },
        select: { partyId: true, recordedAt: true },
      })
    : [];

  given.forEach((consent, i) => {
    if (!latestRefusal.has(consent.partyId)) {
      throw invalidInput(`input.consents.${i}.partyId`, PARTY_REFUSAL_RULE, {
        zh: "该当事人未曾拒绝调解本纠纷，无需记录同意",
        en: "This party has not refused mediation of the dispute; there is no refusal for a consent to answer",
      });
    }
  });
  for (const [partyId, refusal] of latestRefusal) {
    const answered = recorded.some((consent) => consent.partyId === partyId && consent.recordedAt > refusal.at);
    if (answered || given.some((consent) => consent.partyId === partyId)) continue;
    throw new HubError(
      ErrorCode.REFUSED_BY_RULE,
      {
        zh: "当事人一方已明确拒绝调解本纠纷，不得调解（人民调解法第十七条）；该当事人同意调解的，请在受理时记录其同意",
        en: "A party has expressly refused mediation of this dispute, so it may not be mediated (人民调解法 art 17); if that party now consents, record the consent with the acceptance",
      },
      { field: "input.consents", rule: PARTY_REFUSAL_RULE, refusedCaseId: refusal.caseId, refusedByPartyId: partyId },
    );
  }
  return given;
}
