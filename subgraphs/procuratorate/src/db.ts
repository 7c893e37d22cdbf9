import { openPrisma, type DatabaseOptions } from "@hub/subgraph-kit";
import { PrismaClient } from "../generated/client";

export type ProcuratorateDb = PrismaClient;

export function createProcuratorateDb(options: DatabaseOptions): { db: ProcuratorateDb; close: () => Promise<void> } {
  return openPrisma(PrismaClient, options);
}
