export * from "./active-tracing";
export * from "./metrics";
export * from "./metrics-endpoint";
export * from "./telemetry-env";
export * from "./trace-context";
