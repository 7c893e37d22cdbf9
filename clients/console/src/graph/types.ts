// The shapes the workspaces show: the results of the SDK's Console* documents, and the graph's enums.
import type { ResultOf } from "@hub/sdk";
import type * as Op from "./operations";

export type Department = "CENTER" | "JUSTICE" | "COURT" | "PROCURATORATE" | "PARTNER" | "PUBLIC";
export type DisputeCategory =
  | "TRAFFIC_ACCIDENT"
  | "NEIGHBOUR"
  | "FAMILY"
  | "MARRIAGE"
  | "LABOUR_WAGES"
  | "PRIVATE_LENDING"
  | "CONTRACT"
  | "PROPERTY"
  | "LAND"
  | "CONSUMER"
  | "MEDICAL"
  | "OTHER";
export type DisputeChannel = "WALK_IN" | "HOTLINE" | "QR_CODE" | "GRID_REPORT" | "ONLINE" | "PARTNER_SYSTEM" | "REFERRAL";
export type DisputeStatus = "RECEIVED" | "ROUTED" | "IN_MEDIATION" | "IN_HANDLING" | "RESOLVED" | "CLOSED" | "LINKED" | "MERGED";
export type PartyRole = "APPLICANT" | "RESPONDENT" | "THIRD_PARTY";
export type PartyKind = "PERSON" | "ORGANISATION";
export type StationingMode = "PERMANENT" | "ROTATION" | "ON_CALL" | "INVITED";
export type HandlingTier = "STATIONED" | "LINKED" | "EXPERT";
export type RoutingStatus = "PENDING" | "ACCEPTED" | "RETURNED" | "ESCALATED" | "WITHDRAWN";
export type ExpertLibrary = "CHIEF_LEGAL_CONSULTANT" | "MEDIATION_EXPERT" | "LEGAL_SERVICE_VOLUNTEER" | "MEDIATOR";
export type MediationCaseStatus = "ACCEPTED" | "IN_SESSION" | "AGREEMENT_REACHED" | "FAILED" | "TERMINATED";
export type OtherRoute = "ARBITRATION" | "ADMINISTRATIVE" | "LITIGATION";
export type AgreementForm = "WRITTEN" | "ORAL";
export type SignatureMethod = "SIGNATURE" | "SEAL" | "FINGERPRINT";
export type ConfirmationStatus =
  "FILED" | "ACCEPTED" | "UNDER_REVIEW" | "NOT_ACCEPTED" | "CONFIRMED_VALID" | "REJECTED" | "WITHDRAWN" | "RULING_REVOKED";
export type AgreementTermSubject =
  "PAYMENT" | "PROPERTY" | "SERVICE" | "APOLOGY" | "STATUS_MARRIAGE" | "STATUS_PARENTAGE" | "STATUS_ADOPTION" | "OTHER";
export type RejectionGround =
  | "VIOLATES_MANDATORY_LAW"
  | "HARMS_STATE_PUBLIC_OR_OTHERS"
  | "VIOLATES_PUBLIC_ORDER_OR_MORALS"
  | "NOT_VOLUNTARY"
  | "UNCLEAR_CONTENT"
  | "OTHER";
export type NotAcceptedGround =
  | "OUTSIDE_REMIT_OR_JURISDICTION"
  | "STATUS_RELATIONSHIP"
  | "OTHER_SPECIAL_PROCEDURE"
  | "PUBLIC_SUMMONS_OR_BANKRUPTCY"
  | "PROPERTY_OR_IP_TITLE";
export type ApplicationMaterial =
  "AGREEMENT" | "MEDIATION_ORGANISATION_PROOF" | "PARTY_IDENTITY_AND_CONTACT" | "PROPERTY_RIGHTS_PROOF" | "POWER_OF_ATTORNEY";
export type HearingManner = "APPEARED_IN_PERSON" | "APPEARED_BY_AGENT" | "HEARD_ONLINE";
export type PersonalDataField = "ID_NUMBER" | "PHONE" | "ADDRESS";
export type DisclosurePurpose = "SERVICE_OF_DOCUMENTS" | "CONTACT_PARTY" | "IDENTITY_CHECK" | "SUPERVISION_REVIEW";

type Item<T> = T extends readonly (infer I)[] ? I : never;

export type Named = { id: string; name: string };
export type DivisionNode = Item<ResultOf<typeof Op.Divisions>["divisions"]>;
export type ReceivedDispute = ResultOf<typeof Op.ReceiveDispute>["receiveDispute"];
export type DuplicateCandidate = Item<NonNullable<ReceivedDispute["duplicateReview"]>["candidates"]>;
export type DuplicatePreviewCandidate = Item<ResultOf<typeof Op.DuplicateCandidates>["duplicateCandidates"]>;
export type QueuedReview = Item<ResultOf<typeof Op.DuplicateReviewQueue>["duplicateReviewQueue"]>;
export type QueuedDispute = Item<ResultOf<typeof Op.RoutingQueue>["routingQueue"]>;
export type RoutingTarget = { department: Department; organisationId: string };
export type DisputeRow = Item<ResultOf<typeof Op.Disputes>["disputes"]["nodes"]>;
export type RoutedCase = Item<ResultOf<typeof Op.RoutingsTo>["routingsTo"]>;
export type MediationCaseDetail = ResultOf<typeof Op.MediationCase>["mediationCase"];
export type CaseParty = Item<NonNullable<MediationCaseDetail["dispute"]>["parties"]>;
export type AgreementDetail = NonNullable<MediationCaseDetail["agreement"]>;
export type MediatorRow = Item<ResultOf<typeof Op.MediatorsAndExperts>["experts"]>;
export type CourtDisputeRow = Item<ResultOf<typeof Op.CourtDisputes>["disputes"]["nodes"]>;
export type DeadlineRule = Item<ResultOf<typeof Op.Courts>["courtDeadlineRules"]>;
export type ApplicationDetail = ResultOf<typeof Op.ConfirmationApplication>["confirmationApplication"];
export type CaseFileDetail = ResultOf<typeof Op.CaseFile>["dispute"];
export type CaseFileParty = Item<CaseFileDetail["parties"]>;
