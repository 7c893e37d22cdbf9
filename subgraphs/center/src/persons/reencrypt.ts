import type { FieldCipher } from "@hub/subgraph-kit";
import type { CenterDb } from "../db";

/**
 * Key rotation, second half: re-encrypts every stored ID number, phone and address detail still
 * sealed with a retired key under the current one, a batch at a time, so the old key can then
 * be removed from HUB_DATA_KEYS. Safe to stop and run again (a row changed meanwhile is left for
 * the next pass); the blind indexes do not change. Returns the number of persons rewritten.
 */
export async function reencryptPersons(db: CenterDb, cipher: FieldCipher, batchSize = 500): Promise<number> {
  const current = `v1:${cipher.currentKeyId}:`;
  const stale = { not: { startsWith: current } };
  const again = (sealed: string | null) => (sealed === null ? null : cipher.encrypt(cipher.decrypt(sealed)));
  let done = 0;
  let after = "00000000-0000-0000-0000-000000000000";
  for (;;) {
    const rows = await db.person.findMany({
      where: { id: { gt: after }, OR: [{ idNumberCipher: stale }, { phoneCipher: stale }, { addressDetailCipher: stale }] },
      select: { id: true, idNumberCipher: true, phoneCipher: true, addressDetailCipher: true },
      orderBy: { id: "asc" },
      take: batchSize,
    });
    if (rows.length === 0) return done;
    await db.$transaction(
      rows.map((row) =>
        db.person.updateMany({
          where: row,
          data: {
            idNumberCipher: again(row.idNumberCipher) ?? row.idNumberCipher,
            phoneCipher: again(row.phoneCipher),
            addressDetailCipher: again(row.addressDetailCipher),
          },
        }),
      ),
    );
    done += rows.length;
    after = rows.at(-1)?.id ?? after;
  }
}
