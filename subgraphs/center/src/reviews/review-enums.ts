import { registerEnumType } from "type-graphql";
import { $Enums } from "../../generated/client";

export const ReviewKind = $Enums.ReviewKind;
export type ReviewKind = $Enums.ReviewKind;
export const ReviewRequestStatus = $Enums.ReviewRequestStatus;
export type ReviewRequestStatus = $Enums.ReviewRequestStatus;

export const REVIEW_KIND_ZH: Record<ReviewKind, string> = { REVIEW: "复查", RE_EXAMINATION: "复核" };

registerEnumType(ReviewKind, {
  name: "ReviewKind",
  description: "复查 / 复核 Which review the petitioner asks for (信访工作条例 arts 35-36)",
  valuesConfig: {
    REVIEW: { description: "复查 of the handling opinion (art 35)" },
    RE_EXAMINATION: { description: "复核 of the 复查 opinion (art 36); the 复核 opinion is final" },
  },
});

registerEnumType(ReviewRequestStatus, {
  name: "ReviewRequestStatus",
  description: "Where a review request stands",
  valuesConfig: { REQUESTED: { description: "已请求 awaiting the opinion" }, ANSWERED: { description: "已答复 the opinion was given" } },
});
