/** Event types after which a dispute is at a new handling centre, whose ROUTE period starts then. */
export const ARRIVAL_EVENTS = ["dispute.escalated", "dispute.reassigned"] as const;
