import { invalidInput, type HubError } from "@hub/subgraph-kit";
import type { EndpointRefusal } from "./endpoint";

const MESSAGES: Record<EndpointRefusal, { zh: string; en: string }> = {
  NOT_A_URL: { zh: "推送地址不是有效的网址", en: "The URL is not valid" },
  SCHEME: { zh: "推送地址须为 http(s) 网址", en: "The URL must be http(s)" },
  HTTPS_REQUIRED: { zh: "推送地址须为 https 网址", en: "The URL must be https" },
  CREDENTIALS: { zh: "推送地址不得包含用户名或密码", en: "The URL must not carry a user name or password" },
  UNRESOLVABLE: { zh: "推送地址的主机名无法解析", en: "The URL's host name does not resolve" },
  REFUSED_ADDRESS: {
    zh: "推送地址须指向互联网公共地址，不得指向本机、内网、链路本地或组播地址",
    en: "The URL must point to a public address, not to this host, a private, link-local or multicast network",
  },
};

/** The subscription's `input.url` refused, with the stable reason as its rule. */
export function endpointInputError(reason: EndpointRefusal): HubError {
  return invalidInput("input.url", `webhook endpoint: ${reason}`, MESSAGES[reason], { reason });
}
