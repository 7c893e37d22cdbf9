import { randomUUID } from "node:crypto";
import type { Actor } from "@hub/subgraph-kit";
import { actor, centreOfficer, centreSupervisor, judge, mediator, prosecutor } from "../support/actors";
import { startHub, type RunningHub } from "../support/hub-harness";
import { seedDisputeAcrossDepartments, seedOrganisations } from "../e2e/seed";
import { expectData } from "../e2e/steps";
import { consumeAllFeeds } from "./consume-feeds";

/**
 * Finding 4, the event lists: `Dispute.justiceEvents`, `courtEvents`, `procuratorateEvents`, the
 * centre's `caseFile` built from them and the `timeline` the centre keeps from their feeds
 * followed the dispute's scope, so a caller refused a mediation case, an application or a
 * supervision case at the root still read what was done on it, step by step, with who did it.
 * Each event now follows the scope of the record it is about (kit SCOPE_RULES), as that record's
 * root, nested and `_entities` reads do; an event the caller may not see is left out.
 */
type Entity = "MediationCase" | "ConfirmationApplication" | "SupervisionCase";
const ROOT: Record<Entity, string> = {
  MediationCase: "mediationCase",
  ConfirmationApplication: "confirmationApplication",
  SupervisionCase: "supervisionCase",
};
const DEPARTMENT_LIST: Record<Entity, "justiceEvents" | "courtEvents" | "procuratorateEvents"> = {
  MediationCase: "justiceEvents",
  ConfirmationApplication: "courtEvents",
  SupervisionCase: "procuratorateEvents",
};

interface Record_ {
  entity: Entity;
  id: string;
  label: string;
  /** The ids of every event about this record (its sessions and agreement included), as a regional supervisor sees them. */
  events: string[];
  /** Those events' one-line summaries. */
  summaries: string[];
}

interface EventRef {
  id: string;
  subjectType: string;
  subjectId: string;
  summary?: string;
}
interface TimelineRef {
  eventId: string;
}
interface Lists {
  justiceEvents: EventRef[] | null;
  courtEvents: EventRef[] | null;
  procuratorateEvents: EventRef[] | null;
  caseFile: EventRef[];
  timeline: TimelineRef[];
}

const LISTS = `query($id: ID!) { dispute(id: $id) { id
  justiceEvents { id subjectType subjectId } courtEvents { id subjectType subjectId } procuratorateEvents { id subjectType subjectId }
  caseFile { id subjectType subjectId } timeline { eventId } } }`;

let hub: RunningHub;
let disputeId: string;
let records: Record_[] = [];
let callers: [string, () => Actor][] = [];
const districtProcuratorate = randomUUID();

beforeAll(async () => {
  hub = await startHub();
  const org = await seedOrganisations(hub);
  const seeded = await seedDisputeAcrossDepartments(hub, org);
  disputeId = seeded.disputeId;
  // A second supervision case, opened by the district's own procuratorate.
  const districtCase = expectData(
    await hub.request<{ openSupervisionCase: { id: string } }>(
      `mutation($input: OpenSupervisionCaseInput!) { openSupervisionCase(input: $input) { id } }`,
      { input: { disputeId, grounds: "MAJOR_SOCIAL_IMPACT", summary: "区检察院关注调解协议的履行" } },
      { ...prosecutor(districtProcuratorate), jurisdictionCode: "150202" },
    ),
  ).openSupervisionCase.id;
  await consumeAllFeeds(hub);

  const all = expectData(
    await hub.request<{
      dispute: Lists & { mediationCases: { id: string }[]; confirmationApplications: { id: string }[]; supervisionCases: { id: string }[] };
    }>(
      `query($id: ID!) { dispute(id: $id) {
        mediationCases { id } confirmationApplications { id } supervisionCases { id }
        justiceEvents { id subjectType subjectId summary } courtEvents { id subjectType subjectId summary }
        procuratorateEvents { id subjectType subjectId summary }
      } }`,
      { id: disputeId },
      centreSupervisor("15"),
    ),
  ).dispute;
  const regionalCase = all.supervisionCases.find((row) => row.id !== districtCase)?.id ?? "";
  const about = (events: EventRef[]) => ({ events: events.map((e) => e.id), summaries: events.map((e) => e.summary ?? "") });
  records = [
    {
      entity: "MediationCase",
      id: all.mediationCases[0]?.id ?? "",
      label: "mediation case",
      ...about(all.justiceEvents ?? []),
    },
    {
      entity: "ConfirmationApplication",
      id: all.confirmationApplications[0]?.id ?? "",
      label: "confirmation application",
      ...about(all.courtEvents ?? []),
    },
    ...[
      ["supervision case of the regional procuratorate", regionalCase],
      ["supervision case of the district procuratorate", districtCase],
    ].map(([label, id]) => ({
      entity: "SupervisionCase" as const,
      id: id as string,
      label: label as string,
      ...about((all.procuratorateEvents ?? []).filter((e) => e.subjectId === id)),
    })),
  ];
  // Every caller below may read the dispute itself (Dispute scope): only its records' scopes differ.
  callers = [
    ["centre officer of the receiving centre, jurisdiction elsewhere", () => centreOfficer(org.centreId, "150203")],
    ["centre officer of the district", () => centreOfficer(randomUUID(), "150202")],
    ["regional centre supervisor", () => centreSupervisor("15")],
    ["mediator of the committee", () => mediator(org.committeeId)],
    ["justice officer of the district", () => actor({ department: "JUSTICE", roles: ["JUSTICE_OFFICER"], jurisdictionCode: "150202" })],
    ["judge of the court", () => ({ ...judge(org.courtId), jurisdictionCode: "150202" })],
    ["prosecutor of the district procuratorate", () => ({ ...prosecutor(districtProcuratorate), jurisdictionCode: "150202" })],
    ["prosecutor of the city, another procuratorate", () => ({ ...prosecutor(randomUUID()), jurisdictionCode: "1502" })],
    ["partner system of the district", () => actor({ department: "PARTNER", roles: ["PARTNER_SYSTEM"], jurisdictionCode: "150202" })],
  ];
}, 240_000);
afterAll(() => hub.stop());

