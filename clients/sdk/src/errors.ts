/**
 * The hub's stable error codes (`extensions.code`): the shared ones every subgraph raises, the
 * gateway's own, Apollo Server's, and the two this client raises when no GraphQL answer arrived.
 * A test keeps this list equal to the hub's.
 */
export const HUB_ERROR_CODES = [
  // every subgraph (subgraphs/kit/src/errors.ts)
  "BAD_USER_INPUT",
  "NOT_FOUND",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "CONFLICT",
  "ILLEGAL_TRANSITION",
  "REFUSED_BY_RULE",
  "DEADLINE_PASSED",
  "UPSTREAM_UNAVAILABLE",
  "INTERNAL_SERVER_ERROR",
  // the gateway (gateway/src/errors.ts)
  "SUBGRAPH_UNAVAILABLE",
  "BAD_REQUEST",
  "REQUEST_TOO_LARGE",
  "DOCUMENT_TOO_LARGE",
  "TOO_MANY_TOKENS",
  "DEPTH_LIMIT_EXCEEDED",
  "TOO_MANY_ALIASES",
  "TOO_MANY_ROOT_FIELDS",
  "TOO_MANY_DIRECTIVES",
  "COST_LIMIT_EXCEEDED",
  "OPERATION_TIMEOUT",
  "RATE_LIMITED",
  "RATE_LIMIT_UNAVAILABLE",
  "PERSISTED_QUERY_NOT_ALLOWED",
  // Apollo Server
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
  "INTROSPECTION_DISABLED",
  "MAX_RECURSIVE_SELECTIONS_EXCEEDED",
  // this client: the request never got a GraphQL answer
  "NETWORK_ERROR",
  "INVALID_RESPONSE",
] as const;

export type HubErrorCode = (typeof HUB_ERROR_CODES)[number];

interface HubErrorBase<C extends HubErrorCode> {
  code: C;
  /** Chinese and English, as the hub sends it. */
  message: string;
  messageZh: string | undefined;
  messageEn: string | undefined;
  /** Where in the result the error arose (for partial data). */
  path: readonly (string | number)[] | undefined;
  /** Every extension the hub sent, as sent. */
  extensions: Readonly<Record<string, unknown>>;
}

/** Bad input: the field at fault (a dotted path, e.g. `input.parties.0.idNumber`) and the rule it broke. */
export interface HubInputError extends HubErrorBase<"BAD_USER_INPUT"> {
  field: string | undefined;
  rule: string | undefined;
}

/** A legal rule forbids the step; `rule` names the article (e.g. 民诉法解释 355). */
export interface HubRuleError extends HubErrorBase<"REFUSED_BY_RULE" | "DEADLINE_PASSED"> {
  rule: string | undefined;
  field: string | undefined;
}

/** The record moves through a state machine; this step is not allowed from its current state. */
export interface HubTransitionError extends HubErrorBase<"ILLEGAL_TRANSITION"> {
  currentState: string | undefined;
  allowedNextSteps: readonly string[];
}

/** Not allowed, or not visible: `reason` is e.g. NOT_FOUND_OR_OUT_OF_SCOPE. */
export interface HubAccessError extends HubErrorBase<"FORBIDDEN" | "UNAUTHENTICATED"> {
  reason: string | undefined;
}

/** Over a budget: retry after `retryAfter` seconds. */
export interface HubRateLimitError extends HubErrorBase<"RATE_LIMITED"> {
  retryAfter: number | undefined;
}

/** A department's subgraph could not be reached: `serviceName` names it; the rest of the answer may be there. */
export interface HubUnavailableError extends HubErrorBase<"SUBGRAPH_UNAVAILABLE" | "UPSTREAM_UNAVAILABLE"> {
  serviceName: string | undefined;
}

type SpecificCode =
  | "BAD_USER_INPUT"
  | "REFUSED_BY_RULE"
  | "DEADLINE_PASSED"
  | "ILLEGAL_TRANSITION"
  | "FORBIDDEN"
  | "UNAUTHENTICATED"
  | "RATE_LIMITED"
  | "SUBGRAPH_UNAVAILABLE"
  | "UPSTREAM_UNAVAILABLE";

/** Every other code (CONFLICT names `field` when an idempotency key is reused with another payload). */
export interface HubOtherError extends HubErrorBase<Exclude<HubErrorCode, SpecificCode>> {
  field: string | undefined;
}

/** An error from the hub, discriminated by `code`. */
export type HubError =
  HubInputError | HubRuleError | HubTransitionError | HubAccessError | HubRateLimitError | HubUnavailableError | HubOtherError;

/** The error shape of a GraphQL response, as it arrives. */
export interface WireError {
  message?: unknown;
  path?: unknown;
  extensions?: unknown;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
const text = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined);
const KNOWN = new Set<string>(HUB_ERROR_CODES);

export function isHubErrorCode(value: unknown): value is HubErrorCode {
  return typeof value === "string" && KNOWN.has(value);
}

/** Reads one error of a response into the typed union; an unknown code reads as INTERNAL_SERVER_ERROR, keeping the original in extensions. */
export function toHubError(wire: WireError): HubError {
  const extensions = isRecord(wire.extensions) ? wire.extensions : {};
  const code = isHubErrorCode(extensions.code) ? extensions.code : "INTERNAL_SERVER_ERROR";
  const path = Array.isArray(wire.path)
    ? wire.path.filter((step): step is string | number => typeof step === "string" || typeof step === "number")
    : undefined;
  const base = {
    message: text(wire.message) ?? "",
    messageZh: text(extensions.messageZh),
    messageEn: text(extensions.messageEn),
    path,
    extensions,
  };
  switch (code) {
    case "BAD_USER_INPUT":
      return { ...base, code, field: text(extensions.field), rule: text(extensions.rule) };
    case "REFUSED_BY_RULE":
    case "DEADLINE_PASSED":
      return { ...base, code, rule: text(extensions.rule), field: text(extensions.field) };
    case "ILLEGAL_TRANSITION": {
      const steps = extensions.allowedNextSteps;
      const allowedNextSteps = Array.isArray(steps) ? steps.filter((step): step is string => typeof step === "string") : [];
      return { ...base, code, currentState: text(extensions.currentState), allowedNextSteps };
    }
    case "FORBIDDEN":
    case "UNAUTHENTICATED":
      return { ...base, code, reason: text(extensions.reason) };
    case "RATE_LIMITED":
      return { ...base, code, retryAfter: typeof extensions.retryAfter === "number" ? extensions.retryAfter : undefined };
    case "SUBGRAPH_UNAVAILABLE":
    case "UPSTREAM_UNAVAILABLE":
      return { ...base, code, serviceName: text(extensions.serviceName) };
    default:
      return { ...base, code, field: text(extensions.field) };
  }
}

/** Raised when the hub answers with errors; `data` keeps whatever part of the answer arrived. */
export class HubRequestError extends Error {
  constructor(
    /** HTTP status (0 when no answer arrived). */
    readonly status: number,
    readonly errors: readonly HubError[],
    readonly data: unknown,
    readonly requestId: string,
  ) {
    super(errors.map((error) => `${error.code}: ${error.message}`).join("; "));
    this.name = "HubRequestError";
  }

  /** The stable codes of the errors, e.g. ["BAD_USER_INPUT"]. */
  get codes(): HubErrorCode[] {
    return this.errors.map((error) => error.code);
  }
}
