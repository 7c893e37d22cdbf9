import { databaseFingerprint, type Fingerprinter } from "./database-fingerprint";
import { startHub, type HubOptions, type RunningHub } from "./hub-harness";
import type { DepartmentName } from "./migrations";
import { ownDatabase } from "./own-database";

const DEPARTMENTS: DepartmentName[] = ["center", "justice", "court", "procuratorate"];

export interface FingerprintedHub {
  hub: RunningHub;
  fingerprint: Fingerprinter;
  /** Sends a request that must change nothing and checks every department's database, event log included, is as it was. */
  writingNothing<T>(send: () => Promise<T>): Promise<T>;
  stop(): Promise<void>;
}

/**
 * The hub on databases of the caller's own, so that between two fingerprints only the request
 * in between can have written: a refusal is checked to leave every row as it was.
 */
export async function startFingerprintedHub(options: HubOptions = {}): Promise<FingerprintedHub> {
  const urls = await Promise.all(DEPARTMENTS.map((name) => ownDatabase(name)));
  const databaseUrls = Object.fromEntries(DEPARTMENTS.map((name, i) => [name, urls[i] as string]));
  const hub = await startHub({ ...options, databaseUrls });
  const fingerprint = databaseFingerprint(databaseUrls);
  return {
    hub,
    fingerprint,
    async writingNothing(send) {
      const before = await fingerprint.take();
      const response = await send();
      expect(await fingerprint.take()).toEqual(before);
      return response;
    },
    async stop() {
      await fingerprint.close();
      await hub.stop();
    },
  };
}
