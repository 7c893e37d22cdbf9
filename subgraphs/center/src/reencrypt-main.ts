import { createLogger, FieldCipher } from "@hub/subgraph-kit";
import { createCenterDb } from "./db";
import { loadCenterEnv } from "./env";
import { reencryptPersons } from "./persons/reencrypt";

/** `npm run reencrypt -w @hub/center`: after adding a new current data key, moves stored values onto it. */
async function main(): Promise<void> {
  const env = loadCenterEnv();
  const log = createLogger("center-reencrypt", env.LOG_LEVEL);
  const cipher = new FieldCipher({ keys: env.HUB_DATA_KEYS, currentKeyId: env.HUB_DATA_KEY_CURRENT, indexKey: env.HUB_BLIND_INDEX_KEY });
  const { db, close } = createCenterDb({ url: env.DATABASE_URL, poolSize: 2 });
  try {
    log.info({ reencrypted: await reencryptPersons(db, cipher), currentKeyId: env.HUB_DATA_KEY_CURRENT }, "re-encryption finished");
  } finally {
    await close();
  }
}

void main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
