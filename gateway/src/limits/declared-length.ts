import type { RequestHandler } from "express";
import { errorBody, GatewayErrorCode } from "../errors";
import { requestState } from "../request-state";

/**
 * Refuses a body declared (Content-Length) over the limit before reading any of it, and closes
 * the connection: the body parser alone would drain the whole declared body first, so a client
 * declaring 50 MB and sending nothing would hold the connection until the body timeout.
 */
export function declaredLengthLimit(maxBodyBytes: number): RequestHandler {
  return (req, res, next) => {
    const declared = Number(req.headers["content-length"]);
    if (!Number.isFinite(declared) || declared <= maxBodyBytes) {
      next();
      return;
    }
    requestState(res).log.warn({ limit: maxBodyBytes, actual: declared }, "request refused: declared body too large");
    res.set("Connection", "close");
    res.status(413).json(
      errorBody(
        GatewayErrorCode.REQUEST_TOO_LARGE,
        {
          zh: `请求体过大：${declared} 字节，上限为 ${maxBodyBytes} 字节`,
          en: `The request body is too large: ${declared} bytes, at most ${maxBodyBytes}`,
        },
        { limit: maxBodyBytes, actual: declared },
      ),
    );
    res.on("finish", () => req.socket.destroy());
  };
}
