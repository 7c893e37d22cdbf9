import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { unwatchFile, watchFile, type Stats } from "node:fs";
import type { SupergraphSdlHook } from "@apollo/gateway";
import type { Logger } from "./logger";

export type SupergraphReloadEvent =
  { outcome: "applied"; path: string; hash: string } | { outcome: "rejected"; path: string; hash: string; error: Error };

export interface SupergraphFileOptions {
  path: string;
  /** How often the file's stat is polled for changes. */
  pollIntervalMs: number;
  log: Logger;
  /** Called after each attempt to apply a changed file. */
  onReload?: (event: SupergraphReloadEvent) => void;
}

function hashOf(sdl: string): string {
  return createHash("sha256").update(sdl).digest("hex").slice(0, 16);
}

/**
 * Serves the composed supergraph file and applies later versions of it in place. Apollo
 * swaps the schema between requests, so requests already running finish on the old one.
 * A file that does not load is logged and ignored: the previous schema keeps serving.
 * Replace the file atomically (write elsewhere, then rename) so a half-written one is
 * never read.
 */
export function supergraphFromFile(options: SupergraphFileOptions): SupergraphSdlHook {
  const { path, log } = options;
  return async ({ update }) => {
    let current = await readFile(path, "utf8");
    let stopped = false;
    let queue: Promise<void> = Promise.resolve();
    log.info({ path, hash: hashOf(current) }, "supergraph loaded");

    const reload = async () => {
      let next: string;
      try {
        next = await readFile(path, "utf8");
      } catch (error) {
        log.warn({ path, reason: (error as Error).message }, "supergraph file is unreadable; keeping the current schema");
        return;
      }
      if (stopped || next === current) return;
      const hash = hashOf(next);
      try {
        update(next);
      } catch (error) {
        const reason = error instanceof Error ? error : new Error(String(error));
        // Remember the rejected text too, so it is not retried on every poll.
        current = next;
        log.error({ path, hash, reason: reason.message }, "supergraph file rejected; keeping the current schema");
        options.onReload?.({ outcome: "rejected", path, hash, error: reason });
        return;
      }
      current = next;
      log.info({ path, hash }, "supergraph reloaded");
      options.onReload?.({ outcome: "applied", path, hash });
    };

    const onChange = (now: Stats, before: Stats) => {
      if (now.mtimeMs === before.mtimeMs && now.size === before.size && now.ino === before.ino) return;
      queue = queue.then(reload).catch((error: unknown) => {
        log.error({ path, reason: error instanceof Error ? error.message : String(error) }, "supergraph reload failed");
      });
    };
    watchFile(path, { interval: options.pollIntervalMs, persistent: false }, onChange);

    return {
      supergraphSdl: current,
      cleanup: async () => {
        stopped = true;
        unwatchFile(path, onChange);
        await queue;
      },
    };
  };
}
