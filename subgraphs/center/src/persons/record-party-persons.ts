import type { Actor, FieldCipher } from "@hub/subgraph-kit";
import type { Prisma } from "../../generated/client";
import type { AddressInput } from "./address.input";
import type { AgentInput } from "./agent.input";
import { recordContact, type Contact } from "./record-contact";
import { recordPerson } from "./record-person";

export interface PartyPersons {
  idNumber?: string | null;
  phone?: string | null;
  address?: AddressInput | null;
  agent?: AgentInput | null;
}

/**
 * The root records of every party's person and agent (in party order), with the contact data
 * the submission gave. Persons are locked in the order of their blind index, so two receipts
 * naming the same persons in another order queue instead of deadlocking.
 */
export async function recordPartyPersons(
  tx: Prisma.TransactionClient,
  cipher: FieldCipher,
  actor: Actor,
  disputeId: string,
  parties: readonly PartyPersons[],
  now: Date,
): Promise<{ personIds: (string | null)[]; agentPersonIds: (string | null)[] }> {
  const contacts = new Map<string, Contact>();
  const give = (idNumber: string, phone: string | null | undefined, address: AddressInput | null | undefined) => {
    const contact = contacts.get(idNumber) ?? { phone: null, address: null };
    contacts.set(idNumber, { phone: phone ?? contact.phone, address: address ?? contact.address });
  };
  for (const party of parties) {
    if (party.idNumber) give(party.idNumber, party.phone, party.address);
    if (party.agent) give(party.agent.idNumber, party.agent.phone, null);
  }
  const ordered = [...contacts.keys()].sort((a, b) => (cipher.blindIndex(a) < cipher.blindIndex(b) ? -1 : 1));
  const personOf = new Map<string, string>();
  for (const idNumber of ordered) personOf.set(idNumber, await recordPerson(tx, cipher, idNumber));
  for (const idNumber of ordered) {
    const personId = personOf.get(idNumber);
    const contact = contacts.get(idNumber);
    if (personId && contact) await recordContact(tx, cipher, actor, personId, contact, disputeId, now);
  }
  return {
    personIds: parties.map((party) => (party.idNumber ? (personOf.get(party.idNumber) ?? null) : null)),
    agentPersonIds: parties.map((party) => (party.agent ? (personOf.get(party.agent.idNumber) ?? null) : null)),
  };
}
