import type { GraphReader } from "../src/graph/graph-reader";
import type { RawScreenedDispute } from "../src/graph/screened-dispute";
import { UNKNOWN_ID } from "./fixtures";

/**
 * The centre as these tests need it: every dispute key names a dispute of 包头市东河区 in every
 * prosecutor's scope, except UNKNOWN_ID, which the centre does not show (unknown or out of scope
 * alike). Anything else asked of the graph fails the test.
 */
export class StubGraph implements GraphReader {
  async request<T>(document: string, variables: Record<string, unknown>): Promise<T> {
    if (!document.includes("disputesForScreening")) throw new Error(`unexpected graph request: ${document.slice(0, 80)}`);
    const ids = variables.ids as string[];
    return { disputesForScreening: ids.map((id) => (id === UNKNOWN_ID ? null : dispute(id))) } as T;
  }
}

function dispute(id: string): RawScreenedDispute {
  return {
    id,
    number: "(2024)内0202调001号",
    category: "PRIVATE_LENDING",
    amountFen: 5_000_000,
    placeCode: "150202001",
    receivedAt: "2024-03-01T02:00:00.000Z",
    parties: [],
    partyLinks: [],
    mediationCases: [],
    confirmationApplications: [],
  };
}
