import type { DuplicateSettings } from "../config/duplicates";
import { bigrams, textSimilarity } from "./fact-similarity";

export type DuplicateReasonKind = "SAME_PARTIES" | "SIMILAR_FACTS" | "SAME_PLACE" | "CLOSE_IN_TIME";

/** Why a candidate matched, as stored with the review (JSON) and answered by the API. */
export interface DuplicateReasonRecord {
  kind: DuplicateReasonKind;
  /** SAME_PARTIES: the new submission's parties found on the candidate ("申请人 巴特尔") */
  parties?: string[];
  /** SIMILAR_FACTS: the similarity of facts and claims, 0 to 1 */
  similarity?: number;
  /** SAME_PLACE: the shared township, or county when only that matches */
  placeCode?: string;
  /** CLOSE_IN_TIME: days between the two receipts */
  daysApart?: number;
}

/** A party of the new submission that can be recognised elsewhere: a person by root record, an organisation by name. */
export interface IdentifiableParty {
  label: string;
  personId: string | null;
  organisationName: string | null;
}

export interface Submission {
  facts: string;
  claims: string;
  placeCode: string;
  receivedAt: Date;
  parties: IdentifiableParty[];
}

export interface CandidateRow {
  id: string;
  facts: string;
  claims: string;
  placeCode: string;
  receivedAt: Date;
  /** The candidate's persons and organisation names that the submission shares */
  sharedPersonIds: string[];
  sharedOrganisationNames: string[];
  /** How many recognisable parties the candidate has */
  identifiableParties: number;
}

export interface ScoredCandidate {
  id: string;
  score: number;
  reasons: DuplicateReasonRecord[];
}

const DAY_MS = 86_400_000;
const round = (value: number) => Math.round(value * 1000) / 1000;

/** Scores one candidate: a weighted sum of shared parties, similar facts, same place and closeness in time. */
export function scoreCandidate(submission: Submission, candidate: CandidateRow, settings: DuplicateSettings): ScoredCandidate {
  const reasons: DuplicateReasonRecord[] = [];
  const { weights } = settings;

  const persons = new Set(candidate.sharedPersonIds);
  const organisations = new Set(candidate.sharedOrganisationNames);
  const shared = submission.parties.filter(
    (party) => (party.personId && persons.has(party.personId)) || (party.organisationName && organisations.has(party.organisationName)),
  );
  const partyScore = shared.length / Math.max(submission.parties.length, candidate.identifiableParties, 1);
  if (shared.length) reasons.push({ kind: "SAME_PARTIES", parties: shared.map((party) => party.label) });

  const similarity = textSimilarity(bigrams(`${submission.facts}${submission.claims}`), bigrams(`${candidate.facts}${candidate.claims}`));
  if (similarity >= settings.similarFacts) reasons.push({ kind: "SIMILAR_FACTS", similarity: round(similarity) });

  const sameTownship = submission.placeCode === candidate.placeCode;
  const sameCounty = submission.placeCode.slice(0, 6) === candidate.placeCode.slice(0, 6);
  const placeScore = sameTownship ? 1 : sameCounty ? 0.5 : 0;
  if (placeScore > 0) reasons.push({ kind: "SAME_PLACE", placeCode: sameTownship ? candidate.placeCode : candidate.placeCode.slice(0, 6) });

  const daysApart = Math.abs(submission.receivedAt.getTime() - candidate.receivedAt.getTime()) / DAY_MS;
  const timeScore = Math.max(0, 1 - daysApart / settings.windowDays);
  if (daysApart <= settings.closeInTimeDays) reasons.push({ kind: "CLOSE_IN_TIME", daysApart: Math.round(daysApart * 10) / 10 });

  const score = weights.parties * partyScore + weights.facts * similarity + weights.place * placeScore + weights.time * timeScore;
  return { id: candidate.id, score: round(score), reasons };
}

/** The candidates at or above the threshold, best first, at most `maxCandidates`. */
export function likelyDuplicates(submission: Submission, candidates: CandidateRow[], settings: DuplicateSettings): ScoredCandidate[] {
  return candidates
    .map((candidate) => scoreCandidate(submission, candidate, settings))
    .filter((scored) => scored.score >= settings.threshold)
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
    .slice(0, settings.maxCandidates);
}
