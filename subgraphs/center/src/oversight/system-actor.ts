import type { Actor } from "@hub/subgraph-kit";

/** Who the 督办 job acts as: a supervisor over the whole region, recorded as such in the event log. */
export const OVERSIGHT_JOB_ACTOR: Actor = Object.freeze({
  userId: "system:oversight",
  name: "督办定时任务",
  organisationId: null,
  department: "CENTER",
  jurisdictionCode: "15",
  roles: ["CENTRE_SUPERVISOR"],
}) as Actor;
