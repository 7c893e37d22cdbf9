import { createDatabase } from "@hub/subgraph-kit";
import { Prisma, PrismaClient } from "../generated/client";

export type CourtDb = PrismaClient;

export function createCourtDb(options: { url: string; poolSize: number; onQuery?: (sql: string) => void }): {
  db: CourtDb;
  close: () => Promise<void>;
} {
  const { pool, adapter } = createDatabase(options);
  const db = new PrismaClient({ adapter });
  return {
    db,
    close: async () => {
      await db.$disconnect();
      await pool.end();
    },
  };
}

/**
 * The columns of the unique constraint `error` violated, or null when it is another error.
 * Through the pg driver adapter Prisma reports them under `driverAdapterError`, not `target`.
 */
export function uniqueViolationColumns(error: unknown): string[] | null {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== "P2002") return null;
  const meta = error.meta as
    { target?: string[] | string; driverAdapterError?: { cause?: { constraint?: { fields?: string[]; index?: string } } } } | undefined;
  const constraint = meta?.driverAdapterError?.cause?.constraint;
  if (constraint?.fields) return constraint.fields;
  if (constraint?.index) return [constraint.index];
  if (Array.isArray(meta?.target)) return meta.target;
  return typeof meta?.target === "string" ? [meta.target] : [];
}

/**
 * Interactive transactions that take a row lock (case-number counter) may queue behind each
 * other and for a pooled connection; Prisma's defaults (2 s to start, 5 s to run) are too short
 * for a burst of acceptances at one court.
 */
export const LOCKING_TRANSACTION = { maxWait: 10_000, timeout: 15_000 } as const;
