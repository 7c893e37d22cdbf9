import { randomUUID } from "node:crypto";
import type { ProcuratorateServer } from "../../subgraphs/procuratorate/src/server";
import { prosecutor } from "../support/actors";
import { startHub, type RunningHub } from "../support/hub-harness";
import { seedOrganisations } from "../e2e/seed";
import { expectData, step, type Organisations } from "../e2e/steps";

/**
 * Finding 2: any prosecutor could open a supervision case (立案) on any dispute, even one that
 * does not exist. The dispute must exist and lie in the prosecutor's Dispute scope (人民检察院民事
 * 诉讼监督规则 (2021) 管辖: the procuratorate supervises within its area), as the centre answers it.
 */
let hub: RunningHub;
let org: Organisations;

const OPEN = `mutation($input: OpenSupervisionCaseInput!) { openSupervisionCase(input: $input) { id dispute { id } } }`;
const prosecutorOf = (jurisdictionCode: string) => ({ ...prosecutor(randomUUID()), jurisdictionCode });
const openOn = (disputeId: string, jurisdictionCode: string) =>
  hub.request<{ openSupervisionCase: { id: string } }>(
    OPEN,
    { input: { disputeId, grounds: "MAJOR_SOCIAL_IMPACT", summary: "社会影响重大，依职权监督" } },
    prosecutorOf(jurisdictionCode),
  );

beforeAll(async () => {
  hub = await startHub();
  org = await seedOrganisations(hub);
});
afterAll(() => hub.stop());

async function recordsOf(disputeId: string) {
  const { db } = hub.subgraphs.procuratorate.server as ProcuratorateServer;
  const [cases, events] = await Promise.all([
    db.supervisionCase.count({ where: { disputeId } }),
    db.eventLog.count({ where: { disputeId } }),
  ]);
  return { cases, events };
}

describe("立案 only on a dispute in the prosecutor's scope", () => {
  it.each([
    ["a prosecutor of 呼和浩特市新城区 (150102)", "150102"],
    ["a prosecutor of 包头市青山区 (150203), the next county", "150203"],
  ])("refuses %s a case on a 东河区 (150202) dispute, and writes nothing", async (_who, jurisdictionCode) => {
    const { disputeId } = await step.receive(hub, org);
    const response = await openOn(disputeId, jurisdictionCode);
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: "FORBIDDEN",
      reason: "NOT_FOUND_OR_OUT_OF_SCOPE",
      field: "input.disputeId",
    });
    expect(response.data?.openSupervisionCase ?? null).toBeNull();
    expect(await recordsOf(disputeId)).toEqual({ cases: 0, events: 0 });
  });

  it("refuses a case on a dispute that does not exist, as it refuses one out of scope", async () => {
    const unknown = randomUUID();
    const response = await openOn(unknown, "15");
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: "FORBIDDEN",
      reason: "NOT_FOUND_OR_OUT_OF_SCOPE",
      field: "input.disputeId",
    });
    expect(await recordsOf(unknown)).toEqual({ cases: 0, events: 0 });
  });

  it("opens the case for a prosecutor of the dispute's own district (150202) or the city above (1502)", async () => {
    for (const jurisdictionCode of ["150202", "1502"]) {
      const { disputeId } = await step.receive(hub, org);
      const opened = expectData(await openOn(disputeId, jurisdictionCode)).openSupervisionCase;
      expect(opened).toMatchObject({ dispute: { id: disputeId } });
      expect(await recordsOf(disputeId)).toEqual({ cases: 1, events: 1 });
    }
  });
});
