import { randomInt, randomUUID } from "node:crypto";
import type { JusticeDb } from "../src/db";
import { createJusticeServer, type JusticeServer } from "../src/server";
import { startSubgraph, type RunningSubgraph } from "../../../tests/support/subgraph-harness";
import { StubGraph } from "./stub-graph";

/** A county code of the region no other test is likely to use, so prefix searches see only this test's rows. */
export function uniqueCountyCode(): string {
  return `15${String(randomInt(10, 100))}${String(randomInt(10, 100))}`;
}

/** Registers a unique committee straight in the database, so tests can run side by side. */
export async function seedCommittee(db: JusticeDb, divisionCode = "150202001", name = "和平路街道人民调解委员会") {
  return db.mediationCommittee.create({ data: { id: randomUUID(), name: `${name}-${randomUUID().slice(0, 6)}`, divisionCode } });
}

/** Registers a mediator straight in the database. */
export async function seedMediator(
  db: JusticeDb,
  committeeId: string,
  overrides: { kind?: "COMMITTEE_MEMBER" | "HIRED"; name?: string; gender?: "FEMALE" | "MALE" | null; ethnicity?: string | null } = {},
) {
  return db.mediator.create({
    data: {
      id: randomUUID(),
      name: overrides.name ?? `调解员${randomUUID().slice(0, 4)}`,
      committeeId,
      kind: overrides.kind ?? "COMMITTEE_MEMBER",
      libraries: ["MEDIATOR"],
      // A woman of a smaller ethnic group unless a test says otherwise, so seeded rosters meet 人民调解法 art 9.
      gender: overrides.gender === undefined ? "FEMALE" : overrides.gender,
      ethnicity: overrides.ethnicity === undefined ? "蒙古族" : overrides.ethnicity,
      adultAttested: true,
      registeredAt: new Date(),
      registeredById: "seed",
      registeredByName: "种子数据",
    },
  });
}

/** A dispute id as the centre would hand it out; justice never reads the centre's table. */
export const newDisputeId = () => randomUUID();

export const UNKNOWN_ID = "00000000-0000-4000-8000-000000000000";

/** The justice subgraph with a stub graph standing in for the other departments. */
export async function startJusticeWithStub(clock?: () => Date): Promise<{ justice: RunningSubgraph<JusticeServer>; graph: StubGraph }> {
  const graph = new StubGraph();
  const justice = await startSubgraph("justice", (options) => createJusticeServer({ ...options, graph, clock }));
  return { justice, graph };
}

/** A bilingual message: Chinese first, then English. */
export const BILINGUAL = /[\u4e00-\u9fa5].* \/ .*[A-Za-z]/;
