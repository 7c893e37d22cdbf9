import { defineStateMachine } from "@hub/subgraph-kit";
import type { RoutingStatus } from "./routing-enums";

export type RoutingEvent = "ACCEPT" | "RETURN" | "ESCALATE" | "WITHDRAW";

/** Statuses that hold the dispute: at most one per dispute (partial unique index on routing). */
export const OPEN_ROUTING_STATUSES: readonly RoutingStatus[] = ["PENDING", "ACCEPTED"];

/** A routing is answered once: accepted or returned by its organisation, or closed by the centre. */
export const routingMachine = defineStateMachine<RoutingStatus, RoutingEvent>(
  {
    PENDING: { ACCEPT: "ACCEPTED", RETURN: "RETURNED", ESCALATE: "ESCALATED", WITHDRAW: "WITHDRAWN" },
    ACCEPTED: {},
    RETURNED: {},
    ESCALATED: {},
    WITHDRAWN: {},
  },
  {
    entity: { zh: "分流", en: "routing" },
    states: { PENDING: "待接收", ACCEPTED: "已接收", RETURNED: "已退回", ESCALATED: "已上交", WITHDRAWN: "已撤回" },
    events: { ACCEPT: "接收", RETURN: "退回", ESCALATE: "上交", WITHDRAW: "撤回" },
  },
);
