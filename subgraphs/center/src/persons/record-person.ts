import { randomUUID } from "node:crypto";
import type { FieldCipher } from "@hub/subgraph-kit";
import type { Prisma } from "../../generated/client";
import { parseResidentId } from "./resident-id";

/**
 * The root record of the person with this (already validated) ID number: found by its blind
 * index, or created. Concurrent receipts of the same person meet on the unique index, so a
 * person is recorded once however many channels bring them at the same moment.
 */
export async function recordPerson(tx: Prisma.TransactionClient, cipher: FieldCipher, idNumber: string): Promise<string> {
  const parsed = parseResidentId(idNumber);
  if (typeof parsed === "string") throw new Error("recordPerson needs a validated ID number");
  const [row] = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO person (id, id_number_index, id_number_cipher, gender, birth_date)
    VALUES (${randomUUID()}::uuid, ${cipher.blindIndex(parsed.value)}, ${cipher.encrypt(parsed.value)},
            ${parsed.gender}::"PersonGender", ${parsed.birthDate}::date)
    ON CONFLICT (id_number_index) DO UPDATE
      SET gender = COALESCE(person.gender, EXCLUDED.gender), birth_date = COALESCE(person.birth_date, EXCLUDED.birth_date)
    RETURNING id`;
  if (!row) throw new Error("person upsert returned no row");
  return row.id;
}
