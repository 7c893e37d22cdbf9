import { HubClient, HubRequestError, WholeCaseDocument } from "../../clients/sdk/src";
import { centreSupervisor } from "../support/actors";
import { startHub, type RunningHub } from "../support/hub-harness";
import { seedDisputeAcrossDepartments, seedOrganisations } from "./seed";

let hub: RunningHub;

beforeAll(async () => {
  hub = await startHub();
});
afterAll(() => hub.stop());

describe("the SDK's partner operations against the running hub", () => {
  it("WholeCase returns a dispute across the four departments, with masked ID numbers and the case file", async () => {
    const seeded = await seedDisputeAcrossDepartments(hub, await seedOrganisations(hub));
    const client = new HubClient({ url: hub.gatewayUrl, token: await hub.tokenFor(centreSupervisor()) });
    const { dispute } = await client.request(WholeCaseDocument, { id: seeded.disputeId });
    expect(dispute.number).toBe(seeded.number);
    expect(dispute.parties.map((party) => party.idNumberMasked)).toEqual(
      seeded.idNumbers.map((idNumber) => `${idNumber.slice(0, 6)}************`),
    );
    expect(dispute.mediationCases?.[0]?.agreement?.status).toBe("EFFECTIVE");
    expect(dispute.confirmationApplications?.[0]?.status).toBe("FILED");
    expect(new Set(dispute.caseFile.map((entry) => entry.department))).toEqual(new Set(["CENTER", "JUSTICE", "COURT", "PROCURATORATE"]));
  });

  it("surfaces refusals as HubRequestError with their stable codes", async () => {
    const client = new HubClient({ url: hub.gatewayUrl, token: await hub.tokenFor(centreSupervisor()) });
    const error = await client.request(WholeCaseDocument, { id: "00000000-0000-4000-8000-000000000000" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HubRequestError);
    expect((error as HubRequestError).codes).toContain("FORBIDDEN");
  });
});
