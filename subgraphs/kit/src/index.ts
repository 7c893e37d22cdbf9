import "reflect-metadata";

export * from "./actor";
export * from "./authorize";
export * from "./context";
export * from "./env";
export * from "./errors";
export * from "./federation";
export * from "./ids";
export * from "./loaders";
export * from "./logger";
export * from "./migrate";
export * from "./officer.type";
export * from "./prisma";
export * from "./run";
export * from "./server";
