-- AlterTable
ALTER TABLE "mediation_case" ADD COLUMN     "dispute_place_code" VARCHAR(12);

-- CreateIndex
CREATE INDEX "mediation_case_dispute_place_code_idx" ON "mediation_case"("dispute_place_code" varchar_pattern_ops);

