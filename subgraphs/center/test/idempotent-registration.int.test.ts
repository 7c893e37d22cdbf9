import { randomUUID } from "node:crypto";
import { centreSupervisor } from "../../../tests/support/actors";
import { startSubgraph, type RunningSubgraph } from "../../../tests/support/subgraph-harness";
import { createCenterServer, type CenterServer } from "../src/server";

const REGISTER = `mutation($input: RegisterCentreInput!) { registerCentre(input: $input) { id name } }`;

let center: RunningSubgraph<CenterServer>;

beforeAll(async () => {
  center = await startSubgraph("center", createCenterServer);
});
afterAll(() => center.stop());

describe("idempotent registration of centres", () => {
  it("registers one centre from 20 concurrent identical submissions with one key; another payload under the key is a CONFLICT", async () => {
    const supervisor = centreSupervisor();
    const input = {
      id: randomUUID(),
      name: `东河区综治中心-${randomUUID().slice(0, 6)}`,
      divisionCode: "150202",
      idempotencyKey: `centre-${randomUUID()}`,
    };
    const results = await Promise.all(
      Array.from({ length: 20 }, () => center.request<{ registerCentre: { id: string } }>(REGISTER, { input }, supervisor)),
    );
    for (const result of results) expect(result.errors).toBeUndefined();
    expect(new Set(results.map((result) => result.data?.registerCentre.id))).toEqual(new Set([input.id]));
    expect(await center.server.db.centre.count({ where: { name: input.name } })).toBe(1);

    const anotherCentre = await center.request(REGISTER, { input: { ...input, id: randomUUID() } }, supervisor);
    expect(anotherCentre.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", field: "input.idempotencyKey" });
    expect(anotherCentre.errors?.[0]?.extensions).not.toHaveProperty("resultId");
    expect(await center.server.db.centre.count({ where: { name: input.name } })).toBe(1);
  });
});
