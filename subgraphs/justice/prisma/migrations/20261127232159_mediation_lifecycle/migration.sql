-- CreateEnum
CREATE TYPE "MediatorKind" AS ENUM ('COMMITTEE_MEMBER', 'HIRED');

-- CreateEnum
CREATE TYPE "ExpertLibrary" AS ENUM ('CHIEF_LEGAL_CONSULTANT', 'MEDIATION_EXPERT', 'LEGAL_SERVICE_VOLUNTEER', 'MEDIATOR');

-- CreateEnum
CREATE TYPE "MediationTerminationReason" AS ENUM ('PARTY_REFUSED', 'PARTY_REQUESTED_END');

-- CreateEnum
CREATE TYPE "OtherRoute" AS ENUM ('ARBITRATION', 'ADMINISTRATIVE', 'LITIGATION');

-- CreateEnum
CREATE TYPE "SessionPublicity" AS ENUM ('PUBLIC', 'PRIVATE');

-- CreateEnum
CREATE TYPE "AgreementForm" AS ENUM ('WRITTEN', 'ORAL');

-- CreateEnum
CREATE TYPE "AgreementStatus" AS ENUM ('AWAITING_SIGNATURES', 'EFFECTIVE');

-- CreateEnum
CREATE TYPE "AgreementSigner" AS ENUM ('PARTY', 'MEDIATOR');

-- CreateEnum
CREATE TYPE "SignatureMethod" AS ENUM ('SIGNATURE', 'SEAL', 'FINGERPRINT');

-- AlterTable
ALTER TABLE "mediation_case" ADD COLUMN     "closed_at" TIMESTAMPTZ(3),
ADD COLUMN     "closed_by_id" TEXT,
ADD COLUMN     "closed_by_name" TEXT,
ADD COLUMN     "due_at" TIMESTAMPTZ(3),
ADD COLUMN     "failure_reason" TEXT,
ADD COLUMN     "inviting_court_id" UUID,
ADD COLUMN     "mediator_assigned_at" TIMESTAMPTZ(3),
ADD COLUMN     "mediator_chosen_by_parties" BOOLEAN,
ADD COLUMN     "mediator_id" UUID,
ADD COLUMN     "routes_explained" "OtherRoute"[] DEFAULT ARRAY[]::"OtherRoute"[],
ADD COLUMN     "routing_id" UUID,
ADD COLUMN     "session_count" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "terminated_by_party_id" UUID,
ADD COLUMN     "termination_reason" "MediationTerminationReason",
ADD COLUMN     "termination_statement" TEXT,
ADD COLUMN     "time_limit_basis" TEXT;

-- Cases accepted before time limits existed get the default one (a month, 人民调解工作若干规定 art 33).
UPDATE "mediation_case" SET "due_at" = "accepted_at" + INTERVAL '30 days',
  "time_limit_basis" = '人民调解工作若干规定（司法部令第75号）art 33：一般在一个月内调结'
  WHERE "due_at" IS NULL;
ALTER TABLE "mediation_case" ALTER COLUMN "due_at" SET NOT NULL, ALTER COLUMN "time_limit_basis" SET NOT NULL;

