-- 民事诉讼监督规则 art 37(4)-(5): own-motion grounds; 民诉法解释 411: 再审检察建议 apart from 检察建议.
ALTER TYPE "SupervisionGrounds" ADD VALUE 'FLAWED_PUBLIC_INTEREST_CASE';
ALTER TYPE "SupervisionGrounds" ADD VALUE 'FOLLOW_UP_SUPERVISION';
ALTER TYPE "SupervisionOutcome" ADD VALUE 'RETRIAL_SUGGESTION';

-- The act supervised, however the case was opened; the applying party (民事诉讼法 art 220).
ALTER TABLE "supervision_case"
  ADD COLUMN "subject_kind" "SupervisionLeadKind",
  ADD COLUMN "subject_id" UUID,
  ADD COLUMN "applicant_party_id" UUID,
  ADD COLUMN "public_interest_harmed" BOOLEAN;

-- A case opened from a lead supervises that lead.
UPDATE "supervision_case" SET "subject_kind" = "lead_kind", "subject_id" = "lead_id" WHERE "lead_kind" IS NOT NULL;

CREATE INDEX "supervision_case_subject_kind_subject_id_idx" ON "supervision_case"("subject_kind", "subject_id");

-- 民事诉讼法 art 220: a party applies for supervision of a ruling once only.
CREATE UNIQUE INDEX "supervision_case_one_application_per_party_and_ruling"
  ON "supervision_case"("subject_id", "applicant_party_id")
  WHERE "grounds" = 'PARTY_APPLICATION';
