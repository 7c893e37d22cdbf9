import { createDatabase } from "@hub/subgraph-kit";
import { PrismaClient } from "../generated/client";

export type ProcuratorateDb = PrismaClient;

export function createProcuratorateDb(options: { url: string; poolSize: number; onQuery?: (sql: string) => void }): {
  db: ProcuratorateDb;
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
