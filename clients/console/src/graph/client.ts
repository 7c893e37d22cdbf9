import { createHubClient, HubRequestError, type HubDocument } from "@hub/sdk";
import { GraphRefusal, problemOf, transportProblem } from "./refusal";

interface GraphClientState {
  token: () => string | undefined;
  onUnauthenticated: () => void;
}

let state: GraphClientState = { token: () => undefined, onUnauthenticated: () => undefined };

/** The session tells the client which token to send and what to do when it is refused. */
export function configureGraphClient(next: GraphClientState): void {
  state = next;
}

// The SDK's client, on the gateway of the same origin.
const hub = createHubClient({ url: "/graphql", token: () => state.token() });

/** Runs one of the SDK's typed documents; any error becomes a GraphRefusal read for people. */
export async function graph<R, V>(document: HubDocument<R, V>, variables: V): Promise<R> {
  try {
    return await (hub.request as (d: HubDocument<R, V>, v: V) => Promise<R>)(document, variables);
  } catch (error) {
    if (!(error instanceof HubRequestError)) throw new GraphRefusal([transportProblem(0)], 0);
    const problems = error.errors.length
      ? error.errors.map((e) => problemOf({ message: e.message, extensions: { ...e.extensions } }))
      : [transportProblem(error.status)];
    const refusal = new GraphRefusal(problems, error.status);
    if (refusal.unauthenticated) state.onUnauthenticated();
    throw refusal;
  }
}
