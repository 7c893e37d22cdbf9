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

/** What the resident was doing, as the refusal names it: a submission keeps what was typed. */
export type Action = "submit" | "look-up";

export function plainRefusal(error: HubError, action: Action): PlainRefusal {
  const kept = action === "submit" ? "已填写的内容都还在。" : "";
  switch (error.code) {
    case "RATE_LIMITED": {
      const seconds = error.retryAfter;
      const doing = action === "submit" ? "提交" : "查询";
      return new PlainRefusal(
        seconds ? `${doing}太频繁了，请等 ${seconds} 秒后再试。${kept}` : `${doing}太频繁了，请稍后再试。${kept}`,
        undefined,
      );
    }
    case "NETWORK_ERROR":
    case "SUBGRAPH_UNAVAILABLE":
    case "UPSTREAM_UNAVAILABLE":
    case "OPERATION_TIMEOUT":
      return new PlainRefusal(`网络或服务暂时不可用，请稍后再试。${kept}`, undefined);
    case "BAD_USER_INPUT":
    case "NOT_FOUND":
    case "REFUSED_BY_RULE":
      return new PlainRefusal(error.messageZh ?? error.message, fieldOf(error));
    default:
      return new PlainRefusal(error.messageZh ?? "暂时无法办理，请稍后再试，或到综治中心窗口办理。", fieldOf(error));
  }
}

/** Runs one of the SDK's public operations; a refusal becomes a PlainRefusal. */
export async function publicGraph<R, V>(document: HubDocument<R, V>, variables: V, action: Action): Promise<R> {
  try {
    return await (hub.request as (d: HubDocument<R, V>, v: V) => Promise<R>)(document, variables);
  } catch (error) {
    if (error instanceof HubRequestError && error.errors[0]) throw plainRefusal(error.errors[0], action);
    throw new PlainRefusal(`网络或服务暂时不可用，请稍后再试。${action === "submit" ? "已填写的内容都还在。" : ""}`, undefined);
  }
}
