import { PEER_DISPUTE_FIELDS, SCREENED_DISPUTE_FIELDS } from "./screened-dispute";

/**
 * Disputes per request of each paged document, and keys per request by key: sized so that the
 * gateway's cost estimate stays under its default limit (a unit test checks it).
 */
export const DISPUTES_PAGE_SIZE = 50;
export const PEERS_PAGE_SIZE = 100;
export const KEYS_PER_REQUEST = 100;

/** What the procuratorate asks of the other departments, through the gateway; a unit test validates each against the supergraph. */
export const DISPUTES_PAGE = /* GraphQL */ `
  query ProcuratorateDisputesPage($first: Int!, $after: String, $filter: DisputeFilter) {
    disputes(first: $first, after: $after, filter: $filter) {
      nodes {
        ...ScreenedDispute
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
  ${SCREENED_DISPUTE_FIELDS}
`;

export const PEERS_PAGE = /* GraphQL */ `
  query ProcuratoratePeersPage($first: Int!, $after: String, $filter: DisputeFilter) {
    disputes(first: $first, after: $after, filter: $filter) {
      nodes {
        ...PeerDispute
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
  ${PEER_DISPUTE_FIELDS}
`;

export const CONFIRMATION_LEAD = /* GraphQL */ `
  query ProcuratorateConfirmationLead($id: ID!) {
    lead: confirmationApplication(id: $id) {
      id
      ruledAt
      dispute {
        id
        placeCode
      }
    }
  }
`;

export const AGREEMENT_LEAD = /* GraphQL */ `
  query ProcuratorateAgreementLead($id: ID!) {
    lead: mediationAgreement(id: $id) {
      id
      reachedAt
      mediationCase {
        dispute {
          id
          placeCode
        }
      }
    }
  }
`;

/** One round trip for a batch of disputes, each department's fields fetched for the whole list at once. */
export const DISPUTES_BY_IDS = /* GraphQL */ `
  query ProcuratorateDisputesByIds($ids: [ID!]!) {
    disputesForScreening(ids: $ids) {
      ...ScreenedDispute
    }
  }
  ${SCREENED_DISPUTE_FIELDS}
`;

/** Whether a dispute exists and lies in the caller's scope, as the centre answers `dispute` (null and FORBIDDEN when not). */
export const DISPUTE_IN_SCOPE = /* GraphQL */ `
  query ProcuratorateDisputeInScope($id: ID!) {
    dispute(id: $id) {
      id
      placeCode
    }
  }
`;
