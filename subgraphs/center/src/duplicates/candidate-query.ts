import { Prisma } from "../../generated/client";
import type { CandidateRow } from "./duplicate-score";

/** Upper bound of disputes read per lookup, however many share a party (a company in hundreds of disputes). */
export const CANDIDATE_LIMIT = 200;

export interface CandidateLookup {
  /** The new dispute itself, left out */
  excludeId: string;
  personIds: string[];
  organisationNames: string[];
  from: Date;
  to: Date;
}

/**
 * The duplicate lookup: disputes sharing a person (party.person_id index) or an organisation name
 * (partial index party_organisation_name_idx), received within the window, not already linked or
 * merged. Each matching party row reaches its dispute by primary key; nothing scans `dispute`.
 */
export function candidateQuery(lookup: CandidateLookup): Prisma.Sql {
  return Prisma.sql`
    SELECT d.id, d.facts, d.claims, d.place_code AS "placeCode", d.received_at AS "receivedAt",
           COALESCE(array_agg(DISTINCT m.person_id::text) FILTER (WHERE m.person_id = ANY(${lookup.personIds}::uuid[])), '{}') AS "sharedPersonIds",
           COALESCE(array_agg(DISTINCT m.name) FILTER (WHERE m.kind = 'ORGANISATION' AND m.name = ANY(${lookup.organisationNames}::text[])), '{}') AS "sharedOrganisationNames",
           (SELECT count(*)::int FROM party q WHERE q.dispute_id = d.id AND (q.person_id IS NOT NULL OR q.kind = 'ORGANISATION')) AS "identifiableParties"
    FROM party m
    JOIN dispute d ON d.id = m.dispute_id
    WHERE (m.person_id = ANY(${lookup.personIds}::uuid[]) OR (m.kind = 'ORGANISATION' AND m.name = ANY(${lookup.organisationNames}::text[])))
      AND d.received_at BETWEEN ${lookup.from} AND ${lookup.to}
      AND d.id <> ${lookup.excludeId}::uuid
      AND d.status NOT IN ('LINKED', 'MERGED')
    GROUP BY d.id
    ORDER BY d.received_at DESC
    LIMIT ${CANDIDATE_LIMIT}`;
}

export type Queryable = { $queryRaw<T>(query: Prisma.Sql): Promise<T> };

export async function findCandidateRows(db: Queryable, lookup: CandidateLookup): Promise<CandidateRow[]> {
  if (!lookup.personIds.length && !lookup.organisationNames.length) return [];
  return db.$queryRaw<CandidateRow[]>(candidateQuery(lookup));
}
