import { openPrisma, type DatabaseOptions } from "@hub/subgraph-kit";
import { PrismaClient } from "../generated/client";

export type CenterDb = PrismaClient;

export function createCenterDb(options: DatabaseOptions): { db: CenterDb; close: () => Promise<void> } {
  return openPrisma(PrismaClient, options);
}
