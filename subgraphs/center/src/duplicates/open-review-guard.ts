import { ErrorCode, HubError } from "@hub/subgraph-kit";
import type { CenterDb } from "../db";
import { ONE_MATTER_RULE } from "./duplicate-rules";

/** Routing waits while a duplicate review is open: the matter may already be handled under another record. */
export async function refuseWhileDuplicateReviewOpen(db: CenterDb, disputeId: string, field: string): Promise<void> {
  const review = await db.duplicateReview.findFirst({ where: { disputeId, status: "OPEN" }, select: { id: true } });
  if (!review) return;
  throw new HubError(
    ErrorCode.REFUSED_BY_RULE,
    {
      zh: "该纠纷疑似重复，查重待核：请先关联至已有纠纷或确认不重复，再分流",
      en: "This dispute is a likely duplicate under open review: link it to the existing dispute or override the review before routing it",
    },
    { field, rule: ONE_MATTER_RULE, duplicateReviewId: review.id },
  );
}