-- CreateTable
CREATE TABLE "mediator" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "committee_id" UUID NOT NULL,
    "kind" "MediatorKind" NOT NULL,
    "libraries" "ExpertLibrary"[] DEFAULT ARRAY[]::"ExpertLibrary"[],
    "trained_by_division_code" VARCHAR(6),
    "registered_at" TIMESTAMPTZ(3) NOT NULL,
    "registered_by_id" TEXT NOT NULL,
    "registered_by_name" TEXT NOT NULL,

    CONSTRAINT "mediator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mediation_session" (
    "id" UUID NOT NULL,
    "case_id" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "held_at" TIMESTAMPTZ(3) NOT NULL,
    "publicity" "SessionPublicity" NOT NULL,
    "attending_party_ids" UUID[] DEFAULT ARRAY[]::UUID[],
    "summary" TEXT NOT NULL,
    "police_reported_at" TIMESTAMPTZ(3),
    "police_referral_reason" TEXT,
    "recorded_at" TIMESTAMPTZ(3) NOT NULL,
    "recorded_by_id" TEXT NOT NULL,
    "recorded_by_name" TEXT NOT NULL,

    CONSTRAINT "mediation_session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mediation_agreement" (
    "id" UUID NOT NULL,
    "case_id" UUID NOT NULL,
    "form" "AgreementForm" NOT NULL,
    "status" "AgreementStatus" NOT NULL,
    "reached_at" TIMESTAMPTZ(3) NOT NULL,
    "effective_at" TIMESTAMPTZ(3),
    "party_ids" UUID[] DEFAULT ARRAY[]::UUID[],
    "facts" TEXT NOT NULL,
    "disputed_points" TEXT NOT NULL,
    "responsibility" TEXT NOT NULL,
    "mediator_id" UUID NOT NULL,
    "sealed_at" TIMESTAMPTZ(3),
    "sealed_by_id" TEXT,
    "sealed_by_name" TEXT,
    "recorded_by_id" TEXT NOT NULL,
    "recorded_by_name" TEXT NOT NULL,

    CONSTRAINT "mediation_agreement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "agreement_term" (
    "id" UUID NOT NULL,
    "agreement_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "obligor_party_id" UUID NOT NULL,
    "obligee_party_id" UUID NOT NULL,
    "obligation" TEXT NOT NULL,
    "manner" TEXT NOT NULL,
    "place" TEXT,
    "deadline" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "agreement_term_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "agreement_signature" (
    "id" UUID NOT NULL,
    "agreement_id" UUID NOT NULL,
    "signer" "AgreementSigner" NOT NULL,
    "party_id" UUID,
    "method" "SignatureMethod" NOT NULL,
    "signed_at" TIMESTAMPTZ(3) NOT NULL,
    "recorded_by_id" TEXT NOT NULL,
    "recorded_by_name" TEXT NOT NULL,

    CONSTRAINT "agreement_signature_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "mediator_committee_id_kind_idx" ON "mediator"("committee_id", "kind");

-- CreateIndex
CREATE INDEX "mediator_libraries_idx" ON "mediator" USING GIN ("libraries");

-- CreateIndex
CREATE UNIQUE INDEX "mediation_session_case_id_number_key" ON "mediation_session"("case_id", "number");

-- CreateIndex
CREATE UNIQUE INDEX "mediation_agreement_case_id_key" ON "mediation_agreement"("case_id");

-- CreateIndex
CREATE INDEX "mediation_agreement_mediator_id_idx" ON "mediation_agreement"("mediator_id");

-- CreateIndex
CREATE UNIQUE INDEX "agreement_term_agreement_id_position_key" ON "agreement_term"("agreement_id", "position");

-- CreateIndex
CREATE UNIQUE INDEX "agreement_signature_agreement_id_party_id_key" ON "agreement_signature"("agreement_id", "party_id");

-- CreateIndex
CREATE INDEX "mediation_case_mediator_id_idx" ON "mediation_case"("mediator_id");

-- AddForeignKey
ALTER TABLE "mediator" ADD CONSTRAINT "mediator_committee_id_fkey" FOREIGN KEY ("committee_id") REFERENCES "mediation_committee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mediation_case" ADD CONSTRAINT "mediation_case_mediator_id_fkey" FOREIGN KEY ("mediator_id") REFERENCES "mediator"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mediation_session" ADD CONSTRAINT "mediation_session_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "mediation_case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mediation_agreement" ADD CONSTRAINT "mediation_agreement_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "mediation_case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mediation_agreement" ADD CONSTRAINT "mediation_agreement_mediator_id_fkey" FOREIGN KEY ("mediator_id") REFERENCES "mediator"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agreement_term" ADD CONSTRAINT "agreement_term_agreement_id_fkey" FOREIGN KEY ("agreement_id") REFERENCES "mediation_agreement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agreement_signature" ADD CONSTRAINT "agreement_signature_agreement_id_fkey" FOREIGN KEY ("agreement_id") REFERENCES "mediation_agreement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Lists are never NULL: an absent list is empty.
ALTER TABLE "mediator" ALTER COLUMN "libraries" SET NOT NULL;
ALTER TABLE "mediation_case" ALTER COLUMN "routes_explained" SET NOT NULL;
ALTER TABLE "mediation_session" ALTER COLUMN "attending_party_ids" SET NOT NULL;
ALTER TABLE "mediation_agreement" ALTER COLUMN "party_ids" SET NOT NULL;

-- A party's signature names the party; the mediator's names none, and there is one per agreement (人民调解法 art 29).
ALTER TABLE "agreement_signature" ADD CONSTRAINT "agreement_signature_signer_party_check"
  CHECK (("signer" = 'PARTY') = ("party_id" IS NOT NULL));
CREATE UNIQUE INDEX "agreement_signature_one_mediator_key" ON "agreement_signature"("agreement_id") WHERE "signer" = 'MEDIATOR';

-- Manner and deadline of performance are mandatory (人民调解法 art 29; an unclear agreement is a ground to refuse confirmation, 民诉法解释 358).
ALTER TABLE "agreement_term" ADD CONSTRAINT "agreement_term_manner_check" CHECK (btrim("manner") <> '');

-- An agreement has an effective time exactly when it is in effect (人民调解法 art 30).
ALTER TABLE "mediation_agreement" ADD CONSTRAINT "mediation_agreement_effective_check"
  CHECK (("status" = 'EFFECTIVE') = ("effective_at" IS NOT NULL));
