import type { GraphClient } from "@hub/subgraph-kit";

/** Reads other departments' data through the gateway as the acting officer; tests pass a stub with the same method. */
export type GraphReader = Pick<GraphClient, "request">;
