import { createHash } from "node:crypto";
import { FieldCipher } from "@hub/subgraph-kit";
import { centreOfficer } from "../../../tests/support/actors";
import { TEST_DATA_KEYS } from "../../../tests/support/env";
import { ownDatabase } from "../../../tests/support/own-database";
import { startSubgraph, type RunningSubgraph } from "../../../tests/support/subgraph-harness";
import { reencryptPersons } from "../src/persons/reencrypt";
import { checkCharacter } from "../src/persons/resident-id";
import { createCenterServer, type CenterServer } from "../src/server";
import { seedCentre, trafficDispute } from "./fixtures";

let center: RunningSubgraph<CenterServer>;

beforeAll(async () => {
  // Re-encryption rewrites every person, so it runs on a database of its own.
  center = await startSubgraph("center", createCenterServer, { databaseUrl: await ownDatabase("center") });
});
afterAll(() => center.stop());

describe("data key rotation (个人信息保护法: encryption at rest)", () => {
  it("moves every stored ID number, phone and address onto the new current key, keeps them readable and their blind indexes unchanged", async () => {
    const centreId = (await seedCentre(center.server.db)).id;
    const first17 = "15020419770704" + String(Math.floor(Math.random() * 900) + 100);
    const idNumber = first17 + checkCharacter(first17);
    const { errors } = await center.request(
      `mutation($input: ReceiveDisputeInput!) { receiveDispute(input: $input) { id } }`,
      {
        input: trafficDispute({
          parties: [
            {
              role: "APPLICANT",
              kind: "PERSON",
              name: "其其格",
              idNumber,
              phone: "13912340001",
              address: { divisionCode: "150202001", detail: "巴彦塔拉大街1号" },
            },
            { role: "RESPONDENT", kind: "PERSON", name: "王建国" },
          ],
        }),
      },
      centreOfficer(centreId),
    );
    expect(errors).toBeUndefined();

    const old = new FieldCipher({
      keys: TEST_DATA_KEYS.HUB_DATA_KEYS,
      currentKeyId: TEST_DATA_KEYS.HUB_DATA_KEY_CURRENT,
      indexKey: TEST_DATA_KEYS.HUB_BLIND_INDEX_KEY,
    });
    const index = old.blindIndex(idNumber);
    const before = await center.server.db.person.findUniqueOrThrow({ where: { idNumberIndex: index } });
    expect(before.idNumberCipher.startsWith(`v1:${TEST_DATA_KEYS.HUB_DATA_KEY_CURRENT}:`)).toBe(true);
    expect(before.phoneCipher?.startsWith(`v1:${TEST_DATA_KEYS.HUB_DATA_KEY_CURRENT}:`)).toBe(true);

    const rotated = new FieldCipher({
      keys: { ...TEST_DATA_KEYS.HUB_DATA_KEYS, "rotation-2": createHash("sha256").update(`rotation ${index}`).digest() },
      currentKeyId: "rotation-2",
      indexKey: TEST_DATA_KEYS.HUB_BLIND_INDEX_KEY,
    });
    expect(await reencryptPersons(center.server.db, rotated, 50)).toBeGreaterThanOrEqual(1);
    const after = await center.server.db.person.findUniqueOrThrow({ where: { idNumberIndex: index } });
    expect(after.idNumberCipher.startsWith("v1:rotation-2:")).toBe(true);
    expect(rotated.decrypt(after.idNumberCipher)).toBe(idNumber);
    expect(rotated.blindIndex(idNumber)).toBe(index);
    expect(after.phoneCipher?.startsWith("v1:rotation-2:")).toBe(true);
    expect(after.addressDetailCipher?.startsWith("v1:rotation-2:")).toBe(true);
    expect(rotated.decrypt(after.phoneCipher ?? "")).toBe("13912340001");
    expect(rotated.decrypt(after.addressDetailCipher ?? "")).toBe("巴彦塔拉大街1号");
    expect([after.phoneIndex, after.addressIndex]).toEqual([before.phoneIndex, before.addressIndex]);
    const stale = { not: { startsWith: "v1:rotation-2:" } };
    expect(
      await center.server.db.person.count({
        where: { OR: [{ idNumberCipher: stale }, { phoneCipher: stale }, { addressDetailCipher: stale }] },
      }),
    ).toBe(0);
    expect(await reencryptPersons(center.server.db, rotated, 50)).toBe(0);
  });
});
