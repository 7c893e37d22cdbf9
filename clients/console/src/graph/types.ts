// Result types of the console's operations (documents/*.graphql), as the composed schema defines them.

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
export type ConfirmationStatus = "FILED" | "ACCEPTED" | "UNDER_REVIEW" | "NOT_ACCEPTED" | "CONFIRMED_VALID" | "REJECTED" | "WITHDRAWN";
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
export type PersonalDataField = "ID_NUMBER" | "PHONE" | "ADDRESS";
export type DisclosurePurpose = "SERVICE_OF_DOCUMENTS" | "CONTACT_PARTY" | "IDENTITY_CHECK" | "SUPERVISION_REVIEW";

export interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}
export interface Named {
  id: string;
  name: string;
}
export interface DivisionNode {
  code: string;
  name: string;
  level: number;
}
export interface DuplicateCandidate {
  score: number;
  disputeNumber: string;
  reasons: { kind: string; summary: string }[];
  dispute: { id: string; number: string; category: DisputeCategory; receivedAt: string; facts: string } | null;
}
export interface DuplicateReviewSummary {
  id: string;
  status: "OPEN" | "LINKED" | "OVERRIDDEN";
  candidates: DuplicateCandidate[];
}
export interface ReceivedDispute {
  id: string;
  number: string;
  status: DisputeStatus;
  duplicateReview: DuplicateReviewSummary | null;
}
export interface QueuedReview extends DuplicateReviewSummary {
  openedAt: string;
  dispute: { id: string; number: string; category: DisputeCategory; receivedAt: string };
}
export interface RoutingTarget {
  department: Department;
  organisationId: string;
}
export interface QueuedDispute {
  id: string;
  number: string;
  category: DisputeCategory;
  status: DisputeStatus;
  receivedAt: string;
  routeDueAt: string;
  place: { code: string; name: string };
  duplicateReview: { status: string } | null;
  suggestedRouting: { id: string; basis: string; stationingMode: StationingMode; tier: HandlingTier; target: RoutingTarget } | null;
  routings: { id: string; status: RoutingStatus; returnReason: string | null; respondedAt: string | null }[];
}
export interface DisputeRow {
  id: string;
  number: string;
  category: DisputeCategory;
  channel: DisputeChannel;
  status: DisputeStatus;
  receivedAt: string;
  place: { name: string };
}
export interface RoutedCase {
  id: string;
  status: RoutingStatus;
  routedAt: string;
  respondDueAt: string;
  dispute: {
    id: string;
    number: string;
    category: DisputeCategory;
    facts: string;
    receivedAt: string;
    mediationCases: { id: string; status: MediationCaseStatus }[] | null;
  };
}
export interface CaseParty {
  id: string;
  role: PartyRole;
  kind: PartyKind;
  name: string;
}
export interface AgreementDetail {
  id: string;
  form: AgreementForm;
  status: "AWAITING_SIGNATURES" | "EFFECTIVE";
  reachedAt: string;
  effectiveAt: string | null;
  sealedAt: string | null;
  unsignedPartyIds: string[];
  mediatorSigned: boolean;
  signatures: { id: string; signer: "PARTY" | "MEDIATOR"; partyId: string | null; method: SignatureMethod; signedAt: string }[];
  terms: { id: string; position: number; obligation: string; manner: string; place: string | null; deadline: string }[];
}
export interface MediationCaseDetail {
  id: string;
  status: MediationCaseStatus;
  acceptedAt: string;
  dueAt: string;
  timeLimitBasis: string;
  failureReason: string | null;
  routesExplained: OtherRoute[];
  terminationReason: string | null;
  terminationStatement: string | null;
  committee: { id: string; name: string; divisionCode: string };
  mediator: Named | null;
  sessions: { id: string; number: number; heldAt: string; publicity: string; summary: string }[];
  dispute: { id: string; number: string; category: DisputeCategory; facts: string; claims: string; parties: CaseParty[] } | null;
  agreement: AgreementDetail | null;
}
export interface MediatorRow {
  id: string;
  name: string;
  kind: "COMMITTEE_MEMBER" | "HIRED";
  libraries: ExpertLibrary[];
  committee?: Named;
}
export interface CourtDisputeRow {
  id: string;
  number: string;
  category: DisputeCategory;
  status: DisputeStatus;
  parties: { id: string; role: PartyRole; name: string }[];
  mediationCases:
    | {
        id: string;
        status: MediationCaseStatus;
        committee: { name: string };
        agreement: { id: string; status: string; effectiveAt: string | null; partyIds: string[] } | null;
      }[]
    | null;
  confirmationApplications:
    | { id: string; status: ConfirmationStatus; caseNumber: string | null; filedAt: string; acceptanceDueAt: string; court: Named }[]
    | null;
}
export interface DeadlineRule {
  name: string;
  days: number | null;
  years: number | null;
  basis: string;
}
export interface ApplicationDetail {
  id: string;
  status: ConfirmationStatus;
  caseNumber: string | null;
  filedAt: string;
  applicantPartyIds: string[];
  acceptanceDueAt: string;
  conclusionDueAt: string;
  targetConclusionAt: string;
  acceptedAt: string | null;
  reviewStartedAt: string | null;
  rulingOutcome: "VALID" | "REJECTED" | null;
  rejectionGround: RejectionGround | null;
  rulingReasoning: string | null;
  ruledAt: string | null;
  enforcementDeadline: string | null;
  objectionDeadline: string | null;
  court: Named;
  dispute: { id: string; number: string; parties: { id: string; role: PartyRole; name: string }[] } | null;
  mediationCase: {
    id: string;
    agreement: {
      id: string;
      effectiveAt: string | null;
      terms: { id: string; obligation: string; manner: string; place: string | null; deadline: string }[];
    } | null;
  } | null;
}
export interface CaseFileParty extends CaseParty {
  idNumberMasked: string | null;
  person: { id: string; phoneMasked: string | null; addressMasked: string | null } | null;
  organisation: { id: string; creditCode: string } | null;
}
export interface CaseFileDetail {
  id: string;
  number: string;
  category: DisputeCategory;
  channel: DisputeChannel;
  status: DisputeStatus;
  facts: string;
  claims: string;
  amountFen: number | null;
  receivedAt: string;
  place: { code: string; name: string; path: { code: string; name: string }[] };
  receivingCentre: Named;
  parties: CaseFileParty[];
  caseFile: { id: string; at: string; department: Department; type: string; summary: string; actor: Named }[];
  deadlines: { id: string; stage: string; dueAt: string; basis: string; overdue: boolean }[];
}
