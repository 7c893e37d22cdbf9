import { createLogger } from "@hub/subgraph-kit";

/** A China Standard Time wall-clock time as an instant. */
export const cst = (text: string) => new Date(`${text}+08:00`);

const DAY_MS = 24 * 60 * 60 * 1000;
export const days = (n: number) => n * DAY_MS;
export const hours = (n: number) => n * 60 * 60 * 1000;

/**
 * The end (23:59:59.999 CST) of the calendar day `n` days after the CST day of `from`: the day
 * of the event not counted (民事诉讼法 art 85). Written out here so tests do not lean on the kit.
 */
export function endOfCstDayAfter(from: Date, n: number): Date {
  const local = new Date(from.getTime() + hours(8));
  const midnight = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() + n + 1);
  return new Date(midnight - hours(8) - 1);
}

export const silentLog = createLogger("center", "silent");

export const DEADLINE_FIELDS = `id stage startedAt baseDueAt dueAt extendedDays maxExtensionDays extensionBasis basis
  overdue overdueSeconds overdueDays urgeCount lastUrgedAt closedAt centre { id }`;

export const DISPUTE_DEADLINES = /* GraphQL */ `
  query DisputeDeadlines($id: ID!) {
    dispute(id: $id) {
      id
      status
      handlingCentre { id }
      deadlines { ${DEADLINE_FIELDS} }
    }
  }
`;

export const OVERDUE = /* GraphQL */ `
  query Overdue($centreId: ID, $jurisdictionCode: String, $asOf: DateTime, $first: Int) {
    overdueList(centreId: $centreId, jurisdictionCode: $jurisdictionCode, asOf: $asOf, first: $first) {
      asOf
      totalCount
      byStage {
        stage
        count
      }
      nodes {
        id
        stage
        dueAt
        overdue
        overdueSeconds
        centre {
          id
          name
        }
        dispute {
          id
          number
          handlingCentre {
            id
          }
        }
      }
    }
  }
`;

export const REMINDERS = /* GraphQL */ `
  query Reminders($centreId: ID!, $first: Int) {
    deadlineReminders(centreId: $centreId, first: $first) {
      id
      level
      stage
      dueAt
      remindedAt
      centre {
        id
      }
      dispute {
        id
      }
    }
  }
`;

export const URGE = /* GraphQL */ `
  mutation Urge($input: UrgeStageInput!) { urgeStage(input: $input) { ${DEADLINE_FIELDS} } }
`;

export const EXTEND = /* GraphQL */ `
  mutation Extend($input: ExtendDeadlineInput!) { extendDeadline(input: $input) { ${DEADLINE_FIELDS} } }
`;

export const REASSIGN = /* GraphQL */ `
  mutation Reassign($input: ReassignDisputeInput!) {
    reassignDispute(input: $input) {
      id
      status
      handlingCentre {
        id
      }
      currentRouting {
        id
        status
        overrideReason
        target {
          department
          organisationId
        }
      }
      deadlines {
        stage
        centre {
          id
        }
        startedAt
        dueAt
      }
    }
  }
`;

export const WARNINGS = /* GraphQL */ `
  query Warnings($code: String!, $asOf: DateTime) {
    earlyWarnings(jurisdictionCode: $code, asOf: $asOf) {
      kind
      placeCode
      category
      personId
      count
      threshold
      windowFrom
      windowTo
      markers
      basis
      disputes {
        id
        number
        placeCode
        category
      }
    }
  }
`;
