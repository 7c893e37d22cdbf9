import { defineStateMachine } from "@hub/subgraph-kit";
import type { DisputeStatus } from "./enums";

export type DisputeEvent =
  "ROUTE" | "ACCEPT_ROUTING" | "RETURN_ROUTING" | "WITHDRAW_ROUTING" | "ESCALATE" | "RESOLVE" | "CLOSE" | "LINK" | "MERGE";

/**
 * The dispute's course through the centre. The centre moves it forward procedurally; the
 * organisation it is routed to resolves it. Escalation keeps it RECEIVED, at the centre above.
 * IN_MEDIATION, and RESOLVED from other departments' events, are set by the event consumer
 * (src/consumer/status-follows.ts), which follows what the handling departments did.
 * LINKED and MERGED are final: the record stays readable and its survivor carries the matter on.
 */
export const disputeMachine = defineStateMachine<DisputeStatus, DisputeEvent>(
  {
    RECEIVED: { ROUTE: "ROUTED", ESCALATE: "RECEIVED", LINK: "LINKED", MERGE: "MERGED" },
    ROUTED: {
      ACCEPT_ROUTING: "IN_HANDLING",
      RETURN_ROUTING: "RECEIVED",
      WITHDRAW_ROUTING: "RECEIVED",
      ESCALATE: "RECEIVED",
      MERGE: "MERGED",
    },
    IN_MEDIATION: {},
    IN_HANDLING: { RESOLVE: "RESOLVED", MERGE: "MERGED" },
    RESOLVED: { CLOSE: "CLOSED" },
    CLOSED: {},
    LINKED: {},
    MERGED: {},
  },
  {
    entity: { zh: "纠纷", en: "dispute" },
    states: {
      RECEIVED: "已受理待分流",
      ROUTED: "已分流待接收",
      IN_MEDIATION: "调解中",
      IN_HANDLING: "办理中",
      RESOLVED: "已化解",
      CLOSED: "已办结",
      LINKED: "已关联至在办纠纷",
      MERGED: "已合并至另一纠纷",
    },
    events: {
      ROUTE: "分流",
      ACCEPT_ROUTING: "承办单位接收",
      RETURN_ROUTING: "承办单位退回",
      WITHDRAW_ROUTING: "撤回分流",
      ESCALATE: "上交上一级中心",
      RESOLVE: "化解",
      CLOSE: "办结",
      LINK: "关联为重复提交",
      MERGE: "合并",
    },
  },
);
