import { createHubClient, HubRequestError, type HubDocument, type HubError } from "@hub/sdk";

// No token: the public page is anonymous, and the gateway lets it reach the public operations alone.
const hub = createHubClient({ url: "/graphql" });

/** A refusal in the words a resident reads, and the form field it belongs to when there is one. */
export class PlainRefusal extends Error {
  constructor(
    message: string,
    readonly field: string | undefined,
  ) {
    super(message);
    this.name = "PlainRefusal";
  }
}

/** `input.idNumber` → `idNumber`: the form's own field name. */
function fieldOf(error: HubError): string | undefined {
  const field = "field" in error ? error.field : undefined;
  return typeof field === "string" ? field.replace(/^input\./, "") : undefined;
}

export function plainRefusal(error: HubError): PlainRefusal {
  switch (error.code) {
    case "RATE_LIMITED": {
      const seconds = error.retryAfter;
      return new PlainRefusal(
        seconds ? `提交太频繁了，请等 ${seconds} 秒后再试。已填写的内容都还在。` : "提交太频繁了，请稍后再试。已填写的内容都还在。",
        undefined,
      );
    }
    case "NETWORK_ERROR":
    case "SUBGRAPH_UNAVAILABLE":
    case "UPSTREAM_UNAVAILABLE":
    case "OPERATION_TIMEOUT":
      return new PlainRefusal("网络或服务暂时不可用，请稍后再试。已填写的内容都还在。", undefined);
    case "BAD_USER_INPUT":
    case "NOT_FOUND":
    case "REFUSED_BY_RULE":
      return new PlainRefusal(error.messageZh ?? error.message, fieldOf(error));
    default:
      return new PlainRefusal(error.messageZh ?? "暂时无法办理，请稍后再试，或到综治中心窗口办理。", fieldOf(error));
  }
}

/** Runs one of the SDK's public operations; a refusal becomes a PlainRefusal. */
export async function publicGraph<R, V>(document: HubDocument<R, V>, variables: V): Promise<R> {
  try {
    return await (hub.request as (d: HubDocument<R, V>, v: V) => Promise<R>)(document, variables);
  } catch (error) {
    if (error instanceof HubRequestError && error.errors[0]) throw plainRefusal(error.errors[0]);
    throw new PlainRefusal("网络或服务暂时不可用，请稍后再试。已填写的内容都还在。", undefined);
  }
}
