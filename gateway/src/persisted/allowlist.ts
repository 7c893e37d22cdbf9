import type { Actor } from "@hub/contract";
import type { RequestHandler } from "express";
import { GatewayErrorCode } from "../errors";
import { graphqlRequestOf, replaceDocument } from "../limits/graphql-request";
import { refuse } from "../limits/refuse";
import { requestState } from "../request-state";
import { sha256, type PersistedOperationsManifest } from "./manifest";

export interface PersistedOperationsOptions {
  manifest: PersistedOperationsManifest;
  /** Roles whose holders may run manifest operations only; `*` means every caller. */
  onlyFor: readonly string[];
}

export const EVERYONE = "*";

function restricted(actor: Actor, onlyFor: readonly string[]): boolean {
  return onlyFor.includes(EVERYONE) || actor.roles.some((role) => onlyFor.includes(role));
}

function persistedIdOf(extensions: Record<string, unknown>, id: string | undefined): string | undefined {
  const persisted = extensions.persistedQuery;
  if (typeof persisted === "object" && persisted !== null && "sha256Hash" in persisted && typeof persisted.sha256Hash === "string") {
    return persisted.sha256Hash;
  }
  return id;
}

/**
 * Runs manifest operations sent by id (`extensions.persistedQuery.sha256Hash`, Apollo style,
 * or a top-level `id`) for anyone, and, for the callers the mode covers, refuses every document
 * that is not in the manifest with PERSISTED_QUERY_NOT_ALLOWED. Other callers' unknown ids go
 * on to Apollo Server's own automatic persisted queries.
 */
export function persistedOperations(options: PersistedOperationsOptions): RequestHandler {
  const byId = new Map(options.manifest.operations.map((operation) => [operation.id, operation]));
  return (req, res, next) => {
    const request = graphqlRequestOf(req);
    if (!request) {
      next();
      return;
    }
    const id = persistedIdOf(request.extensions, request.id);
    const known = id === undefined ? undefined : byId.get(id);
    if (known && (request.query === undefined || request.query === known.body)) {
      replaceDocument(req, known.body);
      next();
      return;
    }
    const { actor } = requestState(res);
    // A subgraph's delegated call for a restricted actor meets the same rule as the actor's own.
    const allowed =
      !restricted(actor, options.onlyFor) || (request.query !== undefined && id === undefined && byId.has(sha256(request.query)));
    if (allowed) {
      next();
      return;
    }
    refuse(res, {
      status: 403,
      code: GatewayErrorCode.PERSISTED_QUERY_NOT_ALLOWED,
      message: {
        zh: "此调用方只能执行已登记的操作（persisted-operations.json），请按其 id 发送",
        en: "This caller may only run registered operations (persisted-operations.json); send one by its id",
      },
      details: { operationId: id ?? (request.query === undefined ? null : sha256(request.query)) },
    });
  };
}
