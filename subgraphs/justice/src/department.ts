/** What the hub's tooling finds in every department by this file's name (schema/print.ts, the test harness). */
export { buildJusticeSchema as buildSchema } from "./schema";
export { createJusticeServer as createServer } from "./server";
