import type { RequestHandler } from "express";

export interface ReadinessOptions {
  subgraphUrls: Readonly<Record<string, string>>;
  timeoutMs: number;
}

interface Probe {
  name: string;
  url: string;
}

/** `http://host:4001/graphql` → `http://host:4001/ready`: each subgraph's own readiness check. */
export function readyUrlOf(graphqlUrl: string): string {
  const url = new URL(graphqlUrl);
  url.pathname = `${url.pathname.replace(/\/graphql\/?$/, "").replace(/\/$/, "")}/ready`;
  url.search = "";
  url.hash = "";
  return url.toString();
}

async function failureOf(probe: Probe, timeoutMs: number): Promise<string | null> {
  try {
    const response = await fetch(probe.url, { signal: AbortSignal.timeout(timeoutMs) });
    await response.arrayBuffer();
    return response.status === 200 ? null : `answered HTTP ${response.status}`;
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : "";
    return `${(error as Error).message}${cause}`;
  }
}

/** 200 only when every configured subgraph says it is ready; otherwise 503 naming those that are not. */
export function readinessHandler(options: ReadinessOptions): RequestHandler {
  const probes: Probe[] = Object.entries(options.subgraphUrls).map(([name, url]) => ({ name, url: readyUrlOf(url) }));
  return async (_req, res) => {
    const results = await Promise.all(probes.map(async (probe) => ({ probe, failure: await failureOf(probe, options.timeoutMs) })));
    const failed = results
      .filter((result) => result.failure !== null)
      .map(({ probe, failure }) => ({ name: probe.name, url: probe.url, reason: failure }));
    const subgraphs = Object.fromEntries(results.map(({ probe, failure }) => [probe.name, failure === null ? "ready" : "not ready"]));
    res.set("Cache-Control", "no-store");
    if (failed.length === 0) res.json({ status: "ready", subgraphs });
    else res.status(503).json({ status: "not ready", subgraphs, failed });
  };
}
