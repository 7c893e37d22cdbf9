import { invalidInput } from "@hub/subgraph-kit";

export interface DisputeCursor {
  receivedAt: Date;
  id: string;
}

export function encodeCursor(row: DisputeCursor): string {
  return Buffer.from(JSON.stringify([row.receivedAt.toISOString(), row.id])).toString("base64url");
}

export function decodeCursor(cursor: string, field: string): DisputeCursor {
  try {
    const [receivedAt, id] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as [string, string];
    const date = new Date(receivedAt);
    if (typeof id !== "string" || Number.isNaN(date.getTime())) throw new Error("shape");
    return { receivedAt: date, id };
  } catch {
    throw invalidInput(field, "cursor from pageInfo.endCursor", { zh: "分页游标无效", en: "The page cursor is invalid" });
  }
}
