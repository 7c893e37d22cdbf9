// The shapes the procuratorate's and the supervisors' workspaces show, derived from the SDK's documents.
import type { ResultOf } from "@hub/sdk";
import type * as Op from "./oversight-operations";

type Item<T> = T extends readonly (infer I)[] ? I : never;

export type SupervisionGrounds =
  | "STATE_OR_PUBLIC_INTEREST"
  | "JUDICIAL_CORRUPTION"
  | "FALSE_LITIGATION"
  | "MAJOR_SOCIAL_IMPACT"
  | "PARTY_APPLICATION"
  | "FLAWED_PUBLIC_INTEREST_CASE"
  | "FOLLOW_UP_SUPERVISION";
export type SupervisionOutcome = "NO_IRREGULARITY" | "PROCURATORIAL_SUGGESTION" | "PROTEST" | "PUBLIC_INTEREST_LEAD" | "RETRIAL_SUGGESTION";
export type SupervisionCaseStatus = "OPEN" | "UNDER_REVIEW" | "CONCLUDED";
export type SupervisionLeadKind = "CONFIRMATION_RULING" | "MEDIATION_AGREEMENT";
export type DeadlineStage = "ROUTE" | "RESPOND" | "HANDLE" | "CONCLUDE";
export type StatisticsDimension = "NONE" | "CATEGORY" | "CHANNEL" | "SUBDIVISION" | "MONTH";
export type ContactMethod = "PHONE" | "IN_PERSON" | "SMS" | "LETTER" | "ONLINE";
export type ReturnVisitOutcome = "PERFORMED" | "PARTLY_PERFORMED" | "NOT_PERFORMED";
export type ReturnVisitSatisfaction = "SATISFIED" | "BASICALLY_SATISFIED" | "DISSATISFIED";

export type SupervisionLeadRow = Item<ResultOf<typeof Op.SupervisionLeads>["supervisionLeads"]>;
export type ScreeningRow = Item<ResultOf<typeof Op.RedFlagScreening>["redFlagScreening"]["screens"]>;
export type ScreenDetail = ResultOf<typeof Op.RedFlagScreen>["redFlagScreen"];
export type RedFlag = Item<ScreenDetail["flags"]>;
export type SupervisionCaseRow = Item<ResultOf<typeof Op.SupervisionCases>["supervisionCases"]>;
export type SupervisionCaseDetail = ResultOf<typeof Op.SupervisionCase>["supervisionCase"];
export type OverdueStage = Item<ResultOf<typeof Op.OverdueList>["overdueList"]["nodes"]>;
export type ReminderRow = Item<ResultOf<typeof Op.DeadlineReminders>["deadlineReminders"]>;
export type WarningRow = Item<ResultOf<typeof Op.EarlyWarnings>["earlyWarnings"]>;
export type StatisticsResult = ResultOf<typeof Op.DisputeStatistics>["disputeStatistics"];
export type StatisticsRow = StatisticsResult["total"];
export type ResolvedDisputeRow = Item<ResultOf<typeof Op.ResolvedDisputes>["disputes"]["nodes"]>;
export type CentreRow = Item<ResultOf<typeof Op.Centres>["centres"]>;
