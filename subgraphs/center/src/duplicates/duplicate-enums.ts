import { registerEnumType } from "type-graphql";
import { $Enums } from "../../generated/client";

export const DuplicateReviewStatus = $Enums.DuplicateReviewStatus;
export type DuplicateReviewStatus = $Enums.DuplicateReviewStatus;

export enum DuplicateReasonKind {
  SAME_PARTIES = "SAME_PARTIES",
  SIMILAR_FACTS = "SIMILAR_FACTS",
  SAME_PLACE = "SAME_PLACE",
  CLOSE_IN_TIME = "CLOSE_IN_TIME",
}

registerEnumType(DuplicateReviewStatus, {
  name: "DuplicateReviewStatus",
  description: "查重 Where a duplicate review stands",
  valuesConfig: {
    OPEN: { description: "待核 awaiting an officer: the dispute is not routed meanwhile" },
    LINKED: { description: "已关联 the submission was linked to an existing dispute" },
    OVERRIDDEN: { description: "确认不重复 an officer found it a separate matter, with a reason" },
  },
});

registerEnumType(DuplicateReasonKind, {
  name: "DuplicateReasonKind",
  description: "Why a dispute was found a likely duplicate",
  valuesConfig: {
    SAME_PARTIES: { description: "当事人相同 persons by their root record, organisations by name" },
    SIMILAR_FACTS: { description: "事实相似 facts and claims similar (character bigrams)" },
    SAME_PLACE: { description: "地点相同 same township, or same county" },
    CLOSE_IN_TIME: { description: "时间相近 received within the configured days of each other" },
  },
});
