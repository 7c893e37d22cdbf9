import { randomUUID } from "node:crypto";
import { checkUuid, invalidInput } from "@hub/subgraph-kit";
import type { DuplicateCandidate as CandidateRow } from "../../generated/client";
import type { CenterContext } from "../context";
import { DivisionLevel, levelOfCode } from "../divisions/division-code";
import { checkIdNumber } from "../persons/check-id-number";
import { requireCentreAuthority } from "../routing/centre-authority";
import type { DuplicateCandidatesInput } from "./duplicate-preview.input";
import { findLikelyDuplicates } from "./open-duplicate-review";

/** What a candidate shows, whether stored with a review or found by a preview. */
export type CandidateView = Pick<CandidateRow, "candidateId" | "score" | "reasons">;

const MAX_PARTIES = 50;
const ACTION = "duplicateCandidates";

async function receivingCentre(context: CenterContext, input: DuplicateCandidatesInput) {
  const centreId = input.receivingCentreId ?? context.actor.organisationId;
  if (!centreId) {
    throw invalidInput("input.receivingCentreId", "required", {
      zh: "请指定受理中心：当前账号未隶属任何综治中心",
      en: "Name the receiving centre: your account belongs to no centre",
    });
  }
  checkUuid(centreId, "input.receivingCentreId");
  const centre = await context.db.centre.findUnique({ where: { id: centreId } });
  if (!centre) {
    throw invalidInput("input.receivingCentreId", "registered centre", {
      zh: `受理中心“${centreId}”未登记`,
      en: `Receiving centre "${centreId}" is not registered`,
    });
  }
  return centre;
}

/** The persons already on record with these ID numbers (by blind index); a number never seen matches nothing. */
async function knownPersons(context: CenterContext, idNumbers: string[]): Promise<Map<string, string>> {
  if (!idNumbers.length) return new Map();
  const byIndex = new Map(idNumbers.map((idNumber) => [context.cipher.blindIndex(idNumber), idNumber]));
  const rows = await context.db.person.findMany({
    where: { idNumberIndex: { in: [...byIndex.keys()] } },
    select: { id: true, idNumberIndex: true },
  });
  return new Map(
    rows.flatMap((row) => {
      const idNumber = byIndex.get(row.idNumberIndex);
      return idNumber ? [[idNumber, row.id] as const] : [];
    }),
  );
}

/**
 * 查重预览: the disputes a submission would be found to repeat if it were received now, by the
 * matching intake uses (shared persons or organisations within the window, scored against the
 * threshold), for a centre the caller may receive for. Nothing is written; a candidate outside
 * the caller's scope shows its number only, as at receipt.
 */
export async function previewDuplicates(context: CenterContext, input: DuplicateCandidatesInput): Promise<CandidateView[]> {
  requireCentreAuthority(context, await receivingCentre(context, input), ACTION);
  if (levelOfCode(input.placeCode) !== DivisionLevel.TOWNSHIP) {
    throw invalidInput("input.placeCode", "GB/T 10114 township code", {
      zh: `纠纷发生地“${input.placeCode}”须为9位乡镇（苏木、街道）区划代码`,
      en: `Place "${input.placeCode}" must be a 9-digit township-level division code`,
    });
  }
  if (input.parties.length > MAX_PARTIES) {
    throw invalidInput("input.parties", `at most ${MAX_PARTIES}`, {
      zh: `当事人不能超过${MAX_PARTIES}名`,
      en: `At most ${MAX_PARTIES} parties`,
    });
  }
  const parties = input.parties.map((party, index) => ({
    role: party.role,
    kind: party.kind,
    name: party.name.trim(),
    idNumber: party.idNumber?.trim() ? checkIdNumber(party.idNumber, party.kind, `input.parties.${index}.idNumber`, context.now) : null,
  }));
  const persons = await knownPersons(
    context,
    parties.flatMap((party) => (party.idNumber ? [party.idNumber] : [])),
  );
  const likely = await findLikelyDuplicates(context.db, context.duplicates, {
    id: randomUUID(),
    facts: input.facts?.trim() ?? "",
    claims: input.claims?.trim() ?? "",
    placeCode: input.placeCode,
    receivedAt: context.now,
    parties: parties
      .filter((party) => party.kind === "PERSON" || party.name)
      .map((party) => ({
        role: party.role,
        kind: party.kind,
        name: party.name,
        personId: party.idNumber ? (persons.get(party.idNumber) ?? null) : null,
      })),
  });
  return likely.map((candidate) => ({
    candidateId: candidate.id,
    score: candidate.score,
    reasons: candidate.reasons as unknown as CandidateRow["reasons"],
  }));
}
