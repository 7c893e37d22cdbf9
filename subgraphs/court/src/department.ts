/** What the hub's tooling finds in every department by this file's name (schema/print.ts, the test harness). */
export { buildCourtSchema as buildSchema } from "./schema";
export { createCourtServer as createServer } from "./server";
