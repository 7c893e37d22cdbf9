import { isIP } from "node:net";
import ipaddr from "ipaddr.js";

/**
 * Where partner webhooks may be sent. Every address a partner's host resolves to must be a
 * public unicast address, unless the operator allowlists the host name or a network
 * (CENTER_WEBHOOK_ALLOW): otherwise a partner could make the centre call its own database,
 * the other subgraphs or a cloud metadata service, and read back what answered.
 */
export interface EgressPolicy {
  /** Only `https:` endpoints (CENTER_WEBHOOK_REQUIRE_HTTPS; on by default in production). */
  requireHttps: boolean;
  /** Host names (exact, lower case) the operator trusts whatever they resolve to. */
  allowedHosts: readonly string[];
  /** Networks the operator trusts, e.g. a partner gateway inside the government network. */
  allowedNetworks: readonly (readonly [ipaddr.IPv4 | ipaddr.IPv6, number])[];
}

export const STRICT_EGRESS: EgressPolicy = Object.freeze({ requireHttps: true, allowedHosts: [], allowedNetworks: [] });

/** Parses `host,10.20.0.0/16,fd00::/8,203.0.113.7` into a policy; throws naming the entry it cannot read. */
export function parseEgressAllowlist(text: string): Pick<EgressPolicy, "allowedHosts" | "allowedNetworks"> {
  const allowedHosts: string[] = [];
  const allowedNetworks: [ipaddr.IPv4 | ipaddr.IPv6, number][] = [];
  for (const entry of text.split(",").map((item) => item.trim().toLowerCase())) {
    if (!entry) continue;
    if (entry.includes("/")) {
      try {
        allowedNetworks.push(ipaddr.parseCIDR(entry));
      } catch {
        throw new Error(`"${entry}" is not a network in CIDR notation (e.g. 10.20.0.0/16)`);
      }
    } else if (isIP(entry)) {
      const address = ipaddr.parse(entry);
      allowedNetworks.push([address, address.kind() === "ipv4" ? 32 : 128]);
    } else if (/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/.test(entry)) {
      allowedHosts.push(entry);
    } else {
      throw new Error(`"${entry}" is neither a host name, an IP address nor a CIDR network`);
    }
  }
  return { allowedHosts, allowedNetworks };
}

/** The address as the network sees it: an IPv4-mapped IPv6 address (::ffff:127.0.0.1) is its IPv4 address. */
function canonical(address: string): ipaddr.IPv4 | ipaddr.IPv6 | null {
  if (!isIP(address)) return null;
  const parsed = ipaddr.parse(address);
  return parsed.kind() === "ipv6" && (parsed as ipaddr.IPv6).isIPv4MappedAddress() ? (parsed as ipaddr.IPv6).toIPv4Address() : parsed;
}

/**
 * Public unicast only: loopback, private (10/8, 172.16/12, 192.168/16), carrier-grade NAT
 * (100.64/10), link-local (169.254/16, fe80::/10), multicast, unspecified (0.0.0.0, ::),
 * unique-local (fc00::/7), broadcast and the reserved and documentation ranges are refused,
 * each classified by ipaddr.js. The operator's networks are allowed whatever their range.
 */
export function isAllowedAddress(address: string, policy: EgressPolicy): boolean {
  const parsed = canonical(address);
  if (!parsed) return false;
  const allowlisted = policy.allowedNetworks.some(([network, bits]) => network.kind() === parsed.kind() && parsed.match(network, bits));
  return allowlisted || parsed.range() === "unicast";
}

export function isAllowedHost(hostname: string, policy: EgressPolicy): boolean {
  return policy.allowedHosts.includes(hostname.toLowerCase());
}

/** A host written as an IP address (the URL parser has already turned 2130706433 and 0x7f.1 into 127.0.0.1). */
export function literalAddress(hostname: string): string | null {
  const bare = hostname.startsWith("[") && hostname.endsWith("]") ? hostname.slice(1, -1) : hostname;
  return isIP(bare) ? bare : null;
}
