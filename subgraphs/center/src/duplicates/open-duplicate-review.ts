import { randomUUID } from "node:crypto";
import { eventRow, type Actor } from "@hub/subgraph-kit";
import type { Prisma } from "../../generated/client";
import type { DuplicateSettings } from "../config/duplicates";
import { PARTY_ROLE_ZH } from "./duplicate-labels";
import { findCandidateRows, type Queryable } from "./candidate-query";
import { likelyDuplicates, type IdentifiableParty, type ScoredCandidate } from "./duplicate-score";

const DAY_MS = 86_400_000;

export interface ReceivedSubmission {
  id: string;
  facts: string;
  claims: string;
  placeCode: string;
  receivedAt: Date;
  parties: { role: string; kind: string; name: string; personId: string | null }[];
}

/**
 * 查重 at receipt, in the receipt's transaction before the dispute number is drawn (so the
 * counter's row lock is not held over the lookup): the disputes sharing a party within the
 * window, scored, those at the threshold best first. The preview before saving asks the same.
 */
export async function findLikelyDuplicates(
  tx: Queryable,
  settings: DuplicateSettings,
  submission: ReceivedSubmission,
): Promise<ScoredCandidate[]> {
  const parties: IdentifiableParty[] = submission.parties
    .filter((party) => party.personId || party.kind === "ORGANISATION")
    .map((party) => ({
      label: `${PARTY_ROLE_ZH[party.role] ?? party.role} ${party.name}`,
      personId: party.personId,
      organisationName: party.kind === "ORGANISATION" ? party.name : null,
    }));
  const window = settings.windowDays * DAY_MS;
  const rows = await findCandidateRows(tx, {
    excludeId: submission.id,
    personIds: parties.flatMap((party) => (party.personId ? [party.personId] : [])),
    organisationNames: parties.flatMap((party) => (party.organisationName ? [party.organisationName] : [])),
    from: new Date(submission.receivedAt.getTime() - window),
    to: new Date(submission.receivedAt.getTime() + window),
  });
  return likelyDuplicates({ ...submission, parties }, rows, settings);
}

/** Opens the review when there are likely duplicates: the dispute is then not routed until an officer links or overrides it. */
export async function recordDuplicateReview(
  tx: Prisma.TransactionClient,
  actor: Actor,
  settings: DuplicateSettings,
  submission: { id: string; centreId: string },
  likely: ScoredCandidate[],
  now: Date,
): Promise<void> {
  if (!likely.length) return;
  const reviewId = randomUUID();
  await tx.duplicateReview.create({
    data: {
      id: reviewId,
      disputeId: submission.id,
      centreId: submission.centreId,
      status: "OPEN",
      threshold: settings.threshold,
      openedAt: now,
      candidates: {
        create: likely.map((candidate, position) => ({
          candidateId: candidate.id,
          score: candidate.score,
          reasons: candidate.reasons as unknown as Prisma.InputJsonValue,
          position,
        })),
      },
    },
  });
  await tx.eventLog.create({
    data: eventRow(actor, {
      type: "duplicate.review_opened",
      disputeId: submission.id,
      subjectType: "DuplicateReview",
      subjectId: reviewId,
      summary: `受理查重：发现${likely.length}件疑似重复纠纷，待工作人员关联或确认不重复后方可分流`,
      occurredAt: now,
      payload: { threshold: settings.threshold, candidates: likely.map(({ id, score }) => ({ id, score })) },
    }),
  });
}
