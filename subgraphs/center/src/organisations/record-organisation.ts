import { randomUUID } from "node:crypto";
import type { Prisma } from "../../generated/client";

/**
 * The root record of the organisation with this (already validated) credit code: found or
 * created. Concurrent receipts of the same organisation meet on the unique index of the code,
 * so it is recorded once however many channels bring it at the same moment. The name first
 * recorded stays; each party keeps the name it was entered under.
 */
export async function recordOrganisation(tx: Prisma.TransactionClient, creditCode: string, name: string): Promise<string> {
  const [row] = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO organisation (id, credit_code, name) VALUES (${randomUUID()}::uuid, ${creditCode}, ${name})
    ON CONFLICT (credit_code) DO UPDATE SET credit_code = organisation.credit_code
    RETURNING id`;
  if (!row) throw new Error("organisation upsert returned no row");
  return row.id;
}

/**
 * The root records of the parties' organisations (in party order, null where a party gave no
 * code), locked in the order of their codes so that concurrent receipts naming the same
 * organisations in another order queue instead of deadlocking.
 */
export async function recordPartyOrganisations(
  tx: Prisma.TransactionClient,
  parties: readonly { creditCode?: string | null; name: string }[],
): Promise<(string | null)[]> {
  const nameOf = new Map<string, string>();
  for (const party of parties) if (party.creditCode && !nameOf.has(party.creditCode)) nameOf.set(party.creditCode, party.name);
  const ids = new Map<string, string>();
  for (const [code, name] of [...nameOf].sort(([a], [b]) => (a < b ? -1 : 1))) ids.set(code, await recordOrganisation(tx, code, name));
  return parties.map((party) => (party.creditCode ? (ids.get(party.creditCode) ?? null) : null));
}
