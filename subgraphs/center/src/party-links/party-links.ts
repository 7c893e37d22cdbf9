import { isUuid } from "@hub/subgraph-kit";
import DataLoader from "dataloader";
import type { CenterDb } from "../db";
import { PartyLinkKind, type PartyLink } from "./party-link.type";

interface LinkedParty {
  id: string;
  role: string;
  personId: string | null;
  agentPersonId: string | null;
  phoneIndex: string | null;
  addressIndex: string | null;
}

/**
 * The pairs of parties on opposite sides that are one person, or share a phone, an address or an
 * agent (the agent may also be the other side itself), compared by root records and keyed blind
 * indexes, so nothing is decrypted.
 */
export function linksBetween(parties: readonly LinkedParty[]): PartyLink[] {
  const links: PartyLink[] = [];
  const sides = parties.filter((party) => party.role !== "THIRD_PARTY");
  for (const [i, a] of sides.entries()) {
    for (const b of sides.slice(i + 1)) {
      if (a.role === b.role) continue;
      const same = (x: string | null, y: string | null) => x !== null && x === y;
      const pair = { partyA: a.id, partyB: b.id };
      if (same(a.personId, b.personId)) links.push({ kind: PartyLinkKind.SAME_PERSON, ...pair });
      if (same(a.phoneIndex, b.phoneIndex)) links.push({ kind: PartyLinkKind.SHARED_PHONE, ...pair });
      if (same(a.addressIndex, b.addressIndex)) links.push({ kind: PartyLinkKind.SHARED_ADDRESS, ...pair });
      if (same(a.agentPersonId, b.agentPersonId) || same(a.agentPersonId, b.personId) || same(b.agentPersonId, a.personId)) {
        links.push({ kind: PartyLinkKind.SHARED_AGENT, ...pair });
      }
    }
  }
  return links;
}

/** One query for the parties (with their persons' indexes) of every dispute asked for in a tick. */
export function partyLinksLoader(db: CenterDb): DataLoader<string, PartyLink[]> {
  return new DataLoader(async (ids: readonly string[]) => {
    const rows = await db.party.findMany({
      where: { disputeId: { in: ids.filter(isUuid) } },
      select: {
        id: true,
        disputeId: true,
        role: true,
        personId: true,
        agentPersonId: true,
        person: { select: { phoneIndex: true, addressIndex: true } },
      },
      orderBy: [{ disputeId: "asc" }, { position: "asc" }],
    });
    const byDispute = new Map<string, LinkedParty[]>();
    for (const row of rows) {
      const list = byDispute.get(row.disputeId) ?? [];
      list.push({ ...row, phoneIndex: row.person?.phoneIndex ?? null, addressIndex: row.person?.addressIndex ?? null });
      byDispute.set(row.disputeId, list);
    }
    return ids.map((id) => linksBetween(byDispute.get(id) ?? []));
  });
}
