-- The committee that reached the agreement, for the committee scope grounds (kit SCOPE_RULES,
-- ConfirmationApplication C and A). Recorded at filing; rows filed before this migration are
-- filled in by `npm run backfill:committees -w @hub/court`, which reads the justice bureau's feed.
-- AlterTable
ALTER TABLE "confirmation_application" ADD COLUMN     "mediating_committee_division_code" VARCHAR(12),
ADD COLUMN     "mediating_committee_id" UUID;

-- CreateIndex
CREATE INDEX "confirmation_application_mediating_committee_id_idx" ON "confirmation_application"("mediating_committee_id");

-- CreateIndex
CREATE INDEX "confirmation_application_mediating_committee_division_code_idx" ON "confirmation_application"("mediating_committee_division_code" varchar_pattern_ops);
