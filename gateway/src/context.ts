import type { Actor } from "@hub/contract";
import type { Logger } from "./logger";
import type { RequestOutcome } from "./request-state";

/** Apollo's per-request context in the gateway, built from the request's state. */
export interface GatewayContext {
  requestId: string;
  correlationId: string | undefined;
  actor: Actor;
  log: Logger;
  outcome: RequestOutcome;
}

export function isGatewayContext(value: unknown): value is GatewayContext {
  return typeof value === "object" && value !== null && "requestId" in value && "actor" in value && "log" in value;
}
