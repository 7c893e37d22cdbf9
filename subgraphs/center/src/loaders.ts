import { isUuid, loaderById, loaderByParent, oneByKey } from "@hub/subgraph-kit";
import DataLoader from "dataloader";
import type { CenterDb } from "./db";
import { createDuplicateLoaders } from "./duplicates/duplicate-loaders";
import { partyLinksLoader } from "./party-links/party-links";
import { createRuleMatchLoader } from "./routing/rule-match";

/** Per-request loaders: every list field and reference lookup goes through one of these. */
export function createCenterLoaders(db: CenterDb) {
  return {
    personById: loaderById((ids) => db.person.findMany({ where: { id: { in: ids } } })),
    organisationById: loaderById((ids) => db.organisation.findMany({ where: { id: { in: ids } } })),
    eventsByDispute: loaderByParent(
      (ids) => db.eventLog.findMany({ where: { disputeId: { in: ids } }, orderBy: [{ disputeId: "asc" }, { seq: "asc" }] }),
      (row) => row.disputeId ?? "",
    ),
    divisionByCode: new DataLoader(async (codes: readonly string[]) =>
      oneByKey(codes, await db.division.findMany({ where: { code: { in: [...codes] } } }), (row) => row.code),
    ),
    divisionChildren: loaderByParent(
      (codes) => db.division.findMany({ where: { parentCode: { in: codes } }, orderBy: { code: "asc" } }),
      (row) => row.parentCode ?? "",
      (code) => /^\d{1,12}$/.test(code),
    ),
    centreById: loaderById((ids) => db.centre.findMany({ where: { id: { in: ids } } })),
    disputeById: loaderById((ids) => db.dispute.findMany({ where: { id: { in: ids } } })),
    partiesByDispute: loaderByParent(
      (ids) => db.party.findMany({ where: { disputeId: { in: ids } }, orderBy: [{ disputeId: "asc" }, { position: "asc" }] }),
      (row) => row.disputeId,
    ),
    routingById: loaderById((ids) => db.routing.findMany({ where: { id: { in: ids } } })),
    routingsByDispute: loaderByParent(
      (ids) =>
        db.routing.findMany({ where: { disputeId: { in: ids } }, orderBy: [{ disputeId: "asc" }, { routedAt: "asc" }, { id: "asc" }] }),
      (row) => row.disputeId,
    ),
    routingRuleFor: createRuleMatchLoader(db),
    ...createDuplicateLoaders(db),
    timelineByDispute: loaderByParent(
      (ids) => db.consumedEvent.findMany({ where: { disputeId: { in: ids } }, orderBy: [{ disputeId: "asc" }, { seq: "asc" }] }),
      (row) => row.disputeId ?? "",
    ),
    partyLinksByDispute: partyLinksLoader(db),
    reviewRequestsByDispute: loaderByParent(
      (ids) => db.reviewRequest.findMany({ where: { disputeId: { in: ids } }, orderBy: [{ disputeId: "asc" }, { requestedAt: "asc" }] }),
      (row) => row.disputeId,
    ),
    returnVisitByDispute: new DataLoader(async (ids: readonly string[]) => {
      const rows = await db.returnVisit.findMany({ where: { disputeId: { in: ids.filter(isUuid) } } });
      const byDispute = new Map(rows.map((row) => [row.disputeId, row]));
      return ids.map((id) => byDispute.get(id) ?? null);
    }),
    openStagesByDispute: loaderByParent(
      (ids) =>
        db.stageDeadline.findMany({
          where: { disputeId: { in: ids }, closedAt: null },
          orderBy: [{ disputeId: "asc" }, { dueAt: "asc" }, { id: "asc" }],
        }),
      (row) => row.disputeId,
    ),
  };
}

export type CenterLoaders = ReturnType<typeof createCenterLoaders>;
