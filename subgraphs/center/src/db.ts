import { createDatabase } from "@hub/subgraph-kit";
import { PrismaClient } from "../generated/client";

export type CenterDb = PrismaClient;

export function createCenterDb(options: { url: string; poolSize: number; onQuery?: (sql: string) => void }): {
  db: CenterDb;
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
