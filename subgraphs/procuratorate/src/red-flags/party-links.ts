import type { ScreenedDispute } from "../graph/screened-dispute";

/** How two parties of one dispute are linked. */
export type PartyLinkKind = "SHARED_PHONE" | "SHARED_ADDRESS" | "SHARED_AGENT" | "SAME_PERSON";

/** Two parties of a dispute that share something they should not, by the centre's Party ids. */
export interface PartyLink {
  kind: PartyLinkKind;
  partyA: string;
  partyB: string;
}

/**
 * Per dispute, the pairs of parties sharing a phone, an address or an agent (代理人). The centre
 * holds those (encrypted, matched by keyed blind indexes); this is all the red-flag rule needs of it.
 */
export interface PartyLinkEvidence {
  linksFor(disputes: readonly ScreenedDispute[]): Promise<Map<string, PartyLink[]>>;
}

/** No links at all: for tests that isolate the other rules. */
export const noPartyLinks: PartyLinkEvidence = {
  async linksFor() {
    return new Map();
  },
};

const SHARED: readonly PartyLinkKind[] = ["SHARED_PHONE", "SHARED_ADDRESS", "SHARED_AGENT"];

/**
 * The centre's `Dispute.partyLinks`, read with the dispute itself (no further request): shared
 * phones, addresses and agents. SAME_PERSON is left to `samePersonLinks`, which sees the root records.
 */
export const centrePartyLinks: PartyLinkEvidence = {
  async linksFor(disputes) {
    return new Map(
      disputes.map((dispute) => [
        dispute.id,
        dispute.partyLinks.flatMap((link) =>
          SHARED.includes(link.kind as PartyLinkKind)
            ? [{ kind: link.kind as PartyLinkKind, partyA: link.partyA, partyB: link.partyB }]
            : [],
        ),
      ]),
    );
  },
};

/**
 * The same natural person (one root record, matched by the blind index of the ID number) on
 * both sides of the dispute: the strongest sign of a dispute that is not real.
 */
export function samePersonLinks(dispute: ScreenedDispute): PartyLink[] {
  const links: PartyLink[] = [];
  const sides = dispute.parties.filter((party) => party.personId && party.role !== "THIRD_PARTY");
  for (const [i, a] of sides.entries()) {
    for (const b of sides.slice(i + 1)) {
      if (a.personId === b.personId && a.role !== b.role) links.push({ kind: "SAME_PERSON", partyA: a.id, partyB: b.id });
    }
  }
  return links;
}
