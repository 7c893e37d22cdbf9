export { HubClient, HubRequestError, type HubClientOptions } from "./hub-client";
export { loadOperations, OPERATIONS_DIR } from "./operations";
