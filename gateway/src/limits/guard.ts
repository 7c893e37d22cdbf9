import type { Request, RequestHandler, Response } from "express";
import { getOperationAST, Kind, parse, type DocumentNode, type GraphQLSchema } from "graphql";
import { GatewayErrorCode } from "../errors";
import type { OperationLimits } from "./config";
import { estimateCost } from "./cost";
import { graphqlRequestOf } from "./graphql-request";
import { refuse, type Refusal } from "./refuse";
import { measureDocument } from "./structure";
import { countTokens } from "./tokens";

/** Checks the operation about to run once it is known (e.g. a rate limit on certain root fields); returns a refusal or nothing. */
export type OperationCheck = (
  rootFields: readonly string[],
  req: Request,
  res: Response,
) => Refusal | undefined | Promise<Refusal | undefined>;

export interface OperationGuardOptions {
  limits: OperationLimits;
  /** The API schema currently served (it changes when the supergraph reloads). */
  schema: () => GraphQLSchema | undefined;
  check?: OperationCheck;
}

function overLimit(code: GatewayErrorCode, what: { zh: string; en: string }, limit: number, actual: number, status = 400): Refusal {
  return {
    status,
    code,
    message: {
      zh: `${what.zh}超过上限：${actual}，上限为 ${limit}`,
      en: `The operation's ${what.en} is over the limit: ${actual}, at most ${limit}`,
    },
    details: { limit, actual },
  };
}

/** The first structural limit the document breaks, if any; checked in order of what is cheapest to refuse. */
export function structuralRefusal(document: DocumentNode, limits: OperationLimits): Refusal | undefined {
  const measured = measureDocument(document);
  if (measured.depth > limits.maxDepth) {
    return overLimit(GatewayErrorCode.DEPTH_LIMIT_EXCEEDED, { zh: "查询嵌套深度", en: "depth" }, limits.maxDepth, measured.depth);
  }
  if (measured.aliases > limits.maxAliases) {
    return overLimit(GatewayErrorCode.TOO_MANY_ALIASES, { zh: "别名数量", en: "number of aliases" }, limits.maxAliases, measured.aliases);
  }
  if (measured.rootFields > limits.maxRootFields) {
    return overLimit(
      GatewayErrorCode.TOO_MANY_ROOT_FIELDS,
      { zh: "顶层字段数量", en: "number of root fields" },
      limits.maxRootFields,
      measured.rootFields,
    );
  }
  if (measured.directives > limits.maxDirectives) {
    return overLimit(
      GatewayErrorCode.TOO_MANY_DIRECTIVES,
      { zh: "指令数量", en: "number of directives" },
      limits.maxDirectives,
      measured.directives,
    );
  }
  return undefined;
}

/** The document has no operation of that name (or several and no name chose one): nothing to run. */
function unknownOperation(operationName: string | undefined): Refusal {
  return {
    status: 400,
    code: GatewayErrorCode.BAD_REQUEST,
    message: operationName
      ? {
          zh: `文档中没有名为“${operationName.slice(0, 100)}”的操作`,
          en: `The document has no operation named "${operationName.slice(0, 100)}"`,
        }
      : {
          zh: "文档含有多个操作，须以 operationName 指明执行哪一个",
          en: "The document has several operations: name the one to run in operationName",
        },
    details: { field: "operationName", rule: "GraphQL over HTTP: operationName selects an operation of the document" },
  };
}

function rootFieldsOf(document: DocumentNode, operationName: string | undefined): string[] {
  const operation = getOperationAST(document, operationName);
  if (!operation) return [];
  return operation.selectionSet.selections.flatMap((selection) => (selection.kind === Kind.FIELD ? [selection.name.value] : []));
}

/**
 * Refuses, before Apollo Server parses, validates or plans anything, an operation over any of
 * the limits: document size, tokens, depth, aliases, root fields, directives, estimated cost.
 * A document that does not parse goes on, so Apollo Server answers GRAPHQL_PARSE_FAILED as usual.
 */
export function operationGuard(options: OperationGuardOptions): RequestHandler {
  const { limits } = options;
  return async (req, res, next) => {
    const request = graphqlRequestOf(req);
    if (request?.query === undefined) {
      next();
      return;
    }
    const refusal = await refusalFor(request.query, request.variables, request.operationName, req, res);
    if (refusal) refuse(res, refusal);
    else next();
  };

  function refusalFor(
    query: string,
    variables: Record<string, unknown>,
    operationName: string | undefined,
    req: Request,
    res: Response,
  ): Refusal | undefined | Promise<Refusal | undefined> {
    const bytes = Buffer.byteLength(query, "utf8");
    if (bytes > limits.maxDocumentBytes) {
      return overLimit(
        GatewayErrorCode.DOCUMENT_TOO_LARGE,
        { zh: "查询文档字节数", en: "document size in bytes" },
        limits.maxDocumentBytes,
        bytes,
        413,
      );
    }
    const tokens = countTokens(query);
    if (tokens > limits.maxTokens) {
      return overLimit(GatewayErrorCode.TOO_MANY_TOKENS, { zh: "查询文档词法单元数", en: "number of tokens" }, limits.maxTokens, tokens);
    }
    let document: DocumentNode;
    try {
      document = parse(query, { noLocation: true, maxTokens: limits.maxTokens });
    } catch {
      return undefined;
    }
    if (!getOperationAST(document, operationName)) return unknownOperation(operationName);
    const structural = structuralRefusal(document, limits);
    if (structural) return structural;
    const schema = options.schema();
    if (schema) {
      const cost = estimateCost(document, { schema, variables, defaultListSize: limits.defaultListSize });
      if (cost > limits.maxCost) {
        const actual = Number.isFinite(cost) ? cost : Number.MAX_SAFE_INTEGER;
        return overLimit(GatewayErrorCode.COST_LIMIT_EXCEEDED, { zh: "估算成本", en: "estimated cost" }, limits.maxCost, actual);
      }
    }
    return options.check?.(rootFieldsOf(document, operationName), req, res);
  }
}
