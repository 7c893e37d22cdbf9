import { ConfigError } from "@hub/subgraph-kit";
import { loadCenterEnv } from "../../env";

const BASE = {
  DATABASE_URL: "postgresql://hub@127.0.0.1:5432/hub_center",
  HUB_GATEWAY_SECRET: "a-gateway-secret-that-is-long-enough-0123456789",
  HUB_DATA_KEYS: `k1:${Buffer.alloc(32, 1).toString("base64")}`,
  HUB_DATA_KEY_CURRENT: "k1",
  HUB_BLIND_INDEX_KEY: Buffer.alloc(32, 2).toString("base64"),
};

describe("webhook egress configuration", () => {
  it("requires https in production and not in development, unless told otherwise", () => {
    expect(loadCenterEnv({ ...BASE, NODE_ENV: "production" }).webhookEgress.requireHttps).toBe(true);
    expect(loadCenterEnv({ ...BASE, NODE_ENV: "development" }).webhookEgress.requireHttps).toBe(false);
    expect(loadCenterEnv({ ...BASE, NODE_ENV: "production", CENTER_WEBHOOK_REQUIRE_HTTPS: "false" }).webhookEgress.requireHttps).toBe(
      false,
    );
  });

  it("reads the operator's allowlist of hosts and networks", () => {
    const { webhookEgress } = loadCenterEnv({ ...BASE, CENTER_WEBHOOK_ALLOW: "Hooks.Partner.Internal, 10.20.0.0/16,fd00::/8,203.0.113.7" });
    expect(webhookEgress.allowedHosts).toEqual(["hooks.partner.internal"]);
    expect(webhookEgress.allowedNetworks.map(([network, bits]) => `${network.toString()}/${bits}`)).toEqual([
      "10.20.0.0/16",
      "fd00::/8",
      "203.0.113.7/32",
    ]);
  });

  it.each(["10.0.0.0/33", "not a host!", "http://x.cn"])("refuses to start with %s in CENTER_WEBHOOK_ALLOW, naming it", (entry) => {
    expect(() => loadCenterEnv({ ...BASE, CENTER_WEBHOOK_ALLOW: entry })).toThrow(ConfigError);
    expect(() => loadCenterEnv({ ...BASE, CENTER_WEBHOOK_ALLOW: entry })).toThrow(/CENTER_WEBHOOK_ALLOW/);
  });
});
