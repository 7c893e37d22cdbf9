import { DocumentNotReady, documentTypeOfSlug, DOCUMENT_TITLES, loadDocument, type RunQuery } from "@hub/documents";
import type { Bilingual } from "@hub/contract";
import express, { type RequestHandler, type Router } from "express";
import type { GatewayContext } from "../context";
import { errorBody, GatewayErrorCode } from "../errors";
import { requestState } from "../request-state";
import { renderPdf } from "./pdf";

/** Runs a document of the SDK inside the gateway, as the caller: the access policy, scopes and masking apply. */
export type ExecuteAsCaller = (
  query: string,
  variables: Record<string, unknown>,
  context: GatewayContext,
) => Promise<{ data?: unknown; errors?: readonly CallerError[] }>;

interface CallerError {
  message: string;
  extensions?: Record<string, unknown>;
}

/** The graph refused the caller: its first error, carried to the HTTP answer. */
class GraphRefused extends Error {
  constructor(readonly error: CallerError) {
    super(error.message);
  }
}

const STATUS_BY_CODE: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, BAD_USER_INPUT: 400 };

function refuse(
  res: express.Response,
  status: number,
  code: GatewayErrorCode,
  message: Bilingual,
  extensions: Record<string, unknown> = {},
) {
  res
    .status(status)
    .set("Cache-Control", "no-store")
    .json(errorBody(code, message, extensions));
}

/**
 * GET /documents/<type>/<id>.pdf (or .json): a printed document laid out from the graph's data,
 * read with the caller's own token, so a caller gets only the documents of records they may read,
 * with personal data masked as the graph masks it. Every answer is `no-store`.
 */
export function documentsRouter(execute: ExecuteAsCaller, guards: RequestHandler[]): Router {
  const router = express.Router();
  router.get("/:slug/:file", ...guards, async (req, res, next) => {
    const type = documentTypeOfSlug(String(req.params.slug));
    const file = /^([0-9A-Za-z-]{1,64})\.(pdf|json)$/.exec(String(req.params.file));
    if (!type || !file?.[1]) {
      refuse(res, 404, GatewayErrorCode.NOT_FOUND, { zh: "没有这种文书", en: "No such document" });
      return;
    }
    const state = requestState(res);
    if (state.actor.userId === "anonymous") {
      refuse(res, 401, GatewayErrorCode.UNAUTHENTICATED, { zh: "请先登录再打印文书", en: "Sign in to print documents" });
      return;
    }
    const context: GatewayContext = {
      requestId: state.requestId,
      correlationId: state.correlationId,
      actor: state.actor,
      log: state.log,
      outcome: state.outcome,
    };
    const run: RunQuery = async (document, variables) => {
      const result = await execute(document.body, variables, context);
      const first = result.errors?.[0];
      if (first) throw new GraphRefused(first);
      return result.data as never;
    };
    try {
      const document = await loadDocument(type, file[1], run);
      res.set("Cache-Control", "no-store").set("X-Document-Hash", `sha-256=${document.verification.hash}`);
      if (file[2] === "json") {
        res.json(document);
        return;
      }
      const pdf = await renderPdf(document);
      const name = encodeURIComponent(`${DOCUMENT_TITLES[type]}-${document.number}.pdf`);
      res.type("application/pdf").set("Content-Disposition", `inline; filename*=UTF-8''${name}`).send(pdf);
    } catch (error) {
      if (error instanceof DocumentNotReady) {
        refuse(res, 409, GatewayErrorCode.CONFLICT, { zh: error.zh, en: error.en });
        return;
      }
      if (error instanceof GraphRefused) {
        const code = String(error.error.extensions?.code ?? "INTERNAL_SERVER_ERROR");
        const zh = typeof error.error.extensions?.messageZh === "string" ? error.error.extensions.messageZh : error.error.message;
        const en = typeof error.error.extensions?.messageEn === "string" ? error.error.extensions.messageEn : error.error.message;
        res
          .status(STATUS_BY_CODE[code] ?? 502)
          .set("Cache-Control", "no-store")
          .json({ errors: [{ message: error.error.message, extensions: { ...error.error.extensions, messageZh: zh, messageEn: en } }] });
        return;
      }
      next(error);
    }
  });
  return router;
}
