import { ErrorCode, HubError, invalidInput } from "./errors";
import { GraphRequestError } from "./graph-client";
import type { GraphQLFormattedError } from "graphql";

const PASSED_ON = new Set<string>([
  ErrorCode.FORBIDDEN,
  ErrorCode.CONFLICT,
  ErrorCode.ILLEGAL_TRANSITION,
  ErrorCode.REFUSED_BY_RULE,
  ErrorCode.DEADLINE_PASSED,
]);

/** The owning department's answer for a record that does not exist or lies outside the caller's scope (kit `outOfScope`). */
export function isOutOfScope(failure: GraphQLFormattedError): boolean {
  return failure.extensions?.code === ErrorCode.FORBIDDEN && failure.extensions.reason === "NOT_FOUND_OR_OUT_OF_SCOPE";
}

/**
 * Turns the graph's answer into the calling department's error. A key the graph does not know (NOT_FOUND, or a
 * malformed one, BAD_USER_INPUT) is the caller's input error on the field that carried it, found
 * by the top-level field of the graph's error path. A refusal by the owning department keeps its
 * code (and names that input field too); anything else means the other department could not answer.
 */
export function fromGraph(error: unknown, fieldByPath: Record<string, string>): unknown {
  if (!(error instanceof GraphRequestError)) return error;
  for (const failure of error.errors) {
    const code = String(failure.extensions?.code ?? "");
    const field = fieldByPath[String(failure.path?.[0] ?? "")];
    if (field && (code === ErrorCode.NOT_FOUND || code === ErrorCode.BAD_USER_INPUT)) {
      return invalidInput(field, "exists in the hub", {
        zh: `“${field}”所指的记录在其所属部门不存在`,
        en: `"${field}" names a record its department does not have`,
      });
    }
  }
  const refusal = error.errors.find((failure) => PASSED_ON.has(String(failure.extensions?.code ?? "")));
  if (refusal) {
    // The graph's own bookkeeping (stack, serving subgraph) is not part of the refusal.
    const { code, messageZh, messageEn, stacktrace: _stacktrace, serviceName: _serviceName, ...details } = refusal.extensions ?? {};
    const field = fieldByPath[String(refusal.path?.[0] ?? "")];
    return new HubError(
      code as ErrorCode,
      { zh: String(messageZh ?? refusal.message), en: String(messageEn ?? refusal.message) },
      { ...details, ...(field ? { field } : {}), upstreamPath: refusal.path ?? null },
    );
  }
  const unavailable = new HubError(ErrorCode.UPSTREAM_UNAVAILABLE, {
    zh: "其他部门未能提供所需数据，请稍后重试",
    en: "Another department could not provide the data needed; try again shortly",
  });
  (unavailable as { cause?: unknown }).cause = error;
  return unavailable;
}
