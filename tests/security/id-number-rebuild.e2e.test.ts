import { MATRIX_ROLES, type Actor, type Role } from "@hub/subgraph-kit";
import { actor, centreOfficer, centreSupervisor, courtClerk, judge, mediator, prosecutor } from "../support/actors";
import { startHub, type RunningHub } from "../support/hub-harness";
import { uniqueIdNumber } from "../support/id-numbers";
import { seedOrganisations } from "../e2e/seed";
import { expectData, mediateToAgreement, step } from "../e2e/steps";
import { addMasked, countCandidates, datesOfAgeBand, emptyClues, fits, type IdClues } from "./id-number-candidates";
import { everyField } from "./selection";

/**
 * Finding: `idNumberMasked` kept characters 1-6 and 15-18 while `birthDate` gave 7-14, so anyone
 * who could read a party rebuilt the full resident ID number (GB 11643) without the audited
 * reveal (个人信息保护法 arts 28, 51). For every role, reading everything the graph shows of a
 * party (generated from the schema), the real number must stay one of many candidates.
 */
let hub: RunningHub;
let disputeId: string;
let idNumbers: string[];

/** Fewer candidates than this and a guess is too likely to be right. */
const AT_LEAST = 100;

const inScope = (org: Awaited<ReturnType<typeof seedOrganisations>>): Record<Role, () => Actor> => ({
  CENTRE_OFFICER: () => centreOfficer(org.centreId, "150202"),
  CENTRE_SUPERVISOR: () => centreSupervisor("15"),
  MEDIATOR: () => mediator(org.committeeId),
  JUSTICE_OFFICER: () => actor({ department: "JUSTICE", roles: ["JUSTICE_OFFICER"], jurisdictionCode: "150202" }),
  JUDGE: () => ({ ...judge(org.courtId), jurisdictionCode: "150202" }),
  COURT_CLERK: () => ({ ...courtClerk(org.courtId), jurisdictionCode: "150202" }),
  PROSECUTOR: () => ({ ...prosecutor(), jurisdictionCode: "1502" }),
  PARTNER_SYSTEM: () => actor({ department: "PARTNER", roles: ["PARTNER_SYSTEM"], jurisdictionCode: "150202" }),
  HUB_SYSTEM: () => actor({ department: "CENTER", roles: ["HUB_SYSTEM"], jurisdictionCode: "15" }),
  DEPARTMENT_SYSTEM: () => actor({ department: "CENTER", roles: ["DEPARTMENT_SYSTEM"], jurisdictionCode: "15" }),
  PUBLIC: () => actor({ department: "PUBLIC", roles: ["PUBLIC"], jurisdictionCode: null }),
});
let callers: Record<Role, () => Actor>;

beforeAll(async () => {
  hub = await startHub();
  const org = await seedOrganisations(hub);
  callers = inScope(org);
  const applicant = uniqueIdNumber();
  const agent = uniqueIdNumber("150203");
  const respondent = uniqueIdNumber();
  idNumbers = [applicant, agent, respondent];
  const mediated = await mediateToAgreement(hub, org, "ORAL", {
    parties: [
      {
        role: "APPLICANT",
        kind: "PERSON",
        name: "巴特尔",
        idNumber: applicant,
        phone: "13947260001",
        address: { divisionCode: "150202001", detail: "巴彦塔拉大街12号3单元501" },
        agent: { name: "乌兰", idNumber: agent, phone: "13947260002" },
      },
      { role: "RESPONDENT", kind: "PERSON", name: "王建国", idNumber: respondent },
    ],
  });
  disputeId = mediated.disputeId;
  expectData(await step.fileApplication(hub, org, mediated.caseId, [mediated.applicantId, mediated.respondentId]));
  expectData(await step.openSupervision(hub, disputeId));
}, 180_000);
afterAll(() => hub.stop());

/** What one person's fields give away: masked forms, a birth date, an age band, a gender. */
function cluesOf(person: Record<string, unknown>, today: Date, clues = emptyClues()): IdClues {
  for (const [key, field] of Object.entries(person)) {
    if (typeof field !== "string") continue;
    if (/^[\dX*]{18}$/.test(field) && field.includes("*")) addMasked(clues, field);
    if (key === "birthDate") clues.birthDate = field;
    if (key === "ageBand") clues.bornBetween = datesOfAgeBand(field, today);
    if (key === "gender") clues.parity = field === "MALE" ? 1 : 0;
  }
  return clues;
}

type Shown = Record<string, unknown>;

const PARTIES = () => `query($id: ID!) { dispute(id: $id) { parties { ${everyField("Party", 3)} } } }`;

describe.each(MATRIX_ROLES.map((role) => [role]))("%s", (role) => {
  it("cannot rebuild any party's ID number from what it may read", async () => {
    const response = await hub.request(PARTIES(), { id: disputeId }, callers[role]());
    const text = JSON.stringify(response);
    for (const idNumber of idNumbers) expect(text).not.toContain(idNumber);
    if (!response.data?.dispute) {
      // A role that may not read the dispute sees nothing of its parties.
      expect(response.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      return;
    }
    const today = new Date();
    const parties = (response.data.dispute as { parties: (Shown & { person: Shown | null; agent: { person: Shown } | null })[] }).parties;
    // Each person's clues; a party's own masked number joins its person's.
    const people: IdClues[] = [];
    for (const party of parties) {
      if (party.person) people.push(cluesOf(party.person, today, cluesOf(party, today)));
      if (party.agent?.person) people.push(cluesOf(party.agent.person, today));
    }
    expect(people).toHaveLength(3);
    for (const [index, clues] of people.entries()) {
      const real = [idNumbers[0], idNumbers[1], idNumbers[2]][index] ?? "";
      expect(fits(clues, real, today)).toBe(true);
      expect(countCandidates(clues, today)).toBeGreaterThanOrEqual(AT_LEAST);
    }
  });
});

it("counts a number rebuilt from the former mask and birth date as exactly one candidate", () => {
  const idNumber = uniqueIdNumber();
  const clues = emptyClues();
  addMasked(clues, `${idNumber.slice(0, 6)}********${idNumber.slice(14)}`);
  clues.birthDate = `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`;
  expect(fits(clues, idNumber)).toBe(true);
  expect(countCandidates(clues)).toBe(1);
});
