export default async function globalTeardown(): Promise<void> {
  await (globalThis as { __hubStopCluster?: () => Promise<void> }).__hubStopCluster?.();
}
