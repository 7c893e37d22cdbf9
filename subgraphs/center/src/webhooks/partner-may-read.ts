import { SCOPE_RULES, type ScopedEntity } from "@hub/subgraph-kit";

/** The entity whose scope rule decides who may learn of an event, by the record it is about. */
const ENTITY_OF_SUBJECT: Partial<Record<string, ScopedEntity>> = {
  MediationCase: "MediationCase",
  MediationSession: "MediationCase",
  MediationAgreement: "MediationCase",
  ConfirmationApplication: "ConfirmationApplication",
  SupervisionCase: "SupervisionCase",
};

/** Payload keys that name the organisation a department's record is linked to (the ORGANISATION ground). */
const ORGANISATION_KEYS = ["committeeId", "invitingCourtId", "courtId", "procuratorateId"] as const;

export interface DeliverableEvent {
  subjectType: string;
  payload: unknown;
}

/**
 * Whether a partner system's subscription may receive an event: the partner must be able to read
 * the record the event is about under that entity's rule for PARTNER_SYSTEM (kit SCOPE_RULES), as
 * in the graph. Subscriptions only ever receive events of disputes placed in their area, which
 * stands for the partner's jurisdiction; the organisation ground holds where the event names the
 * subscription's organisation as the record's court, committee or procuratorate. A supervision
 * case, which no partner may read, is never delivered, nor is what its events carry.
 */
export function partnerMayRead(event: DeliverableEvent, organisationId: string): boolean {
  const entity = ENTITY_OF_SUBJECT[event.subjectType];
  // The centre's own records (disputes, routings, visits) follow Dispute scope: the subscription's area.
  if (!entity) return true;
  const grounds: readonly string[] = (SCOPE_RULES[entity].grounds as Partial<Record<string, readonly string[]>>).PARTNER_SYSTEM ?? [];
  if (grounds.includes("JURISDICTION") || grounds.includes("DISPUTE_PLACE")) return true;
  if (!grounds.includes("ORGANISATION")) return false;
  const payload = (event.payload ?? {}) as Record<string, unknown>;
  const own = organisationId.toLowerCase();
  return ORGANISATION_KEYS.some((key) => typeof payload[key] === "string" && (payload[key] as string).toLowerCase() === own);
}
