import { invalidInput } from "@hub/subgraph-kit";
import type { DisputeParty } from "../graph/justice-graph";

/** Refuses a party id that is not one of the dispute's parties, naming the field. */
export function checkPartyOf(parties: readonly DisputeParty[], partyId: string, field: string): DisputeParty {
  const party = parties.find((candidate) => candidate.id === partyId);
  if (!party) {
    throw invalidInput(field, "a party of the dispute", {
      zh: `“${partyId}”不是本纠纷的当事人`,
      en: `"${partyId}" is not a party to this dispute`,
    });
  }
  return party;
}

/** Each id must be a party of the dispute (field `<field>.<i>`), and none twice. */
export function checkPartiesOf(parties: readonly DisputeParty[], partyIds: readonly string[], field: string): DisputeParty[] {
  const seen = new Set<string>();
  return partyIds.map((partyId, i) => {
    if (seen.has(partyId)) {
      throw invalidInput(`${field}.${i}`, "each party once", { zh: `当事人“${partyId}”重复`, en: `Party "${partyId}" is listed twice` });
    }
    seen.add(partyId);
    return checkPartyOf(parties, partyId, `${field}.${i}`);
  });
}
