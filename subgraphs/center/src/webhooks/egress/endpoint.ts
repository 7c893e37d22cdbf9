import { lookup as dnsLookup } from "node:dns/promises";
import { isAllowedAddress, isAllowedHost, literalAddress, type EgressPolicy } from "./egress-policy";

/** Resolves a host to every address it has (the system resolver by default; tests give their own). */
export type HostLookup = (hostname: string) => Promise<readonly { address: string; family: number }[]>;

export const systemLookup: HostLookup = (hostname) => dnsLookup(hostname, { all: true, verbatim: true });

/** Why an endpoint is refused; the same words a partner sees on a delivery. */
export type EndpointRefusal = "NOT_A_URL" | "SCHEME" | "HTTPS_REQUIRED" | "CREDENTIALS" | "UNRESOLVABLE" | "REFUSED_ADDRESS";

export class EndpointRefused extends Error {
  constructor(readonly reason: EndpointRefusal) {
    super(`webhook endpoint refused: ${reason}`);
    this.name = "EndpointRefused";
  }
}

/** What the centre will connect to: the URL, and the one checked address the connection is pinned to. */
export interface CheckedEndpoint {
  url: URL;
  address: string;
  family: 4 | 6;
}

/** The URL's form: http(s) (https only when required), no user:password@. */
export function parseEndpointUrl(text: string, policy: EgressPolicy): URL {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    throw new EndpointRefused("NOT_A_URL");
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new EndpointRefused("SCHEME");
  if (policy.requireHttps && url.protocol !== "https:") throw new EndpointRefused("HTTPS_REQUIRED");
  if (url.username || url.password) throw new EndpointRefused("CREDENTIALS");
  return url;
}

function familyOf(address: string): 4 | 6 {
  return address.includes(":") ? 6 : 4;
}

/**
 * Resolves the URL's host and checks every address it has: one refused address refuses the
 * endpoint (a name that also resolves inside the network is not a partner's). An allowlisted
 * host name or network passes whatever it resolves to.
 */
export async function checkEndpoint(text: string, policy: EgressPolicy, lookup: HostLookup): Promise<CheckedEndpoint> {
  const url = parseEndpointUrl(text, policy);
  const hostname = url.hostname.replace(/\.$/, "");
  const literal = literalAddress(hostname);
  if (literal) {
    if (!isAllowedAddress(literal, policy)) throw new EndpointRefused("REFUSED_ADDRESS");
    return { url, address: literal, family: familyOf(literal) };
  }
  let addresses: readonly { address: string }[];
  try {
    addresses = await lookup(hostname);
  } catch {
    throw new EndpointRefused("UNRESOLVABLE");
  }
  const [first] = addresses;
  if (!first) throw new EndpointRefused("UNRESOLVABLE");
  if (!isAllowedHost(hostname, policy) && !addresses.every(({ address }) => isAllowedAddress(address, policy))) {
    throw new EndpointRefused("REFUSED_ADDRESS");
  }
  return { url, address: first.address, family: familyOf(first.address) };
}
