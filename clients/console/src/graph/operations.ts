// Every call the console makes, one typed operation per document in documents/.
import AcceptMediationCaseDoc from "./documents/AcceptMediationCase.graphql?raw";
import AssignMediatorDoc from "./documents/AssignMediator.graphql?raw";
import CaseFileDoc from "./documents/CaseFile.graphql?raw";
import ConcludeWithAgreementDoc from "./documents/ConcludeWithAgreement.graphql?raw";
import ConcludeWithFailureDoc from "./documents/ConcludeWithFailure.graphql?raw";
import ConfirmationApplicationDoc from "./documents/ConfirmationApplication.graphql?raw";
import CourtDisputesDoc from "./documents/CourtDisputes.graphql?raw";
import CourtsDoc from "./documents/Courts.graphql?raw";
import DecideConfirmationAcceptanceDoc from "./documents/DecideConfirmationAcceptance.graphql?raw";
import DisputeByNumberDoc from "./documents/DisputeByNumber.graphql?raw";
import DisputesDoc from "./documents/Disputes.graphql?raw";
import DivisionsDoc from "./documents/Divisions.graphql?raw";
import DuplicateReviewQueueDoc from "./documents/DuplicateReviewQueue.graphql?raw";
import EscalateDisputeDoc from "./documents/EscalateDispute.graphql?raw";
import FileConfirmationApplicationDoc from "./documents/FileConfirmationApplication.graphql?raw";
import LinkDuplicateDoc from "./documents/LinkDuplicate.graphql?raw";
import MediationCaseDoc from "./documents/MediationCase.graphql?raw";
import MediatorsAndExpertsDoc from "./documents/MediatorsAndExperts.graphql?raw";
import OrganisationByCreditCodeDoc from "./documents/OrganisationByCreditCode.graphql?raw";
import OverrideDuplicateReviewDoc from "./documents/OverrideDuplicateReview.graphql?raw";
import ReceiveDisputeDoc from "./documents/ReceiveDispute.graphql?raw";
import RecordPartyRefusalDoc from "./documents/RecordPartyRefusal.graphql?raw";
import RecordSessionDoc from "./documents/RecordSession.graphql?raw";
import RespondToRoutingDoc from "./documents/RespondToRouting.graphql?raw";
import RevealPersonalDataDoc from "./documents/RevealPersonalData.graphql?raw";
import RouteDisputeDoc from "./documents/RouteDispute.graphql?raw";
import RoutingQueueDoc from "./documents/RoutingQueue.graphql?raw";
import RoutingTargetsDoc from "./documents/RoutingTargets.graphql?raw";
import RoutingsToDoc from "./documents/RoutingsTo.graphql?raw";
import RuleOnConfirmationDoc from "./documents/RuleOnConfirmation.graphql?raw";
import SealAgreementDoc from "./documents/SealAgreement.graphql?raw";
import SignAgreementDoc from "./documents/SignAgreement.graphql?raw";
import StartConfirmationReviewDoc from "./documents/StartConfirmationReview.graphql?raw";
import { operation } from "./client";
import type * as T from "./types";

type Input<V> = { input: V };
type Vars = Record<string, unknown>;

export const Divisions = operation<{ divisions: T.DivisionNode[] }, { parentCode: string }>(DivisionsDoc);
export const OrganisationByCreditCode = operation<
  { organisationByCreditCode: { id: string; creditCode: string; name: string } },
  { creditCode: string }
>(OrganisationByCreditCodeDoc);
export const ReceiveDispute = operation<{ receiveDispute: T.ReceivedDispute }, Input<Vars>>(ReceiveDisputeDoc);
export const DuplicateReviewQueue = operation<{ duplicateReviewQueue: T.QueuedReview[] }, { centreId: string; first: number }>(
  DuplicateReviewQueueDoc,
);
export const LinkDuplicate = operation<{ linkDuplicate: { id: string; status: string; linkedTo: { id: string; number: string } | null } }, Input<Vars>>(
  LinkDuplicateDoc,
);
export const OverrideDuplicateReview = operation<{ overrideDuplicateReview: { id: string; status: string } }, Input<Vars>>(
  OverrideDuplicateReviewDoc,
);
export const RoutingQueue = operation<{ routingQueue: T.QueuedDispute[] }, { centreId: string; first: number }>(RoutingQueueDoc);
export const RoutingTargets = operation<{ mediationCommittees: T.Named[]; courts: T.Named[] }, { divisionCode: string }>(RoutingTargetsDoc);
export const RouteDispute = operation<{ routeDispute: { id: string; status: T.RoutingStatus; target: T.RoutingTarget } }, Input<Vars>>(
  RouteDisputeDoc,
);
export const EscalateDispute = operation<{ escalateDispute: { id: string; status: T.DisputeStatus; handlingCentre: T.Named } }, Input<Vars>>(
  EscalateDisputeDoc,
);
export const Disputes = operation<
  { disputes: { nodes: T.DisputeRow[]; pageInfo: T.PageInfo } },
  { first: number; after?: string | null; filter?: Vars }
