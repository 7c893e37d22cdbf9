export interface Tracing {
  /** Sends every finished span, then stops recording. */
  shutdown(): Promise<void>;
}

let active: Tracing | null = null;

export function setActiveTracing(tracing: Tracing | null): void {
  active = tracing;
}

/** Flushes and stops the process's tracing, if any was started; a failed export never blocks a stop. */
export async function shutdownTracing(): Promise<void> {
  const tracing = active;
  active = null;
  await tracing?.shutdown().catch(() => undefined);
}
