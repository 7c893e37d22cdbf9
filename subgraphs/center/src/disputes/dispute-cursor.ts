import { EARLIEST_DATE, invalidInput, isUuid, LATEST_DATE } from "@hub/subgraph-kit";

export interface DisputeCursor {
  receivedAt: Date;
  id: string;
}

export function encodeCursor(row: DisputeCursor): string {
  return Buffer.from(JSON.stringify([row.receivedAt.toISOString(), row.id])).toString("base64url");
}

/**
 * Reads back a cursor this service wrote; anything else (a crafted position, an id that is not a
 * uuid, a date no row can have) is refused naming `field` before it reaches the SQL.
 */
export function decodeCursor(cursor: string, field: string): DisputeCursor {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (!Array.isArray(parsed) || parsed.length !== 2) throw new Error("shape");
    const [receivedAt, id] = parsed as unknown[];
    if (typeof receivedAt !== "string" || typeof id !== "string" || !isUuid(id)) throw new Error("shape");
    const date = new Date(receivedAt);
    const time = date.getTime();
    if (Number.isNaN(time) || time < EARLIEST_DATE.getTime() || time > LATEST_DATE.getTime()) throw new Error("range");
    if (encodeCursor({ receivedAt: date, id }) !== cursor) throw new Error("not one of ours");
    return { receivedAt: date, id };
  } catch {
    throw invalidInput(field, "cursor from pageInfo.endCursor", { zh: "分页游标无效", en: "The page cursor is invalid" });
  }
}