>(DisputesDoc);
export const RoutingsTo = operation<{ routingsTo: T.RoutedCase[] }, { organisationId: string; status: T.RoutingStatus; first: number }>(
  RoutingsToDoc,
);
export const AcceptMediationCase = operation<{ acceptMediationCase: { id: string; status: T.MediationCaseStatus } }, Input<Vars>>(
  AcceptMediationCaseDoc,
);
export const RespondToRouting = operation<{ respondToRouting: { id: string; status: T.RoutingStatus } }, Input<Vars>>(RespondToRoutingDoc);
export const MediationCase = operation<{ mediationCase: T.MediationCaseDetail }, { id: string }>(MediationCaseDoc);
export const MediatorsAndExperts = operation<
  { mediators: T.MediatorRow[]; experts: T.MediatorRow[] },
  { committeeId: string; divisionCode: string; library: T.ExpertLibrary }
>(MediatorsAndExpertsDoc);
export const AssignMediator = operation<{ assignMediator: { id: string } }, Input<Vars>>(AssignMediatorDoc);
export const RecordSession = operation<{ recordSession: { id: string } }, Input<Vars>>(RecordSessionDoc);
export const RecordPartyRefusal = operation<{ recordPartyRefusal: { id: string } }, Input<Vars>>(RecordPartyRefusalDoc);
export const ConcludeWithAgreement = operation<{ concludeWithAgreement: { id: string } }, Input<Vars>>(ConcludeWithAgreementDoc);
export const ConcludeWithFailure = operation<{ concludeWithFailure: { id: string } }, Input<Vars>>(ConcludeWithFailureDoc);
export const SignAgreement = operation<{ signAgreement: { id: string; status: string } }, Input<Vars>>(SignAgreementDoc);
export const SealAgreement = operation<{ sealAgreement: { id: string; status: string } }, Input<Vars>>(SealAgreementDoc);
export const CourtDisputes = operation<
  { disputes: { nodes: T.CourtDisputeRow[]; pageInfo: T.PageInfo } },
  { first: number; after?: string | null; filter?: Vars }
>(CourtDisputesDoc);
export const Courts = operation<{ courts: T.Named[]; courtDeadlineRules: T.DeadlineRule[] }, { divisionCode: string }>(CourtsDoc);
export const FileConfirmationApplication = operation<{ fileConfirmationApplication: { id: string; status: string } }, Input<Vars>>(
  FileConfirmationApplicationDoc,
);
export const ConfirmationApplication = operation<
  { confirmationApplication: T.ApplicationDetail; courtDeadlineRules: T.DeadlineRule[] },
  { id: string }
>(ConfirmationApplicationDoc);
export const DecideConfirmationAcceptance = operation<
  { decideConfirmationAcceptance: { id: string; status: string; caseNumber: string | null } },
  Input<Vars>
>(DecideConfirmationAcceptanceDoc);
export const StartConfirmationReview = operation<{ startConfirmationReview: { id: string } }, Input<Vars>>(StartConfirmationReviewDoc);
export const RuleOnConfirmation = operation<{ ruleOnConfirmation: { id: string; status: string } }, Input<Vars>>(RuleOnConfirmationDoc);
export const CaseFile = operation<{ dispute: T.CaseFileDetail }, { id: string }>(CaseFileDoc);
export const DisputeByNumber = operation<{ disputeByNumber: { id: string } }, { number: string }>(DisputeByNumberDoc);
export const RevealPersonalData = operation<
  { revealPersonalData: { partyId: string; values: { field: T.PersonalDataField; value: string | null }[] } },
  Input<{ partyId: string; fields: T.PersonalDataField[]; purpose: T.DisclosurePurpose; purposeDetail: string }>
>(RevealPersonalDataDoc);
