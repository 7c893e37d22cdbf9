import type { DisputeCategory } from "../../generated/client";
import type { CenterContext } from "../context";
import type { EarlyWarning } from "./early-warning.type";
import { EarlyWarningKind } from "./oversight-enums";

const DAY_MS = 24 * 60 * 60 * 1000;
const LIMIT = 200;

const windowOf = (asOf: Date, days: number) => new Date(asOf.getTime() - days * DAY_MS);

/**
 * 预警 in the division subtree `code` at `asOf`, each computed by one SQL aggregation over the
 * disputes received in its window (index on place_code prefix, category, received_at).
 */
export async function earlyWarnings(context: CenterContext, code: string, asOf: Date): Promise<EarlyWarning[]> {
  await context.stagesRefreshed({ kind: "place", prefix: code });
  const { db, oversight } = context;
  const prefix = `${code}%`;
  const { repeatedParty, repeatedPlace, categoryCluster, escalationRisk } = oversight;

  const partyFrom = windowOf(asOf, repeatedParty.windowDays);
  const placeFrom = windowOf(asOf, repeatedPlace.windowDays);
  const clusterFrom = windowOf(asOf, categoryCluster.windowDays);
  const riskFrom = windowOf(asOf, escalationRisk.windowDays);
  const clusterMin = Math.min(categoryCluster.minDisputes, ...Object.values(categoryCluster.perCategory));

  const [parties, places, clusters, risks] = await Promise.all([
    db.$queryRaw<{ personId: string; ids: string[] }[]>`
      SELECT p.person_id AS "personId", array_agg(DISTINCT d.id ORDER BY d.id) AS ids
      FROM dispute d JOIN party p ON p.dispute_id = d.id
      WHERE d.place_code LIKE ${prefix} AND d.received_at > ${partyFrom} AND d.received_at <= ${asOf} AND p.person_id IS NOT NULL
      GROUP BY p.person_id
      HAVING count(DISTINCT d.id) >= ${repeatedParty.minDisputes}
      ORDER BY count(DISTINCT d.id) DESC, p.person_id
      LIMIT ${LIMIT}`,
    db.$queryRaw<{ placeCode: string; ids: string[] }[]>`
      SELECT d.place_code AS "placeCode", array_agg(d.id ORDER BY d.received_at, d.id) AS ids
      FROM dispute d
      WHERE d.place_code LIKE ${prefix} AND d.received_at > ${placeFrom} AND d.received_at <= ${asOf}
      GROUP BY d.place_code
      HAVING count(*) >= ${repeatedPlace.minDisputes}
      ORDER BY count(*) DESC, d.place_code
      LIMIT ${LIMIT}`,
    db.$queryRaw<{ placeCode: string; category: DisputeCategory; ids: string[] }[]>`
      SELECT d.place_code AS "placeCode", d.category, array_agg(d.id ORDER BY d.received_at, d.id) AS ids
      FROM dispute d
      WHERE d.place_code LIKE ${prefix} AND d.received_at > ${clusterFrom} AND d.received_at <= ${asOf}
      GROUP BY d.place_code, d.category
      HAVING count(*) >= ${clusterMin}
      ORDER BY count(*) DESC, d.place_code, d.category
      LIMIT ${LIMIT}`,
    db.$queryRaw<{ id: string; placeCode: string; category: DisputeCategory; parties: number; escalations: number; overdue: boolean }[]>`
      SELECT * FROM (
        SELECT d.id, d.place_code AS "placeCode", d.category,
          (SELECT count(*) FROM party p WHERE p.dispute_id = d.id)::int AS parties,
          (SELECT count(*) FROM event_log e WHERE e.dispute_id = d.id AND e.type = 'dispute.escalated')::int AS escalations,
          EXISTS (SELECT 1 FROM stage_deadline s WHERE s.dispute_id = d.id AND s.closed_at IS NULL AND s.due_at < ${asOf}) AS overdue
        FROM dispute d
        WHERE d.place_code LIKE ${prefix} AND d.received_at > ${riskFrom} AND d.received_at <= ${asOf}
          AND d.status NOT IN ('RESOLVED', 'CLOSED')
      ) candidate
      WHERE parties >= ${escalationRisk.minParties} OR escalations >= ${escalationRisk.minEscalations}
        OR (overdue AND category::text = ANY(${escalationRisk.sensitiveCategories}))
      ORDER BY id
      LIMIT ${LIMIT}`,
  ]);

  const warning = (
    fields: Partial<EarlyWarning> & Pick<EarlyWarning, "kind" | "count" | "threshold" | "windowFrom" | "basis" | "disputeIds">,
  ) => ({
    placeCode: null,
    category: null,
    personId: null,
    markers: [],
    windowTo: asOf,
    ...fields,
  });
  const warnings: EarlyWarning[] = [];
  for (const row of parties) {
    warnings.push(
      warning({
        kind: EarlyWarningKind.REPEATED_PARTY,
        personId: row.personId,
        count: row.ids.length,
        threshold: repeatedParty.minDisputes,
        windowFrom: partyFrom,
        basis: repeatedParty.basis,
        disputeIds: row.ids,
      }),
    );
  }
  for (const row of places) {
    warnings.push(
      warning({
        kind: EarlyWarningKind.REPEATED_PLACE,
        placeCode: row.placeCode,
        count: row.ids.length,
        threshold: repeatedPlace.minDisputes,
        windowFrom: placeFrom,
        basis: repeatedPlace.basis,
        disputeIds: row.ids,
      }),
    );
  }
  for (const row of clusters) {
    const threshold = categoryCluster.perCategory[row.category] ?? categoryCluster.minDisputes;
    if (row.ids.length < threshold) continue;
    warnings.push(
      warning({
        kind: EarlyWarningKind.CATEGORY_CLUSTER,
        placeCode: row.placeCode,
        category: row.category,
        count: row.ids.length,
        threshold,
        windowFrom: clusterFrom,
        basis: categoryCluster.basis,
        disputeIds: row.ids,
      }),
    );
  }
  for (const row of risks) {
    const markers = [
      ...(row.parties >= escalationRisk.minParties ? [`MANY_PARTIES (${row.parties} ≥ ${escalationRisk.minParties})`] : []),
      ...(row.escalations >= escalationRisk.minEscalations
        ? [`REPEATED_ESCALATIONS (${row.escalations} ≥ ${escalationRisk.minEscalations})`]
        : []),
      ...(row.overdue && escalationRisk.sensitiveCategories.includes(row.category)
        ? [`OVERDUE_IN_SENSITIVE_CATEGORY (${row.category})`]
        : []),
    ];
    warnings.push(
      warning({
        kind: EarlyWarningKind.ESCALATION_RISK,
        placeCode: row.placeCode,
        category: row.category,
        count: markers.length,
        threshold: 1,
        windowFrom: riskFrom,
        markers,
        basis: escalationRisk.basis,
        disputeIds: [row.id],
      }),
    );
  }
  return warnings;
}
