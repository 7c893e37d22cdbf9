-- CreateEnum
CREATE TYPE "NotAcceptedGround" AS ENUM ('OUTSIDE_REMIT_OR_JURISDICTION', 'STATUS_RELATIONSHIP', 'OTHER_SPECIAL_PROCEDURE', 'PUBLIC_SUMMONS_OR_BANKRUPTCY', 'PROPERTY_OR_IP_TITLE');

-- CreateEnum
CREATE TYPE "RulingOutcome" AS ENUM ('VALID', 'REJECTED');

-- CreateEnum
CREATE TYPE "RejectionGround" AS ENUM ('VIOLATES_MANDATORY_LAW', 'HARMS_STATE_PUBLIC_OR_OTHERS', 'VIOLATES_PUBLIC_ORDER_OR_MORALS', 'NOT_VOLUNTARY', 'UNCLEAR_CONTENT', 'OTHER');

-- AlterEnum
ALTER TYPE "ConfirmationStatus" ADD VALUE 'UNDER_REVIEW';

-- AlterTable
ALTER TABLE "confirmation_application" ADD COLUMN     "acceptance_decided_at" TIMESTAMPTZ(3),
ADD COLUMN     "acceptance_decided_by_id" TEXT,
ADD COLUMN     "acceptance_decided_by_name" TEXT,
ADD COLUMN     "acceptance_reason" TEXT,
ADD COLUMN     "agreement_id" UUID,
ADD COLUMN     "applicant_party_ids" UUID[] DEFAULT ARRAY[]::UUID[],
ADD COLUMN     "case_number" TEXT,
ADD COLUMN     "enforcement_deadline" TIMESTAMPTZ(3),
ADD COLUMN     "not_accepted_ground" "NotAcceptedGround",
ADD COLUMN     "objection_deadline" TIMESTAMPTZ(3),
ADD COLUMN     "rejection_ground" "RejectionGround",
ADD COLUMN     "review_started_at" TIMESTAMPTZ(3),
ADD COLUMN     "review_started_by_id" TEXT,
ADD COLUMN     "review_started_by_name" TEXT,
ADD COLUMN     "ruled_at" TIMESTAMPTZ(3),
ADD COLUMN     "ruled_by_id" TEXT,
ADD COLUMN     "ruled_by_name" TEXT,
ADD COLUMN     "ruling_outcome" "RulingOutcome",
ADD COLUMN     "ruling_reasoning" TEXT,
ADD COLUMN     "withdrawal_reason" TEXT,
ADD COLUMN     "withdrawn_at" TIMESTAMPTZ(3),
ADD COLUMN     "withdrawn_by_id" TEXT,
ADD COLUMN     "withdrawn_by_name" TEXT;

-- CreateTable
CREATE TABLE "case_number_counter" (
    "court_id" UUID NOT NULL,
    "type_code" VARCHAR(8) NOT NULL,
    "year" INTEGER NOT NULL,
    "last" INTEGER NOT NULL,

    CONSTRAINT "case_number_counter_pkey" PRIMARY KEY ("court_id","type_code","year")
);

-- CreateIndex
CREATE UNIQUE INDEX "confirmation_application_case_number_key" ON "confirmation_application"("case_number");

-- AddForeignKey
ALTER TABLE "case_number_counter" ADD CONSTRAINT "case_number_counter_court_id_fkey" FOREIGN KEY ("court_id") REFERENCES "court"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Case numbers follow 法〔2015〕137号: (year)court code + type code + sequence + 号, written here
-- with half-width brackets; the application layer parses full-width ones too.
ALTER TABLE "confirmation_application" ADD CONSTRAINT "confirmation_application_case_number_format"
    CHECK ("case_number" ~ '^\(\d{4}\)内(\d{2}|\d{4})?[\u4e00-\u9fa5]{1,5}[1-9]\d*号$');

-- A rejection names its ground (民诉法解释 358); a refusal to accept names its ground (民诉法解释 355).
-- NOT VALID: rows written before these columns existed are left as they are.
ALTER TABLE "confirmation_application" ADD CONSTRAINT "confirmation_application_rejection_ground_required"
    CHECK ("ruling_outcome" IS DISTINCT FROM 'REJECTED' OR "rejection_ground" IS NOT NULL) NOT VALID;
ALTER TABLE "confirmation_application" ADD CONSTRAINT "confirmation_application_not_accepted_ground_required"
    CHECK ("status" <> 'NOT_ACCEPTED' OR "not_accepted_ground" IS NOT NULL) NOT VALID;

ALTER TABLE "case_number_counter" ADD CONSTRAINT "case_number_counter_last_positive" CHECK ("last" > 0);
