export * from "@hub/contract/access-policy";