async function mayReadAtRoot(entity: Entity, id: string, caller: Actor): Promise<boolean> {
  const root = ROOT[entity];
  const read = await hub.request<Record<string, { id: string } | null>>(`query($id: ID!) { ${root}(id: $id) { id } }`, { id }, caller);
  return read.data?.[root]?.id === id;
}

it("has seeded every record with events about it", () => {
  expect(records.map((record) => [record.label, record.id.length > 0, record.events.length > 0])).toEqual(
    records.map((record) => [record.label, true, true]),
  );
});

it("shows each caller an event in every list exactly when it may read the record the event is about", async () => {
  const seen: string[] = [];
  for (const [who, as] of callers) {
    const caller = as();
    const response = await hub.request<{ dispute: Lists & { id: string } }>(LISTS, { id: disputeId }, caller);
    expect({ who, errors: response.errors }).toEqual({ who, errors: undefined });
    const lists = response.data?.dispute as Lists;
    const shown = {
      department: new Set(
        [...(lists.justiceEvents ?? []), ...(lists.courtEvents ?? []), ...(lists.procuratorateEvents ?? [])].map((e) => e.id),
      ),
      caseFile: new Set(lists.caseFile.map((e) => e.id)),
      timeline: new Set(lists.timeline.map((e) => e.eventId)),
    };
    for (const record of records) {
      const allowed = await mayReadAtRoot(record.entity, record.id, caller);
      const expected = allowed ? record.events : [];
      seen.push(`${record.entity} ${allowed ? "ALLOWED" : "REFUSED"}`);
      for (const [list, ids] of Object.entries(shown)) {
        const listName = list === "department" ? DEPARTMENT_LIST[record.entity] : list;
        expect({ who, record: record.label, list: listName, shown: record.events.filter((id) => ids.has(id)) }).toEqual({
          who,
          record: record.label,
          list: listName,
          shown: expected,
        });
      }
    }
  }
  // Every entity is both read and refused by someone, so the comparison is not vacuous.
  for (const entity of Object.keys(ROOT)) {
    expect([seen.includes(`${entity} ALLOWED`), seen.includes(`${entity} REFUSED`)]).toEqual([true, true]);
  }
}, 120_000);

it("keeps the centre's own steps in every caller's case file", async () => {
  for (const [who, as] of callers) {
    const lists = expectData(await hub.request<{ dispute: Lists }>(LISTS, { id: disputeId }, as())).dispute;
    expect({ who, received: lists.caseFile.some((e) => e.subjectType === "Dispute") }).toEqual({ who, received: true });
  }
}, 60_000);

it("quotes no step of a record the caller may not read in the centre's own lines (the status it followed included)", async () => {
  for (const [who, as] of callers) {
    const caller = as();
    const lines = expectData(
      await hub.request<{ dispute: { centerEvents: { type: string; summary: string }[] } }>(
        `query($id: ID!) { dispute(id: $id) { centerEvents { type summary } } }`,
        { id: disputeId },
        caller,
      ),
    ).dispute;
    // The consumer followed the mediation into the dispute's status, so the centre has lines about it.
    expect(lines.centerEvents.map((e) => e.type)).toContain("dispute.status_followed");
    // The centre's lines are in every caseFile the caller reads; the departments' own lines are checked above.
    const text = lines.centerEvents.map((e) => e.summary);
    for (const record of records) {
      if (await mayReadAtRoot(record.entity, record.id, caller)) continue;
      const quoted = record.summaries.filter((summary) => text.some((line) => line.includes(summary)));
      expect({ who, record: record.label, quoted }).toEqual({ who, record: record.label, quoted: [] });
    }
  }
}, 60_000);
