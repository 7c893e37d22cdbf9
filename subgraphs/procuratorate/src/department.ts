/** What the hub's tooling finds in every department by this file's name (schema/print.ts, the test harness). */
export { buildProcuratorateSchema as buildSchema } from "./schema";
export { createProcuratorateServer as createServer } from "./server";
