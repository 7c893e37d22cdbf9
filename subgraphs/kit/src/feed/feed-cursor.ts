import { invalidInput } from "../errors";

/** A position in a department's event feed: the inserting transaction and the entry's sequence number. */
export interface FeedPosition {
  tx: string;
  seq: string;
}

export const FEED_START: FeedPosition = { tx: "0", seq: "0" };

const DIGITS = /^\d{1,19}$/;
/** Positions are PostgreSQL bigints: a larger number is no position of the feed. */
const MAX_BIGINT = 9_223_372_036_854_775_807n;

/** Opaque to callers: base64url of `tx:seq`. */
export function encodeFeedCursor(position: FeedPosition): string {
  return Buffer.from(`${position.tx}:${position.seq}`, "utf8").toString("base64url");
}

/** The position after which to read; no cursor means the beginning. A malformed one is refused naming `field`. */
export function decodeFeedCursor(cursor: string | null | undefined, field = "after"): FeedPosition {
  if (cursor == null || cursor === "") return FEED_START;
  const [tx, seq, extra] = Buffer.from(cursor, "base64url").toString("utf8").split(":");
  const valid = extra === undefined && !!tx && !!seq && DIGITS.test(tx) && DIGITS.test(seq);
  if (!valid || BigInt(tx) > MAX_BIGINT || BigInt(seq) > MAX_BIGINT || encodeFeedCursor({ tx, seq }) !== cursor) {
    throw invalidInput(field, "event feed cursor", {
      zh: "事件流游标无效：请使用上一页返回的 nextCursor",
      en: "Invalid event feed cursor: pass the nextCursor of the previous page",
    });
  }
  return { tx, seq };
}
