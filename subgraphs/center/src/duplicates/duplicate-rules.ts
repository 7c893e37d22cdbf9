import { ErrorCode, HubError } from "@hub/subgraph-kit";
import type { Dispute as DisputeRow } from "../../generated/client";

/** One matter is handled once: a likely duplicate waits for an officer, a linked or merged record for its survivor. */
export const ONE_MATTER_RULE = "一事一办: the same matter is recorded once and handled once (DESIGN §3 Receiving, duplicate detection)";

/** Refuses to act on a dispute that was linked or merged: the survivor carries the matter on. */
export function refuseSuperseded(dispute: Pick<DisputeRow, "id" | "number" | "status" | "survivorId">, field: string): void {
  if (dispute.status !== "LINKED" && dispute.status !== "MERGED") return;
  throw new HubError(
    ErrorCode.REFUSED_BY_RULE,
    {
      zh: `纠纷${dispute.number}已${dispute.status === "LINKED" ? "关联" : "合并"}至另一纠纷（${dispute.survivorId}），请在该纠纷上办理`,
      en: `Dispute ${dispute.number} was ${dispute.status === "LINKED" ? "linked" : "merged"} into ${dispute.survivorId}; act on that dispute`,
    },
    { field, rule: ONE_MATTER_RULE, survivorId: dispute.survivorId },
  );
}
