import { defineStateMachine } from "@hub/subgraph-kit";
import type { SupervisionCaseStatus } from "./enums";

export type SupervisionEvent = "startReview" | "conclude";

/** 立案 → 审查 → 结案; a case found regular on its face may be concluded without a separate review. */
export const supervisionMachine = defineStateMachine<SupervisionCaseStatus, SupervisionEvent>(
  {
    OPEN: { startReview: "UNDER_REVIEW", conclude: "CONCLUDED" },
    UNDER_REVIEW: { conclude: "CONCLUDED" },
    CONCLUDED: {},
  },
  {
    entity: { zh: "监督案件", en: "supervision case" },
    states: { OPEN: "已立案", UNDER_REVIEW: "审查中", CONCLUDED: "已结案" },
    events: { startReview: "开始审查", conclude: "结案" },
  },
);
