-- CreateEnum
CREATE TYPE "SupervisionLeadKind" AS ENUM ('CONFIRMATION_RULING', 'MEDIATION_AGREEMENT');

-- AlterTable
ALTER TABLE "supervision_case" ADD COLUMN     "lead_id" UUID,
ADD COLUMN     "lead_kind" "SupervisionLeadKind",
ADD COLUMN     "outcome_document_number" VARCHAR(100),
ADD COLUMN     "outcome_issued_at" TIMESTAMPTZ(3);

-- CreateIndex
CREATE INDEX "supervision_case_lead_kind_lead_id_idx" ON "supervision_case"("lead_kind", "lead_id");

