import { randomInt, randomUUID } from "node:crypto";
import type { JusticeDb } from "../src/db";

/** A county code of the region no other test is likely to use, so prefix searches see only this test's rows. */
export function uniqueCountyCode(): string {
  return `15${String(randomInt(10, 100))}${String(randomInt(10, 100))}`;
}

/** Registers a unique committee straight in the database, so tests can run side by side. */
export async function seedCommittee(db: JusticeDb, divisionCode = "150202001", name = "和平路街道人民调解委员会") {
  return db.mediationCommittee.create({ data: { id: randomUUID(), name: `${name}-${randomUUID().slice(0, 6)}`, divisionCode } });
}

/** A dispute id as the centre would hand it out; justice never reads the centre's table. */
export const newDisputeId = () => randomUUID();

export const UNKNOWN_ID = "00000000-0000-4000-8000-000000000000";
