import { randomUUID } from "node:crypto";
import type { GraphQLFormattedError } from "graphql";

export interface HubClientOptions {
  /** The gateway's GraphQL endpoint, e.g. http://localhost:4000/graphql */
  url: string;
  /** A bearer token from the identity provider; omit for public operations. */
  token?: string;
  timeoutMs?: number;
}

/** Raised when the hub answers with errors; `data` keeps whatever part of the answer arrived. */
export class HubRequestError extends Error {
  constructor(
    readonly status: number,
    readonly errors: readonly GraphQLFormattedError[],
    readonly data: unknown,
    readonly requestId: string,
  ) {
    super(errors.map((error) => `${String(error.extensions?.code ?? "ERROR")}: ${error.message}`).join("; "));
    this.name = "HubRequestError";
  }

  /** The stable codes of the errors, e.g. ["BAD_USER_INPUT"]. */
  get codes(): string[] {
    return this.errors.map((error) => String(error.extensions?.code ?? "UNKNOWN"));
  }
}

export class HubClient {
  constructor(private readonly options: HubClientOptions) {}

  /** Sends one operation; resolves with `data`, or rejects with a HubRequestError. */
  async request<T>(document: string, variables: Record<string, unknown> = {}, requestId: string = randomUUID()): Promise<T> {
    const response = await fetch(this.options.url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-request-id": requestId,
        ...(this.options.token ? { authorization: `Bearer ${this.options.token}` } : {}),
      },
      body: JSON.stringify({ query: document, variables }),
      signal: AbortSignal.timeout(this.options.timeoutMs ?? 30_000),
    });
    const body = (await response.json()) as { data?: T | null; errors?: GraphQLFormattedError[] };
    if (body.errors?.length || body.data == null) {
      throw new HubRequestError(response.status, body.errors ?? [], body.data ?? null, requestId);
    }
    return body.data;
  }
}
