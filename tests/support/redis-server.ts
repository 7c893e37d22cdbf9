import { spawn, type ChildProcess } from "node:child_process";
import { freePort } from "./free-port";

export interface RunningRedis {
  url: string;
  /** Stops the server (SIGKILL: no goodbye to clients, as a crash); idempotent. */
  stop(): Promise<void>;
}

const REDIS_SERVER = "/usr/bin/redis-server";

/** A throwaway Debian redis-server on a free loopback port, in memory only. */
export async function startRedis(): Promise<RunningRedis> {
  const port = await freePort();
  const child = spawn(REDIS_SERVER, ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  await new Promise<void>((resolve, reject) => {
    let output = "";
    const timer = setTimeout(() => fail(new Error(`redis-server did not start within 10 s:\n${output}`)), 10_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("Ready to accept connections")) {
        clearTimeout(timer);
        child.stdout?.off("data", onData);
        child.stdout?.resume();
        resolve();
      }
    };
    function fail(error: Error) {
      clearTimeout(timer);
      child.kill("SIGKILL");
      reject(error);
    }
    child.stdout?.on("data", onData);
    child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.once("error", fail);
    child.once("exit", (code) => fail(new Error(`redis-server exited with ${code}:\n${output}`)));
  });
  child.removeAllListeners("exit");
  return { url: `redis://127.0.0.1:${port}/0`, stop: () => stopChild(child) };
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGKILL");
  });
}
