import type { ErrorRequestHandler, RequestHandler } from "express";
import { errorBody, GatewayErrorCode } from "./errors";
import { requestState } from "./request-state";

export const notFound: RequestHandler = (_req, res) => {
  res.status(404).json(errorBody(GatewayErrorCode.NOT_FOUND, { zh: "没有这个地址", en: "No such endpoint" }));
};

function httpStatusOf(error: unknown): number | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const status = "status" in error ? error.status : "statusCode" in error ? error.statusCode : undefined;
  return typeof status === "number" && status >= 400 && status < 500 ? status : undefined;
}

/**
 * The body parser stops reading at the limit: `length` is the declared Content-Length, or,
 * for a body sent in chunks, `received` is how much had arrived when it stopped.
 */
function sizesOf(error: object): { limit: number | undefined; actual: number | undefined } {
  const number = (key: string) =>
    key in error && typeof (error as Record<string, unknown>)[key] === "number" ? (error as Record<string, number>)[key] : undefined;
  return { limit: number("limit"), actual: number("length") ?? number("received") };
}

/** Bad request bodies (invalid JSON, too large) get a GraphQL-shaped 4xx; anything else a logged 500. */
export const errorHandler: ErrorRequestHandler = (error, _req, res, next) => {
  if (res.headersSent) {
    next(error);
    return;
  }
  const status = httpStatusOf(error);
  if (status === 413) {
    const { limit, actual } = sizesOf(error);
    // The refused body is not read: close the connection rather than wait for what was declared.
    res.set("Connection", "close");
    res.status(413).json(
      errorBody(
        GatewayErrorCode.REQUEST_TOO_LARGE,
        {
          zh: `请求体过大：${actual ?? "超过上限"} 字节，上限为 ${limit ?? "?"} 字节`,
          en: `The request body is too large: ${actual ?? "more than the limit of"} bytes, at most ${limit ?? "?"}`,
        },
        { limit, actual },
      ),
    );
    return;
  }
  if (status !== undefined) {
    const invalidJson = typeof error === "object" && error !== null && "type" in error && error.type === "entity.parse.failed";
    const message = invalidJson
      ? { zh: "请求体不是有效的 JSON", en: "The request body is not valid JSON" }
      : { zh: "无法处理该请求", en: "The request could not be processed" };
    res.status(status).json(errorBody(GatewayErrorCode.BAD_REQUEST, message));
    return;
  }
  requestState(res).log.error({ err: error }, "request failed unexpectedly");
  res.status(500).json(errorBody(GatewayErrorCode.INTERNAL, { zh: "内部错误", en: "Internal error" }));
};
