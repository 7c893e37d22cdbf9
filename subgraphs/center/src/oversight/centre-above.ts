import type { Centre as CentreRow } from "../../generated/client";
import type { CenterDb } from "../db";

/** The centre of the division above `centre`'s (the earliest registered, as escalation picks it), or null. */
export async function centreAbove(db: CenterDb, centre: CentreRow): Promise<CentreRow | null> {
  const division = await db.division.findUnique({ where: { code: centre.divisionCode }, select: { parentCode: true } });
  if (!division?.parentCode) return null;
  return db.centre.findFirst({ where: { divisionCode: division.parentCode }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
}
