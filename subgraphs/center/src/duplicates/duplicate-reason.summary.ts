import type { DuplicateReasonRecord } from "./duplicate-score";
import type { DuplicateReason } from "./duplicate-reason.type";
import { DuplicateReasonKind } from "./duplicate-enums";

function summaryOf(reason: DuplicateReasonRecord): string {
  switch (reason.kind) {
    case "SAME_PARTIES":
      return `当事人相同：${(reason.parties ?? []).join("、")} / Same parties: ${(reason.parties ?? []).join(", ")}`;
    case "SIMILAR_FACTS":
      return `事实相似度${reason.similarity} / Similar facts (${reason.similarity})`;
    case "SAME_PLACE":
      return `发生地相同（${reason.placeCode}） / Same place (${reason.placeCode})`;
    case "CLOSE_IN_TIME":
      return `受理时间相隔${reason.daysApart}天 / Received ${reason.daysApart} days apart`;
  }
}

/** A stored reason as the API answers it. */
export function toDuplicateReason(reason: DuplicateReasonRecord): DuplicateReason {
  return {
    kind: DuplicateReasonKind[reason.kind],
    summary: summaryOf(reason),
    parties: reason.parties ?? null,
    similarity: reason.similarity ?? null,
    placeCode: reason.placeCode ?? null,
    daysApart: reason.daysApart ?? null,
  };
}
