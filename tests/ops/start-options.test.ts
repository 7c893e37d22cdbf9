import { execFileSync } from "node:child_process";
import path from "node:path";

const ROOT = path.join(__dirname, "..", "..");

interface StartOptions {
  dataDir: string;
  pgPort: number;
  gatewayPort: number;
  subgraphPorts: Record<string, number>;
}

/** `npm start`'s options for these variables, computed by scripts/start-options.mjs itself. */
function optionsFor(env: Record<string, string>): { options?: StartOptions; urls?: { gatewayUrl: string }; error?: string } {
  const program = `import { startOptions, serviceUrls } from "./scripts/start-options.mjs";
    try { const options = startOptions(${JSON.stringify(env)}, "/hub"); console.log(JSON.stringify({ options, urls: serviceUrls(options) })); }
    catch (error) { console.log(JSON.stringify({ error: error.message })); }`;
  return JSON.parse(execFileSync(process.execPath, ["--input-type=module", "-e", program], { cwd: ROOT, encoding: "utf8" })) as never;
}

const portsOf = (options: StartOptions) => [options.gatewayPort, options.pgPort, ...Object.values(options.subgraphPorts)];

describe("npm start on other ports, so that two hubs run side by side", () => {
  it("moves every service with HUB_PORT_BASE, and the two hubs share no port and no data directory", () => {
    const first = optionsFor({});
    const second = optionsFor({ HUB_PORT_BASE: "5000", HUB_PG_PORT: "55329", HUB_DATA_DIR: ".hub-data-2" });
    expect(first.options?.subgraphPorts).toEqual({ center: 4001, justice: 4002, court: 4003, procuratorate: 4004 });
    expect(second.options?.subgraphPorts).toEqual({ center: 5001, justice: 5002, court: 5003, procuratorate: 5004 });
    expect(second.options?.gatewayPort).toBe(5000);
    const shared = portsOf(first.options as StartOptions).filter((port) => portsOf(second.options as StartOptions).includes(port));
    expect(shared).toEqual([]);
    expect(second.options?.dataDir).not.toBe(first.options?.dataDir);
    // The subgraphs read other departments through their own hub's gateway, not the default one.
    expect(second.urls?.gatewayUrl).toBe("http://127.0.0.1:5000/graphql");
  });

  it("takes each service's own port variable, and refuses two services on one port", () => {
    expect(optionsFor({ HUB_COURT_PORT: "6003" }).options?.subgraphPorts.court).toBe(6003);
    expect(optionsFor({ HUB_COURT_PORT: "4001" }).error).toMatch(/court and center would both listen on port 4001/);
    expect(optionsFor({ HUB_JUSTICE_PORT: "http" }).error).toMatch(/^HUB_JUSTICE_PORT: must be a TCP port/);
  });
});
