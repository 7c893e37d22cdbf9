-- Where a mediation came from (特邀调解规定 art 27: 委派 and 委托 have their own limits, from when
-- the mediator signed for the file), a party's renewed consent after a refusal (人民调解法 art 17),
-- an unsigned written agreement ending with a failed mediation (art 26), and the court's 驳回 of an
-- agreement letting a new mediation open (民事诉讼法 art 206).
CREATE TYPE "MediationOrigin" AS ENUM ('PEOPLES_MEDIATION', 'COURT_DELEGATED', 'COURT_ENTRUSTED');
CREATE TYPE "CourtProcedure" AS ENUM ('ORDINARY', 'SUMMARY');
ALTER TYPE "AgreementStatus" ADD VALUE 'LAPSED';

ALTER TABLE "mediation_case" ADD COLUMN "origin" "MediationOrigin" NOT NULL DEFAULT 'PEOPLES_MEDIATION',
ADD COLUMN "court_procedure" "CourtProcedure",
ADD COLUMN "file_signed_for_at" TIMESTAMPTZ(3),
ADD COLUMN "confirmation_rejected_at" TIMESTAMPTZ(3),
ADD COLUMN "rejected_application_id" UUID;

-- Cases a court invited before the origin was recorded were delegated (委派) ones.
UPDATE "mediation_case" SET "origin" = 'COURT_DELEGATED' WHERE "inviting_court_id" IS NOT NULL;

ALTER TABLE "mediation_case" ADD CONSTRAINT "mediation_case_origin_court_check"
  CHECK (("origin" = 'PEOPLES_MEDIATION') = ("inviting_court_id" IS NULL));
ALTER TABLE "mediation_case" ADD CONSTRAINT "mediation_case_court_procedure_check"
  CHECK (("origin" = 'COURT_ENTRUSTED') = ("court_procedure" IS NOT NULL));
ALTER TABLE "mediation_case" ADD CONSTRAINT "mediation_case_rejection_check"
  CHECK (("confirmation_rejected_at" IS NULL) = ("rejected_application_id" IS NULL));

-- A case whose agreement the court rejected no longer holds the dispute open.
DROP INDEX "mediation_case_open_dispute_key";
CREATE UNIQUE INDEX "mediation_case_open_dispute_key" ON "mediation_case"("dispute_id")
  WHERE "status" NOT IN ('FAILED', 'TERMINATED') AND "confirmation_rejected_at" IS NULL;

CREATE TABLE "party_consent" (
    "id" UUID NOT NULL,
    "dispute_id" UUID NOT NULL,
    "party_id" UUID NOT NULL,
    "case_id" UUID NOT NULL,
    "statement" TEXT NOT NULL,
    "recorded_at" TIMESTAMPTZ(3) NOT NULL,
    "recorded_by_id" TEXT NOT NULL,
    "recorded_by_name" TEXT NOT NULL,

    CONSTRAINT "party_consent_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "party_consent_statement_check" CHECK (btrim("statement") <> '')
);

CREATE INDEX "party_consent_dispute_id_party_id_recorded_at_idx" ON "party_consent"("dispute_id", "party_id", "recorded_at");
CREATE INDEX "party_consent_case_id_idx" ON "party_consent"("case_id");

ALTER TABLE "party_consent" ADD CONSTRAINT "party_consent_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "mediation_case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
