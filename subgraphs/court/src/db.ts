import { openPrisma, type DatabaseOptions } from "@hub/subgraph-kit";
import { PrismaClient } from "../generated/client";

export type CourtDb = PrismaClient;

export function createCourtDb(options: DatabaseOptions): { db: CourtDb; close: () => Promise<void> } {
  return openPrisma(PrismaClient, options);
}

/**
 * Interactive transactions that take a row lock (case-number counter) may queue behind each
 * other and for a pooled connection; Prisma's defaults (2 s to start, 5 s to run) are too short
 * for a burst of acceptances at one court.
 */
export const LOCKING_TRANSACTION = { maxWait: 10_000, timeout: 15_000 } as const;
