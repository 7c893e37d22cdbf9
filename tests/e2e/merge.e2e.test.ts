import { centreOfficer, centreSupervisor } from "../support/actors";
import { startHub, type RunningHub } from "../support/hub-harness";
import { statementsOn } from "../support/subgraph-harness";
import { seedOrganisations } from "./seed";
import { expectData, step, type Organisations } from "./steps";

const MERGE = `mutation($input: MergeDisputesInput!) { mergeDisputes(input: $input) { id status mergedIds } }`;
const WHOLE = /* GraphQL */ `
  query ($id: ID!) {
    dispute(id: $id) {
      id
      status
      mergedIds
      survivor {
        id
      }
      mergedDisputes {
        id
        number
      }
      currentRouting {
        id
        status
      }
      mediationCases {
        id
        dispute {
          id
        }
      }
      justiceEvents {
        type
      }
      caseFile {
        department
        type
        summary
      }
    }
  }
`;

let hub: RunningHub;
let org: Organisations;

beforeAll(async () => {
  hub = await startHub();
  org = await seedOrganisations(hub);
});
afterAll(() => hub.stop());

/** A dispute routed to the committee and accepted there: a mediation case is filed under its id. */
async function inMediation() {
  const dispute = await step.receive(hub, org);
  const routing = expectData(await step.routeToCommittee(hub, org, dispute.disputeId)).routeDispute;
  const caseId = expectData(await step.acceptMediation(hub, org, dispute.disputeId)).acceptMediationCase.id;
  return { ...dispute, routingId: routing.id, caseId };
}

const merge = (mergedId: string, survivorId: string, reason = "同一交通事故，分别由热线和窗口登记为两件") =>
  hub.request(MERGE, { input: { mergedId, survivorId, reason } }, centreOfficer(org.centreId));

describe("merging two disputes recorded separately by mistake (合并)", () => {
  it("keeps both histories in the survivor's case file, and the mediation case filed under the merged id follows it", async () => {
    const merged = await inMediation();
    const survivor = await step.receive(hub, org);
    const result = expectData(await merge(merged.disputeId, survivor.disputeId)).mergeDisputes;
    // The merged one was being handled: the survivor takes its place in the procedure.
    expect(result).toEqual({ id: survivor.disputeId, status: "IN_HANDLING", mergedIds: [merged.disputeId] });

    const { dispute } = expectData(await hub.request(WHOLE, { id: survivor.disputeId }, centreSupervisor()));
    expect(dispute.mergedDisputes).toEqual([{ id: merged.disputeId, number: merged.number }]);
    expect(dispute.currentRouting).toEqual({ id: merged.routingId, status: "ACCEPTED" });
    expect(dispute.mediationCases).toEqual([{ id: merged.caseId, dispute: { id: merged.disputeId } }]);
    expect(dispute.justiceEvents.map((event: { type: string }) => event.type)).toContain("mediation.accepted");
    const story = dispute.caseFile.map((entry: { department: string; type: string }) => `${entry.department} ${entry.type}`);
    expect(story.filter((line: string) => line === "CENTER dispute.received")).toHaveLength(2);
    expect(story).toEqual(
      expect.arrayContaining(["CENTER routing.routed", "JUSTICE mediation.accepted", "CENTER dispute.merged", "CENTER dispute.merged_in"]),
    );
    expect(dispute.caseFile.find((entry: { type: string }) => entry.type === "dispute.merged_in").summary).toContain("同一交通事故");

    // The merged record stays readable, under its own id, and points at its survivor.
    const old = expectData(await hub.request(WHOLE, { id: merged.disputeId }, centreSupervisor())).dispute;
    expect(old).toMatchObject({ id: merged.disputeId, status: "MERGED", survivor: { id: survivor.disputeId }, mergedIds: [] });
    expect(old.mediationCases).toEqual([{ id: merged.caseId, dispute: { id: merged.disputeId } }]);
  }, 60_000);

  it("follows merges in one query per department for many disputes", async () => {
    const batchOrg = await seedOrganisations(hub);
    const pairs = [];
    for (let i = 0; i < 4; i++) {
      const dispute = await step.receive(hub, batchOrg);
      expectData(await step.routeToCommittee(hub, batchOrg, dispute.disputeId));
      const caseId = expectData(await step.acceptMediation(hub, batchOrg, dispute.disputeId)).acceptMediationCase.id;
      const survivor = await step.receive(hub, batchOrg);
      expectData(
        await hub.request(
          MERGE,
          { input: { mergedId: dispute.disputeId, survivorId: survivor.disputeId, reason: "重复登记" } },
          centreOfficer(batchOrg.centreId),
        ),
      );
      pairs.push({ survivorId: survivor.disputeId, caseId });
    }
    const LIST = `query($centre: ID!) { disputes(first: 20, filter: { receivingCentreId: $centre, status: IN_HANDLING }) { nodes {
      id mergedIds mediationCases { id } justiceEvents { type } confirmationApplications { id } supervisionCases { id }
    } } }`;
    hub.resetQueries();
    const { data, errors } = await hub.request(LIST, { centre: batchOrg.centreId }, centreSupervisor());
    expect(errors).toBeUndefined();
    const byId = new Map(
      data.disputes.nodes.map((node: { id: string; mediationCases: { id: string }[] }) => [node.id, node.mediationCases]),
    );
    for (const pair of pairs) expect(byId.get(pair.survivorId)).toEqual([{ id: pair.caseId }]);
    const { center, justice, court, procuratorate } = hub.subgraphs;
    expect(statementsOn(center.queries, "dispute")).toBe(1);
    expect(statementsOn(justice.queries, "mediation_case")).toBe(1);
    expect(statementsOn(justice.queries, "event_log")).toBe(1);
    expect(statementsOn(court.queries, "confirmation_application")).toBe(1);
    expect(statementsOn(procuratorate.queries, "supervision_case")).toBe(1);
  }, 120_000);

  it("refuses merging a dispute into itself, into a merged one, across two handled ones, and without a reason", async () => {
    const first = await step.receive(hub, org);
    const second = await step.receive(hub, org);
    const itself = await merge(first.disputeId, first.disputeId);
    expect(itself.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.survivorId" });
    const noReason = await merge(first.disputeId, second.disputeId, "  ");
    expect(noReason.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.reason" });
    const unknown = await merge("5f1d2c3b-0000-4000-8000-00000000abcd", second.disputeId);
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.mergedId" });

    expectData(await merge(first.disputeId, second.disputeId));
    const third = await step.receive(hub, org);
    const intoMerged = await merge(third.disputeId, first.disputeId);
    expect(intoMerged.errors?.[0]?.extensions).toMatchObject({
      code: "REFUSED_BY_RULE",
      field: "input.survivorId",
      survivorId: second.disputeId,
    });
    const again = await merge(first.disputeId, third.disputeId);
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: "ILLEGAL_TRANSITION", currentState: "MERGED" });

    const a = await inMediation();
    const b = await step.receive(hub, org);
    expectData(await step.routeToCommittee(hub, org, b.disputeId));
    const bothHandled = await merge(a.disputeId, b.disputeId);
    expect(bothHandled.errors?.[0]?.extensions).toMatchObject({
      code: "REFUSED_BY_RULE",
      field: "input.mergedId",
      survivorStatus: "ROUTED",
    });
    expect(bothHandled.errors?.[0]?.message).toMatch(/撤回.*\/ .*withdraw/);
  }, 60_000);
});
