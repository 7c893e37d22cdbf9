import type { HubContext } from "@hub/subgraph-kit";

/** What the procuratorate needs of the kit's GraphClient; integration tests pass a stub with the same method. */
export interface GraphReader {
  request<T>(document: string, variables: Record<string, unknown>, context: Pick<HubContext, "actor" | "requestId">): Promise<T>;
}
