// The SDK's one entry, for Node 20+ and browsers alike: no Node built-ins, no secrets.
export {
  createHubClient,
  HubClient,
  SDK_REQUEST_HEADERS,
  type HubClientOptions,
  type HubResult,
  type RequestOptions,
  type TokenSource,
  type VariablesArgs,
} from "./client";
export { type AnyHubDocument, type HubDocument, type ResultOf, type VariablesOf, type Workspace } from "./document";
export {
  HUB_ERROR_CODES,
  HubRequestError,
  isHubErrorCode,
  toHubError,
  type HubAccessError,
  type HubError,
  type HubErrorCode,
  type HubInputError,
  type HubOtherError,
  type HubRateLimitError,
  type HubRuleError,
  type HubTransitionError,
  type HubUnavailableError,
} from "./errors";
export * from "./graph/documents";
export type * from "./graph/operation-types";
export { OPERATIONS } from "./graph/catalogue";
