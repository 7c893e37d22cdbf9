/** What the hub's tooling finds in every department by this file's name (schema/print.ts, the test harness). */
export { buildCenterSchema as buildSchema } from "./schema";
export { createCenterServer as createServer } from "./server";
