import { randomUUID } from "node:crypto";
import { eventRow, idempotencyClaim, idempotentCreate, uniqueViolationColumns, type Actor } from "@hub/subgraph-kit";
import type { SupervisionCase as SupervisionCaseRow } from "../../generated/client";
import type { SupervisionLeadKind } from "./enums";
import type { ProcuratorateDb } from "../db";
import type { OpenSupervisionCaseInput } from "./open-supervision-case.input";
import { validateOpenInput } from "./open-supervision-case.validation";
import { secondApplication, type SupervisionSubject } from "./supervision-subject";

/**
 * 立案: records a supervision case on a dispute, opened by the acting prosecutor for their
 * procuratorate, on its own motion from `lead` when given (which is then the act supervised), or on
 * the checked `subject`. A repeated idempotency key returns the case first opened.
 */
export async function openSupervisionCase(
  db: ProcuratorateDb,
  actor: Actor,
  raw: OpenSupervisionCaseInput,
  now: Date,
  lead: { kind: SupervisionLeadKind; id: string } | null = null,
  subject: SupervisionSubject | null = null,
): Promise<SupervisionCaseRow> {
  const id = randomUUID();
  const withLead: OpenSupervisionCaseInput & { leadKind?: string; leadId?: string } = lead
    ? { ...raw, leadKind: lead.kind, leadId: lead.id }
    : raw;
  const claim = lead
    ? idempotencyClaim("openSupervisionCaseFromLead", actor, withLead, id)
    : idempotencyClaim("openSupervisionCase", actor, raw, id);
  const input = validateOpenInput(raw);
  const supervised = lead ? { subjectKind: lead.kind, subjectId: lead.id, applicantPartyId: null } : subject;
  return idempotentCreate(db, {
    claim,
    create: async (tx) => {
      const created = await tx.supervisionCase
        .create({
          data: {
            id,
            disputeId: input.disputeId,
            grounds: input.grounds,
            summary: input.summary,
            status: "OPEN",
            openedAt: now,
            openedByOfficerId: actor.userId,
            openedByOfficerName: actor.name,
            procuratorateId: actor.organisationId?.toLowerCase() ?? null,
            jurisdictionCode: actor.jurisdictionCode,
            leadKind: lead?.kind ?? null,
            leadId: lead?.id ?? null,
            subjectKind: supervised?.subjectKind ?? null,
            subjectId: supervised?.subjectId ?? null,
            applicantPartyId: supervised?.applicantPartyId ?? null,
          },
        })
        .catch((error: unknown) => {
          // Two applications of one party against one ruling at once: the partial unique index keeps one (民事诉讼法 art 220).
          if (uniqueViolationColumns(error)?.some((column) => column.includes("applicant_party_id"))) throw secondApplication(null);
          throw error;
        });
      return {
        result: created,
        events: eventRow(actor, {
          type: "supervision.opened",
          disputeId: input.disputeId,
          subjectType: "SupervisionCase",
          subjectId: id,
          summary: lead
            ? `检察机关依职权立案监督（线索：${lead.kind === "CONFIRMATION_RULING" ? "司法确认裁定" : "人民调解协议"}）`
            : "检察机关立案监督",
          occurredAt: now,
          payload: {
            caseId: id,
            disputeId: input.disputeId,
            procuratorateId: actor.organisationId,
            status: "OPEN",
            grounds: input.grounds,
            ...(lead ? { leadKind: lead.kind, leadId: lead.id } : {}),
            ...(supervised?.subjectId ? { subjectKind: supervised.subjectKind, subjectId: supervised.subjectId } : {}),
            ...(supervised?.applicantPartyId ? { applicantPartyId: supervised.applicantPartyId } : {}),
          },
        }),
      };
    },
    original: (caseId) => db.supervisionCase.findUniqueOrThrow({ where: { id: caseId } }),
  });
}
