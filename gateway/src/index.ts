import { runUntilSignalled } from "@hub/contract";
import { loadGatewayConfig } from "./env";
import { createLogger } from "./logger";
import { createGatewayServer } from "./server";

runUntilSignalled(async () => {
  const config = loadGatewayConfig();
  const log = createLogger(config.logLevel);
  const server = await createGatewayServer({
    supergraphPath: config.supergraphPath,
    subgraphUrls: config.subgraphUrls,
    subgraphTimeoutMs: config.subgraphTimeoutMs,
    jwks: config.jwks,
    issuer: config.jwtIssuer,
    audience: config.jwtAudience,
    gatewaySecret: config.gatewaySecret,
    ...(config.previousGatewaySecret ? { previousGatewaySecret: config.previousGatewaySecret } : {}),
    actorTokenSeconds: config.actorTokenSeconds,
    maxTokenAgeSeconds: config.maxTokenAgeSeconds,
    production: config.production,
    limits: config.limits,
    ...(config.rateLimits ? { rateLimits: config.rateLimits } : {}),
    persistedOperations: config.persistedOperations,
    corsOrigins: config.corsOrigins,
    trustProxy: config.trustProxy,
    ...(config.console ? { console: config.console } : {}),
    ...(config.intake ? { intake: config.intake } : {}),
    log,
  });
  return {
    log,
    async start() {
      const port = await server.listen(config.port, config.host);
      const unspecified = config.host === "0.0.0.0" || config.host === "::";
      const host = unspecified ? "localhost" : config.host.includes(":") ? `[${config.host}]` : config.host;
      const console = config.console ? `; console http://${host}:${port}/console/` : "";
      const intake = config.intake ? `; 解纷码 http://${host}:${port}/intake/` : "";
      return `http://${host}:${port}/graphql${console}${intake}`;
    },
    stop: () => server.stop(),
  };
}).catch((error: unknown) => {
  process.stderr.write(`The gateway failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
