-- AlterTable
ALTER TABLE "confirmation_application" ADD COLUMN     "dispute_place_code" VARCHAR(12);

-- CreateIndex
CREATE INDEX "confirmation_application_dispute_place_code_idx" ON "confirmation_application"("dispute_place_code" varchar_pattern_ops);

