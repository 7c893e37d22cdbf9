/** Stable error codes; partners and front ends switch on these, so never rename one. */
export const ErrorCode = {
  BAD_USER_INPUT: "BAD_USER_INPUT",
  NOT_FOUND: "NOT_FOUND",
  UNAUTHENTICATED: "UNAUTHENTICATED",
  FORBIDDEN: "FORBIDDEN",
  CONFLICT: "CONFLICT",
  ILLEGAL_TRANSITION: "ILLEGAL_TRANSITION",
  /** A legal rule forbids this step; `extensions.rule` names the article (e.g. 民诉法解释 355). */
  REFUSED_BY_RULE: "REFUSED_BY_RULE",
  /** A legal time limit has run out (e.g. 民诉法解释 351: 30 days to apply for confirmation). */
  DEADLINE_PASSED: "DEADLINE_PASSED",
  /** Another department's data was needed and its subgraph could not be reached. */
  UPSTREAM_UNAVAILABLE: "UPSTREAM_UNAVAILABLE",
  INTERNAL: "INTERNAL_SERVER_ERROR",
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** A message a clerk can act on, in both languages the hub speaks. */
export interface Bilingual {
  zh: string;
  en: string;
}

export interface HubErrorDetails {
  /** The input field at fault, as a dotted path (e.g. `input.parties.0.name`). */
  field?: string;
  /** The rule broken, e.g. `GB/T 2260` or `人民调解法 art 17`. */
  rule?: string;
  [key: string]: unknown;
}

/** One error as every part of the hub sends it: the message in both languages, the code and the details in `extensions`. */
export interface HubErrorBody {
  message: string;
  extensions: { code: string; messageZh: string; messageEn: string; [key: string]: unknown };
}

/** The one shape of a coded, bilingual error, whichever end raises it. */
export function hubErrorBody(code: string, message: Bilingual, details: Record<string, unknown> = {}): HubErrorBody {
  return { message: `${message.zh} / ${message.en}`, extensions: { code, messageZh: message.zh, messageEn: message.en, ...details } };
}

/** A GraphQL-shaped response body holding one error, for answers sent before any GraphQL server sees the request. */
export function errorResponseBody(code: string, message: Bilingual, details: Record<string, unknown> = {}): { errors: HubErrorBody[] } {
  return { errors: [hubErrorBody(code, message, details)] };
}

/** What a caller sees of an unexpected failure: the detail stays in the logs. */
export const INTERNAL_ERROR_MESSAGE = "内部错误 / Internal error";
