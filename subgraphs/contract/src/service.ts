import type { Server } from "node:http";
import { ConfigError } from "./env";

/** What a service needs of its logger (pino's fits). */
export interface ServiceLog {
  info(details: object, message: string): void;
}

/** Header paths no log line may carry: the caller's credentials and the signed actor. */
export const REDACTED_LOG_PATHS = ["req.headers.authorization", "req.headers['x-hub-actor']"];

/** Starts listening; resolves with the port actually bound (0 picks a free one). */
export function listen(httpServer: Server, port: number, host = "0.0.0.0"): Promise<number> {
  return new Promise((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(port, host, () => {
      httpServer.off("error", reject);
      const address = httpServer.address();
      resolve(typeof address === "object" && address ? address.port : port);
    });
  });
}

/** Stops accepting connections and resolves once the open ones are done. */
export async function close(httpServer: Server): Promise<void> {
  if (httpServer.listening) await new Promise<void>((resolve) => httpServer.close(() => resolve()));
}

export interface Runnable {
  log: ServiceLog;
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
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
}
