-- A ruling revoked on an objection (民诉法解释 372) ends the application as REJECTED and
-- WITHDRAWN do: it no longer blocks a new application for the mediation case. Keep the status
-- list in step with src/applications/confirmation-status.ts (CLOSED_STATUSES).
DROP INDEX "confirmation_application_live_mediation_case_key";
CREATE UNIQUE INDEX "confirmation_application_live_mediation_case_key"
    ON "confirmation_application" ("mediation_case_id")
    WHERE "status" NOT IN ('NOT_ACCEPTED', 'REJECTED', 'WITHDRAWN', 'RULING_REVOKED');

-- One open supplement order per application at a time (民诉法解释 354).
CREATE UNIQUE INDEX "supplement_order_open_key" ON "supplement_order" ("application_id") WHERE "supplied_at" IS NULL;

-- Re-filing an agreement whose application was rejected is refused (民事诉讼法 art 206): looked up by agreement.
CREATE INDEX "confirmation_application_agreement_id_idx" ON "confirmation_application" ("agreement_id");
