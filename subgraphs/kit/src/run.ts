import { ConfigError } from "./env";
import type { Logger } from "./logger";
import { shutdownTracing } from "./telemetry/active-tracing";

export interface Runnable {
  log: Logger;
  /** Starts serving; resolves with a short description (e.g. the URL). */
  start(): Promise<string>;
  stop(): Promise<void>;
}

/**
 * The body of every `index.ts`: build, listen, and stop cleanly on SIGINT/SIGTERM.
 * A configuration error stops the process with a message naming the variable.
 */
export async function runUntilSignalled(build: () => Promise<Runnable>): Promise<void> {
  let service: Runnable;
  try {
    service = await build();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
  const url = await service.start();
  service.log.info({ url }, "listening");

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    service.log.info({ signal }, "stopping");
    const timer = setTimeout(() => process.exit(1), 10_000);
    timer.unref();
    await service.stop();
    await shutdownTracing();
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
}
