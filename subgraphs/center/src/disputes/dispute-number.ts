import type { Prisma } from "../../generated/client";
import { countyOf } from "../divisions/division-code";

/**
 * Allocates the next number for the county and year inside the caller's transaction.
 * The upsert takes a row lock, so concurrent receipts queue and numbers have no gaps
 * or duplicates; a rolled-back receipt gives its number back.
 */
export async function nextDisputeNumber(tx: Prisma.TransactionClient, placeCode: string, receivedAt: Date): Promise<string> {
  const county = countyOf(placeCode);
  const year = Number(new Intl.DateTimeFormat("en", { timeZone: "Asia/Shanghai", year: "numeric" }).format(receivedAt));
  const [row] = await tx.$queryRaw<{ last: number }[]>`
    INSERT INTO dispute_number_counter (county_code, year, last) VALUES (${county}, ${year}, 1)
    ON CONFLICT (county_code, year) DO UPDATE SET last = dispute_number_counter.last + 1
    RETURNING last`;
  if (!row) throw new Error("dispute number counter returned no row");
  return `${county}-${year}-${String(row.last).padStart(6, "0")}`;
}
