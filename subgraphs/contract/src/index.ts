export * from "./actor";
export * from "./actor-token";
export * from "./env";
export * from "./departments";
export * from "./errors";
export * from "./event-envelope";
export * from "./replay-guard";
export * from "./service";
