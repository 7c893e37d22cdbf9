import { randomUUID } from "node:crypto";

/** A dispute key as the centre would hand it out; this subgraph never reads the centre's tables. */
export const newDisputeId = (): string => randomUUID();

export const UNKNOWN_ID = "00000000-0000-4000-8000-000000000000";

export const supervisionInput = (overrides: Record<string, unknown> = {}) => ({
  disputeId: newDisputeId(),
  grounds: "FALSE_LITIGATION",
  summary: "双方当事人系亲属关系，借款金额与出借人经济能力明显不符，调解协议当日达成即申请司法确认，疑似虚假调解。",
  ...overrides,
});

export const OPEN = /* GraphQL */ `
  mutation Open($input: OpenSupervisionCaseInput!) {
    openSupervisionCase(input: $input) {
      id
      grounds
      source
      summary
      status
      openedAt
      procuratorateId
      openedBy {
        id
        name
      }
      dispute {
        id
      }
    }
  }
`;
