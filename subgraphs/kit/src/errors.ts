import { GraphQLError } from "graphql";

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

/** An expected domain failure: typed, coded, bilingual. */
export class HubError extends GraphQLError {
  constructor(code: ErrorCode, message: Bilingual, details: HubErrorDetails = {}) {
    super(`${message.zh} / ${message.en}`, {
      extensions: { code, messageZh: message.zh, messageEn: message.en, ...details },
    });
  }
}

export function invalidInput(field: string, rule: string, message: Bilingual, extra: Record<string, unknown> = {}): HubError {
  return new HubError(ErrorCode.BAD_USER_INPUT, message, { field, rule, ...extra });
}

export function notFound(entity: string, id: string): HubError {
  return new HubError(ErrorCode.NOT_FOUND, { zh: `未找到${entity}（${id}）`, en: `${entity} ${id} was not found` }, { entity, id });
}
