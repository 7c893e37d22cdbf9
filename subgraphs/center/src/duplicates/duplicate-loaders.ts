import { isUuid, loaderByParent, oneByKey } from "@hub/subgraph-kit";
import DataLoader from "dataloader";
import type { CenterDb } from "../db";

/** Per-request loaders of duplicate reviews, their candidates, and the disputes linked or merged into a survivor. */
export function createDuplicateLoaders(db: CenterDb) {
  return {
    reviewByDispute: new DataLoader(
      async (ids: readonly string[]) => {
        const valid = ids.filter(isUuid);
        const rows = valid.length ? await db.duplicateReview.findMany({ where: { disputeId: { in: valid } } }) : [];
        return oneByKey(ids, rows, (row) => row.disputeId);
      },
      { maxBatchSize: 1000 },
    ),
    candidatesByReview: loaderByParent(
      (ids) => db.duplicateCandidate.findMany({ where: { reviewId: { in: ids } }, orderBy: [{ reviewId: "asc" }, { position: "asc" }] }),
      (row) => row.reviewId,
    ),
    absorbedBySurvivor: loaderByParent(
      (ids) =>
        db.dispute.findMany({ where: { survivorId: { in: ids } }, orderBy: [{ survivorId: "asc" }, { receivedAt: "asc" }, { id: "asc" }] }),
      (row) => row.survivorId ?? "",
    ),
  };
}
