import { GraphRefusal, problemOf, transportProblem } from "./refusal";

/** A GraphQL document with the types of its result and variables. */
export interface Operation<TData, TVariables> {
  readonly document: string;
  /** Never set: carries the types. */
  readonly types?: (variables: TVariables) => TData;
}

export function operation<TData, TVariables = Record<string, never>>(document: string): Operation<TData, TVariables> {
  return { document };
}

interface GraphClientState {
  token: () => string | undefined;
  onUnauthenticated: () => void;
}

let state: GraphClientState = { token: () => undefined, onUnauthenticated: () => undefined };

/** The session tells the client which token to send and what to do when it is refused. */
export function configureGraphClient(next: GraphClientState): void {
  state = next;
}

/** Runs an operation through the gateway (same origin); any error is a GraphRefusal, partial data or not. */
export async function graph<TData, TVariables>(op: Operation<TData, TVariables>, variables: TVariables): Promise<TData> {
  const token = state.token();
  let response: Response;
  try {
    response = await fetch("/graphql", {
      method: "POST",
      headers: {
        "content-type": "application/json",
        accept: "application/json",
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query: op.document, variables }),
    });
  } catch {
    throw new GraphRefusal([transportProblem(0)], 0);
  }
  let body: { data?: TData | null; errors?: { message?: unknown; extensions?: Record<string, unknown> }[] };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw new GraphRefusal([transportProblem(response.status)], response.status);
  }
  if (body.errors?.length || !body.data) {
    const refusal = new GraphRefusal(body.errors?.length ? body.errors.map(problemOf) : [transportProblem(response.status)], response.status);
    if (refusal.unauthenticated) state.onUnauthenticated();
    throw refusal;
  }
  return body.data;
}
