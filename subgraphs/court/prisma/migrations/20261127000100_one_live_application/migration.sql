-- One live judicial-confirmation application per mediation case (民诉法解释 352: several
-- courts filed at, the first to register keeps it). An application that was not accepted,
-- was rejected or was withdrawn no longer blocks a new one. Prisma's schema language cannot
-- express a partial index, so it lives here; keep the status list in step with
-- src/applications/confirmation-status.ts (CLOSED_STATUSES).
CREATE UNIQUE INDEX "confirmation_application_live_mediation_case_key"
    ON "confirmation_application" ("mediation_case_id")
    WHERE "status" NOT IN ('NOT_ACCEPTED', 'REJECTED', 'WITHDRAWN');
