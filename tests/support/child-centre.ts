import { spawn, type ChildProcess } from "node:child_process";
import { setPriority } from "node:os";
import path from "node:path";
import { TEST_DATA_KEYS, TEST_GATEWAY_SECRET } from "./env";

const ROOT = path.join(__dirname, "..", "..");

export interface ChildCentre {
  url: string;
  /** Output the process wrote (stderr and stdout), for a failing test to show. */
  output: string[];
  /** Kills the process with `signal` (SIGKILL: no clean-up at all) and waits for it to exit. */
  kill(signal?: NodeJS.Signals): Promise<void>;
  /** Starts the process again on the same port and database. */
  restart(): Promise<void>;
}

export interface ChildCentreOptions {
  port: number;
  databaseUrl: string;
  gatewayUrl: string;
  /** More CENTER_* variables, e.g. poll intervals. */
  env?: Record<string, string>;
}

/**
 * The centre as a real child process (`src/index.ts` through swc-node, as `npm run dev` runs it),
 * so a test can SIGKILL it mid-work and start it again on the same database.
 */
export async function startChildCentre(options: ChildCentreOptions): Promise<ChildCentre> {
  const output: string[] = [];
  let child: ChildProcess | null = null;
  const url = `http://127.0.0.1:${options.port}/graphql`;
  const env = {
    SWC_NODE_PROJECT: path.join(ROOT, "tsconfig.json"),
    NODE_ENV: "test",
    PORT: String(options.port),
    HOST: "127.0.0.1",
    DATABASE_URL: options.databaseUrl,
    DATABASE_POOL_SIZE: "5",
    HUB_GATEWAY_SECRET: TEST_GATEWAY_SECRET,
    HUB_GATEWAY_URL: options.gatewayUrl,
    HUB_DATA_KEYS: Object.entries(TEST_DATA_KEYS.HUB_DATA_KEYS)
      .map(([id, key]) => `${id}:${key.toString("base64")}`)
      .join(","),
    HUB_DATA_KEY_CURRENT: TEST_DATA_KEYS.HUB_DATA_KEY_CURRENT,
    HUB_BLIND_INDEX_KEY: TEST_DATA_KEYS.HUB_BLIND_INDEX_KEY.toString("base64"),
    MIGRATE_ON_START: "true",
    LOG_LEVEL: "warn",
    ...options.env,
  };

  const launch = async () => {
    const started = spawn(process.execPath, ["--conditions=hub-source", "-r", "@swc-node/register", "subgraphs/center/src/index.ts"], {
      cwd: ROOT,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    started.stdout?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
    started.stderr?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
    child = started;
    // Below the test processes' priority: its start-up compilation should not starve tests running alongside.
    if (started.pid) setPriority(started.pid, 10);
    const deadline = Date.now() + 30_000;
    for (;;) {
      if (started.exitCode !== null) throw new Error(`the centre exited with ${started.exitCode}:\n${output.join("")}`);
      const ready = await fetch(url.replace("/graphql", "/ready")).then(
        (response) => response.ok,
        () => false,
      );
      if (ready) return;
      if (Date.now() > deadline) throw new Error(`the centre did not become ready:\n${output.join("")}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };

  await launch();
  return {
    url,
    output,
    async kill(signal = "SIGKILL") {
      const running = child;
      if (!running || running.exitCode !== null || running.signalCode !== null) return;
      const exited = new Promise((resolve) => running.once("exit", resolve));
      running.kill(signal);
      await exited;
    },
    restart: launch,
  };
}
