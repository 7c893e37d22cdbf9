import type { DocumentTypeDecoration } from "@graphql-typed-document-node/core";

/** The department front ends and integrations the SDK's operations are grouped by. */
export type Workspace = "centre-desk" | "mediation" | "court" | "procuratorate" | "supervision" | "partner" | "public";

/**
 * One operation of the hub, typed by its result and variables (a typed document in the sense of
 * `@graphql-typed-document-node/core`, so typed GraphQL clients accept it too).
 */
export interface HubDocument<TResult, TVariables> extends DocumentTypeDecoration<TResult, TVariables> {
  readonly name: string;
  readonly kind: "query" | "mutation";
  readonly workspace: Workspace;
  /** The exact text sent to the gateway; `hash` is its sha256. */
  readonly body: string;
  /** sha256 (hex) of `body`: the persisted-operation id, sent alone when a caller chooses hashes only. */
  readonly hash: string;
}

/** Any operation, whatever its types (for catalogues and manifests). */
export type AnyHubDocument = HubDocument<unknown, never>;

export type ResultOf<D> = D extends HubDocument<infer R, infer _V> ? R : never;
export type VariablesOf<D> = D extends HubDocument<infer _R, infer V> ? V : never;

/** Builds a typed document; used by the generated code only. */
export function hubDocument<TResult, TVariables>(
  fields: Omit<HubDocument<TResult, TVariables>, "__apiType">,
): HubDocument<TResult, TVariables> {
  return Object.freeze({ ...fields });
}
