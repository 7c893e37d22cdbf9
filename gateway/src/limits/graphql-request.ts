import type { Request } from "express";

/** The GraphQL parts of an HTTP request, POST body or GET query string alike. */
export interface GraphQLHttpRequest {
  query: string | undefined;
  operationName: string | undefined;
  variables: Record<string, unknown>;
  extensions: Record<string, unknown>;
  /** A persisted operation's id sent instead of (or with) the document. */
  id: string | undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function jsonRecord(value: unknown): Record<string, unknown> {
  if (isRecord(value)) return value;
  if (typeof value !== "string") return {};
  try {
    const parsed: unknown = JSON.parse(value);
    return isRecord(parsed) ? parsed : {};
  } catch {
    return {};
  }
}

const text = (value: unknown) => (typeof value === "string" ? value : undefined);

/**
 * Reads the operation from a POST body or a GET query string. Anything else (a batch array, a
 * body that is not an object) yields undefined and is left for Apollo Server to refuse.
 */
export function graphqlRequestOf(req: Request): GraphQLHttpRequest | undefined {
  const source: unknown = req.method === "GET" ? req.query : req.body;
  if (!isRecord(source)) return undefined;
  return {
    query: text(source.query),
    operationName: text(source.operationName),
    variables: jsonRecord(source.variables),
    extensions: jsonRecord(source.extensions),
    id: text(source.id),
  };
}

/** Puts a resolved document in place of a persisted operation's id, for Apollo Server to run. */
export function replaceDocument(req: Request, query: string): void {
  if (req.method === "GET") {
    const url = new URL(req.url, "http://gateway.invalid");
    url.searchParams.set("query", query);
    url.searchParams.delete("extensions");
    url.searchParams.delete("id");
    req.url = `${url.pathname}${url.search}`;
    return;
  }
  const body = req.body as Record<string, unknown>;
  body.query = query;
  delete body.id;
  if (isRecord(body.extensions)) delete body.extensions.persistedQuery;
}
