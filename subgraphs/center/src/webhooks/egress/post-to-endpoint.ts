import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import type { EgressPolicy } from "./egress-policy";
import { checkEndpoint, EndpointRefused, type CheckedEndpoint, type EndpointRefusal, type HostLookup } from "./endpoint";

/** The coded reason a partner sees for a failed attempt: never the network's own words. */
export type DeliveryFailure = EndpointRefusal | "UNREACHABLE" | "TIMEOUT" | "HTTP_1xx" | "HTTP_3xx" | "HTTP_4xx" | "HTTP_5xx";

export type DeliveryOutcome =
  | { delivered: true; statusCode: number }
  | { delivered: false; statusCode: number | null; reason: DeliveryFailure; /** for the centre's log only */ detail: string };

export interface Egress {
  policy: EgressPolicy;
  lookup: HostLookup;
}

/** Every connection goes to the address that was checked, so a second DNS answer cannot move it elsewhere. */
function pinnedTo(endpoint: CheckedEndpoint): LookupFunction {
  return (_hostname, options, callback) => {
    if (options.all) callback(null, [{ address: endpoint.address, family: endpoint.family }]);
    else callback(null, endpoint.address, endpoint.family);
  };
}

/** Rejects when `signal` aborts: the host lookup counts against the attempt's time too. */
function timedOut(signal: AbortSignal): Promise<never> {
  return new Promise((_resolve, reject) => {
    signal.addEventListener("abort", () => reject(new Error("timed out")), { once: true });
  });
}

function failureOf(status: number): DeliveryFailure {
  if (status < 200) return "HTTP_1xx";
  if (status < 400) return "HTTP_3xx";
  return status < 500 ? "HTTP_4xx" : "HTTP_5xx";
}

/**
 * POSTs `body` to a partner's endpoint: resolves and checks its host now (the address it had
 * when subscribing may have changed), connects to that checked address only, follows no
 * redirect (a 3xx is a failure), and gives up after `timeoutMs`.
 */
export async function postToEndpoint(
  url: string,
  body: string,
  headers: Record<string, string>,
  egress: Egress,
  timeoutMs: number,
): Promise<DeliveryOutcome> {
  const signal = AbortSignal.timeout(timeoutMs);
  let endpoint: CheckedEndpoint;
  try {
    endpoint = await Promise.race([checkEndpoint(url, egress.policy, egress.lookup), timedOut(signal)]);
  } catch (error) {
    if (signal.aborted) return { delivered: false, statusCode: null, reason: "TIMEOUT", detail: "the host was not resolved in time" };
    if (!(error instanceof EndpointRefused)) throw error;
    return { delivered: false, statusCode: null, reason: error.reason, detail: error.message };
  }
  const client = endpoint.url.protocol === "https:" ? https : http;
  return new Promise((resolve) => {
    const request = client.request(
      endpoint.url,
      {
        method: "POST",
        headers: { ...headers, "content-length": String(Buffer.byteLength(body)) },
        lookup: pinnedTo(endpoint),
        agent: false,
        signal,
      },
      (response) => {
        const status = response.statusCode ?? 0;
        response.destroy();
        resolve(
          status >= 200 && status < 300
            ? { delivered: true, statusCode: status }
            : { delivered: false, statusCode: status, reason: failureOf(status), detail: `HTTP ${status}` },
        );
      },
    );
    request.on("error", (error) => {
      resolve({ delivered: false, statusCode: null, reason: signal.aborted ? "TIMEOUT" : "UNREACHABLE", detail: error.message });
    });
    request.end(body);
  });
}
