/** What one GraphQL request may ask of the gateway; each is refused with its own code before planning. */
export interface OperationLimits {
  /** Largest HTTP body, in bytes (413 REQUEST_TOO_LARGE). */
  maxBodyBytes: number;
  /** Largest GraphQL document, in UTF-8 bytes (413 DOCUMENT_TOO_LARGE). */
  maxDocumentBytes: number;
  /** Most lexical tokens the parser reads (TOO_MANY_TOKENS). */
  maxTokens: number;
  /** Deepest field nesting, fragments followed (DEPTH_LIMIT_EXCEEDED). */
  maxDepth: number;
  /** Most aliased fields, fragments expanded (TOO_MANY_ALIASES). */
  maxAliases: number;
  /** Most top-level fields in one operation (TOO_MANY_ROOT_FIELDS). */
  maxRootFields: number;
  /** Most directives, fragments expanded (TOO_MANY_DIRECTIVES). */
  maxDirectives: number;
  /** Highest estimated cost (COST_LIMIT_EXCEEDED); see cost.ts for the estimate. */
  maxCost: number;
  /** Assumed size of a list field that no `first`/`last`/`limit`-style argument bounds. */
  defaultListSize: number;
  /** Longest a whole operation may run; its subgraph requests are then aborted (OPERATION_TIMEOUT). */
  operationTimeoutMs: number;
  /** Longest the gateway waits for a request's headers and body to arrive; a stalled upload then gets 408 and is closed. */
  bodyTimeoutMs: number;
}

export const DEFAULT_LIMITS: OperationLimits = {
  maxBodyBytes: 1_048_576,
  maxDocumentBytes: 65_536,
  maxTokens: 3000,
  maxDepth: 10,
  maxAliases: 30,
  maxRootFields: 15,
  maxDirectives: 50,
  maxCost: 20_000,
  defaultListSize: 10,
  operationTimeoutMs: 30_000,
  bodyTimeoutMs: 10_000,
};
