import type { HubDocument } from "./document";
import { HubRequestError, toHubError, type HubError, type WireError } from "./errors";

/** A bearer token, or a function that returns the current one (e.g. refreshed by the front end's sign-in). */
export type TokenSource = string | (() => string | undefined | Promise<string | undefined>);

export interface HubClientOptions {
  /** The gateway's GraphQL endpoint, e.g. http://localhost:4000/graphql */
  url: string;
  /** Omit for the public operations (submitPublicDispute, publicDisputeStatus). */
  token?: TokenSource;
  /** Per request, default 30 000 ms; the request is aborted past it. */
  timeoutMs?: number;
  /**
   * `text` (default) sends the operation's text; `hash` sends only its persisted-operation id
   * (sha256), as partner systems may, and falls back to the text if the gateway does not know it.
   */
  send?: "text" | "hash";
  /** Browser only: whether cookies go with the request (fetch's `credentials`), default `same-origin`. */
  credentials?: "omit" | "same-origin" | "include";
  /** Another fetch (tests, instrumentation); default the global one. */
  fetch?: typeof fetch;
}

export interface RequestOptions {
  /** Sent as x-request-id: the gateway keeps it as the correlation id in every service's log (its own request id comes back in x-request-id); default a random UUID. */
  requestId?: string;
  /** Aborts the request (e.g. when a page is left). */
  signal?: AbortSignal;
}

/** Headers the SDK sends: the gateway's CORS configuration allows exactly these. */
export const SDK_REQUEST_HEADERS = ["content-type", "authorization", "x-request-id"] as const;

/** Variables are required when the operation has a required variable, optional otherwise. */
export type VariablesArgs<V> =
  Record<string, never> extends V ? [variables?: V, options?: RequestOptions] : [variables: V, options?: RequestOptions];

/** An answer: all data and no errors, or errors with whatever data arrived. */
export type HubResult<R> = { ok: true; data: R; errors: readonly [] } | { ok: false; data: unknown; errors: readonly HubError[] };

interface WireBody {
  data?: unknown;
  errors?: WireError[];
}

function randomId(): string {
  const crypto = globalThis.crypto;
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
}

function signalOf(timeoutMs: number, signal: AbortSignal | undefined): AbortSignal {
  const timeout = AbortSignal.timeout(timeoutMs);
  return signal ? AbortSignal.any([timeout, signal]) : timeout;
}

function failure(code: "NETWORK_ERROR" | "INVALID_RESPONSE", message: string): HubError {
  return toHubError({ message, extensions: { code, messageEn: message } });
}

/** A typed client for the hub's one graph; works in Node 20+ and in browsers. */
export class HubClient {
  constructor(private readonly options: HubClientOptions) {}

  /** Sends one operation; resolves with its typed data, or rejects with a HubRequestError. */
  async request<R, V>(document: HubDocument<R, V>, ...[variables, options]: VariablesArgs<V>): Promise<R> {
    const requestId = options?.requestId ?? randomId();
    const result = await this.send(document, variables, options, requestId);
    if (!result.ok) throw new HubRequestError(result.status, result.errors, result.data, requestId);
    return result.data;
  }

  /** Sends one operation and never rejects: errors come back typed, beside any partial data. */
  async execute<R, V>(document: HubDocument<R, V>, ...[variables, options]: VariablesArgs<V>): Promise<HubResult<R>> {
    const result = await this.send(document, variables, options, options?.requestId ?? randomId());
    return result.ok ? { ok: true, data: result.data, errors: [] } : { ok: false, data: result.data, errors: result.errors };
  }

  private async send<R, V>(
    document: HubDocument<R, V>,
    variables: V | undefined,
    options: RequestOptions | undefined,
    requestId: string,
  ): Promise<({ ok: true; data: R } | { ok: false; data: unknown; errors: readonly HubError[] }) & { status: number }> {
    const hashOnly = this.options.send === "hash";
    let answer = await this.post(document, variables ?? {}, hashOnly, options, requestId);
    if (hashOnly && answer.errors?.some((error) => toHubError(error).code === "PERSISTED_QUERY_NOT_FOUND")) {
      answer = await this.post(document, variables ?? {}, false, options, requestId);
    }
    const errors = (answer.errors ?? []).map(toHubError);
    if (errors.length === 0 && answer.data != null) return { ok: true, data: answer.data as R, status: answer.status };
    return {
      ok: false,
      data: answer.data ?? null,
      errors: errors.length ? errors : [failure("INVALID_RESPONSE", "The answer held neither data nor errors")],
      status: answer.status,
    };
  }

  private async post<R, V>(
    document: HubDocument<R, V>,
    variables: V | Record<string, never>,
    hashOnly: boolean,
    options: RequestOptions | undefined,
    requestId: string,
  ): Promise<WireBody & { status: number }> {
    const token = typeof this.options.token === "function" ? await this.options.token() : this.options.token;
    const payload = {
      operationName: document.name,
      variables,
      ...(hashOnly ? { extensions: { persistedQuery: { version: 1, sha256Hash: document.hash } } } : { query: document.body }),
    };
    let response: Response;
    try {
      response = await (this.options.fetch ?? fetch)(this.options.url, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "x-request-id": requestId,
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify(payload),
        credentials: this.options.credentials ?? "same-origin",
        signal: signalOf(this.options.timeoutMs ?? 30_000, options?.signal),
      });
    } catch (error) {
      return {
        status: 0,
        errors: [{ message: error instanceof Error ? error.message : String(error), extensions: { code: "NETWORK_ERROR" } }],
      };
    }
    try {
      const body = (await response.json()) as WireBody;
      return { status: response.status, ...body };
    } catch {
      return {
        status: response.status,
        errors: [{ message: `HTTP ${response.status}: the answer is not JSON`, extensions: { code: "INVALID_RESPONSE" } }],
      };
    }
  }
}

/** Same as `new HubClient(options)`. */
export function createHubClient(options: HubClientOptions): HubClient {
  return new HubClient(options);
}
