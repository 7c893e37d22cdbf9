import type { GraphReader } from "../src/graph/graph-reader";
import { UNKNOWN_ID } from "./fixtures";

/**
 * The centre as these tests need it: every dispute key names a dispute of 包头市东河区 in every
 * prosecutor's scope, except UNKNOWN_ID, which the centre does not show (unknown or out of scope
 * alike). Anything else asked of the graph fails the test.
 */
export class StubGraph implements GraphReader {
  async request<T>(document: string, variables: Record<string, unknown>): Promise<T> {
    if (!document.includes("ProcuratorateDisputeInScope")) throw new Error(`unexpected graph request: ${document.slice(0, 80)}`);
    const id = variables.id as string;
    return { dispute: id === UNKNOWN_ID ? null : { id, placeCode: "150202001" } } as T;
  }
}
