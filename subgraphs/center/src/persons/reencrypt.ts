import type { FieldCipher } from "@hub/subgraph-kit";
import type { CenterDb } from "../db";

/**
 * Key rotation, second half: re-encrypts every stored ID number still sealed with a retired key
 * under the current one, a batch at a time, so the old key can then be removed from
 * HUB_DATA_KEYS. Safe to stop and run again; the blind index does not change.
 */
export async function reencryptPersons(db: CenterDb, cipher: FieldCipher, batchSize = 500): Promise<number> {
  const current = `v1:${cipher.currentKeyId}:`;
  let done = 0;
  for (;;) {
    const rows = await db.person.findMany({
      where: { NOT: { idNumberCipher: { startsWith: current } } },
      select: { id: true, idNumberCipher: true },
      take: batchSize,
    });
    if (rows.length === 0) return done;
    await db.$transaction(
      rows.map((row) =>
        db.person.updateMany({
          where: { id: row.id, idNumberCipher: row.idNumberCipher },
          data: { idNumberCipher: cipher.encrypt(cipher.decrypt(row.idNumberCipher)) },
        }),
      ),
    );
    done += rows.length;
  }
}
