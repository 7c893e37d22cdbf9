import type { Actor } from "@hub/subgraph-kit";
import { courtClerk, judge } from "../../../tests/support/actors";
import type { RunningSubgraph } from "../../../tests/support/subgraph-harness";
import type { Court } from "../generated/client";
import { REQUIRED_MATERIALS } from "../src/applications/application-record";
import type { CourtServer } from "../src/server";
import type { MediationCaseOnGraph } from "./stub-graph";

export type Json = Record<string, any>;

/** One mutation's first field, its errors and the first error's extensions. */
export async function mutate(court: RunningSubgraph<CourtServer>, mutation: string, input: Record<string, unknown>, as: Actor) {
  const { data, errors } = await court.request<Record<string, Json>>(mutation, { input }, as);
  return { result: data ? Object.values(data)[0] : undefined, errors, extensions: errors?.[0]?.extensions as Json | undefined };
}

export const FILE = `mutation($input: FileConfirmationApplicationInput!) { fileConfirmationApplication(input: $input) {
  id status appliedAt filedAt form oralRecord materials missingMaterials subjectMatterPlaceCode } }`;
const ACCEPT = `mutation($input: DecideConfirmationAcceptanceInput!) { decideConfirmationAcceptance(input: $input) { id status caseNumber } }`;
const REVIEW = `mutation($input: StartConfirmationReviewInput!) { startConfirmationReview(input: $input) { id status } }`;
const HEAR = `mutation($input: RecordPartyHearingInput!) { recordPartyHearing(input: $input) { id partyId manner } }`;
export const RULE = `mutation($input: RuleOnConfirmationInput!) { ruleOnConfirmation(input: $input) {
  id status ruledAt enforcementDeadline objectionDeadline enforcementWindows { termId position runsFrom deadline } } }`;

/** The joint application of both sides of `onGraph`, with the materials 民诉法解释 354 requires. */
export function filing(onGraph: MediationCaseOnGraph, home: Court, overrides: Record<string, unknown> = {}) {
  return {
    mediationCaseId: onGraph.facts.id,
    courtId: home.id,
    applicantPartyIds: [onGraph.applicant, onGraph.respondent],
    materials: REQUIRED_MATERIALS,
    ...overrides,
  };
}

/** Files, accepts, reviews and hears every applicant: ready for the ruling. */
export async function readyToRule(court: RunningSubgraph<CourtServer>, onGraph: MediationCaseOnGraph, home: Court, overrides = {}) {
  const filed = await mutate(court, FILE, filing(onGraph, home, overrides), courtClerk(home.id));
  if (!filed.result) throw new Error(JSON.stringify(filed.errors));
  const id = String(filed.result.id);
  await mutate(court, ACCEPT, { applicationId: id, accept: true }, courtClerk(home.id));
  await mutate(court, REVIEW, { applicationId: id }, judge(home.id));
  const row = await court.server.db.confirmationApplication.findUniqueOrThrow({ where: { id } });
  for (const partyId of row.applicantPartyIds) {
    const heard = await mutate(court, HEAR, { applicationId: id, partyId, manner: "APPEARED_IN_PERSON" }, judge(home.id));
    if (heard.errors) throw new Error(JSON.stringify(heard.errors));
  }
  return id;
}

export async function ruled(court: RunningSubgraph<CourtServer>, id: string, home: Court, outcome: "VALID" | "REJECTED" = "VALID") {
  const input =
    outcome === "VALID"
      ? { applicationId: id, outcome, reasoning: "协议系双方自愿达成" }
      : { applicationId: id, outcome, rejectionGround: "UNCLEAR_CONTENT", reasoning: "履行方式不明确" };
  const done = await mutate(court, RULE, input, judge(home.id));
  if (!done.result) throw new Error(JSON.stringify(done.errors));
  return done.result;
}
