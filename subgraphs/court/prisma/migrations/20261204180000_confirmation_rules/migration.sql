-- 解释 351-356, 372 and CPL 187, 205, 250: the application's own record (form, materials, subject
-- matter's place, terms), supplement orders, hearings, service, objections and extensions.
-- RULING_REVOKED is added here and used by the next migration (a new enum value cannot be used
-- in the transaction that adds it).
-- CreateEnum
CREATE TYPE "CaseNumberSource" AS ENUM ('HUB_REGISTER', 'COURT_SYSTEM');

-- CreateEnum
CREATE TYPE "ApplicationForm" AS ENUM ('WRITTEN', 'ORAL');

-- CreateEnum
CREATE TYPE "ApplicationMaterial" AS ENUM ('AGREEMENT', 'MEDIATION_ORGANISATION_PROOF', 'PROPERTY_RIGHTS_PROOF', 'PARTY_IDENTITY_AND_CONTACT', 'POWER_OF_ATTORNEY');

-- CreateEnum
CREATE TYPE "HearingManner" AS ENUM ('APPEARED_IN_PERSON', 'APPEARED_BY_AGENT', 'HEARD_ONLINE');

-- CreateEnum
CREATE TYPE "ServiceMethod" AS ENUM ('DIRECT', 'AGENT_OR_RELATIVE', 'LEFT_AT_ADDRESS', 'ELECTRONIC', 'ENTRUSTED', 'POSTAL', 'PUBLIC_NOTICE');

-- CreateEnum
CREATE TYPE "ConclusionLimit" AS ENUM ('STATUTORY', 'COURT_OWN');

-- CreateEnum
CREATE TYPE "ObjectorKind" AS ENUM ('PARTY', 'INTERESTED_PERSON');

-- CreateEnum
CREATE TYPE "ObjectionStatus" AS ENUM ('FILED', 'UNDER_REVIEW', 'RULING_UPHELD', 'RULING_REVOKED');

-- AlterEnum
ALTER TYPE "ConfirmationStatus" ADD VALUE 'RULING_REVOKED';

-- AlterTable
ALTER TABLE "court" ADD COLUMN     "case_numbers" "CaseNumberSource" NOT NULL DEFAULT 'HUB_REGISTER';

-- AlterTable
ALTER TABLE "confirmation_application" ADD COLUMN     "agreement_terms" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "applied_at" TIMESTAMPTZ(3),
ADD COLUMN     "deemed_withdrawn" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "enforcement_windows" JSONB,
ADD COLUMN     "form" "ApplicationForm" NOT NULL DEFAULT 'WRITTEN',
ADD COLUMN     "materials" "ApplicationMaterial"[] DEFAULT ARRAY[]::"ApplicationMaterial"[],
ADD COLUMN     "oral_record" TEXT,
ADD COLUMN     "oral_record_confirmations" JSONB,
ADD COLUMN     "subject_matter_place_code" VARCHAR(12);

-- CreateTable
CREATE TABLE "supplement_order" (
    "id" UUID NOT NULL,
    "application_id" UUID NOT NULL,
    "missing" "ApplicationMaterial"[],
    "ordered_at" TIMESTAMPTZ(3) NOT NULL,
    "due_at" TIMESTAMPTZ(3) NOT NULL,
    "ordered_by_id" TEXT NOT NULL,
    "ordered_by_name" TEXT NOT NULL,
    "supplied_at" TIMESTAMPTZ(3),
    "supplied_by_id" TEXT,
    "supplied_by_name" TEXT,

    CONSTRAINT "supplement_order_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "party_hearing" (
    "id" UUID NOT NULL,
    "application_id" UUID NOT NULL,
    "party_id" UUID NOT NULL,
    "manner" "HearingManner" NOT NULL,
    "heard_at" TIMESTAMPTZ(3) NOT NULL,
    "notes" TEXT,
    "recorded_by_id" TEXT NOT NULL,
    "recorded_by_name" TEXT NOT NULL,
    "recorded_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "party_hearing_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ruling_service" (
    "id" UUID NOT NULL,
    "application_id" UUID NOT NULL,
    "party_id" UUID NOT NULL,
    "served_at" TIMESTAMPTZ(3) NOT NULL,
    "method" "ServiceMethod" NOT NULL,
    "objection_deadline" TIMESTAMPTZ(3) NOT NULL,
    "recorded_by_id" TEXT NOT NULL,
    "recorded_by_name" TEXT NOT NULL,
    "recorded_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ruling_service_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ruling_objection" (
    "id" UUID NOT NULL,
    "application_id" UUID NOT NULL,
    "objector_kind" "ObjectorKind" NOT NULL,
    "party_id" UUID,
    "objector_name" TEXT,
    "learned_of_harm_at" TIMESTAMPTZ(3),
    "grounds" TEXT NOT NULL,
    "status" "ObjectionStatus" NOT NULL DEFAULT 'FILED',
    "filed_at" TIMESTAMPTZ(3) NOT NULL,
    "filed_by_id" TEXT NOT NULL,
    "filed_by_name" TEXT NOT NULL,
    "review_started_at" TIMESTAMPTZ(3),
    "review_started_by_id" TEXT,
    "review_started_by_name" TEXT,
    "decided_at" TIMESTAMPTZ(3),
    "decided_by_id" TEXT,
    "decided_by_name" TEXT,
    "decision_reasoning" TEXT,

    CONSTRAINT "ruling_objection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "conclusion_extension" (
    "id" UUID NOT NULL,
    "application_id" UUID NOT NULL,
    "limit" "ConclusionLimit" NOT NULL,
    "days" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "approved_by_name" TEXT NOT NULL,
    "recorded_at" TIMESTAMPTZ(3) NOT NULL,
    "recorded_by_id" TEXT NOT NULL,
    "recorded_by_name" TEXT NOT NULL,

    CONSTRAINT "conclusion_extension_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "supplement_order_application_id_ordered_at_idx" ON "supplement_order"("application_id", "ordered_at");

-- CreateIndex
CREATE UNIQUE INDEX "party_hearing_application_id_party_id_key" ON "party_hearing"("application_id", "party_id");

-- CreateIndex
CREATE UNIQUE INDEX "ruling_service_application_id_party_id_key" ON "ruling_service"("application_id", "party_id");

-- CreateIndex
CREATE INDEX "ruling_objection_application_id_filed_at_idx" ON "ruling_objection"("application_id", "filed_at");

-- CreateIndex
CREATE UNIQUE INDEX "conclusion_extension_application_id_limit_key" ON "conclusion_extension"("application_id", "limit");

-- AddForeignKey
ALTER TABLE "supplement_order" ADD CONSTRAINT "supplement_order_application_id_fkey" FOREIGN KEY ("application_id") REFERENCES "confirmation_application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "party_hearing" ADD CONSTRAINT "party_hearing_application_id_fkey" FOREIGN KEY ("application_id") REFERENCES "confirmation_application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ruling_service" ADD CONSTRAINT "ruling_service_application_id_fkey" FOREIGN KEY ("application_id") REFERENCES "confirmation_application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ruling_objection" ADD CONSTRAINT "ruling_objection_application_id_fkey" FOREIGN KEY ("application_id") REFERENCES "confirmation_application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "conclusion_extension" ADD CONSTRAINT "conclusion_extension_application_id_fkey" FOREIGN KEY ("application_id") REFERENCES "confirmation_application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

