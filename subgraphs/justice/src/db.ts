import { openPrisma, type DatabaseOptions } from "@hub/subgraph-kit";
import { PrismaClient } from "../generated/client";

export type JusticeDb = PrismaClient;

export function createJusticeDb(options: DatabaseOptions): { db: JusticeDb; close: () => Promise<void> } {
  return openPrisma(PrismaClient, options);
}
