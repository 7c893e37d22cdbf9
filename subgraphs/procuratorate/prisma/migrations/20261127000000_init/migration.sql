-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "SupervisionGrounds" AS ENUM ('STATE_OR_PUBLIC_INTEREST', 'JUDICIAL_CORRUPTION', 'FALSE_LITIGATION', 'MAJOR_SOCIAL_IMPACT', 'PARTY_APPLICATION');

-- CreateEnum
CREATE TYPE "SupervisionCaseStatus" AS ENUM ('OPEN', 'UNDER_REVIEW', 'CONCLUDED');

-- CreateTable
CREATE TABLE "supervision_case" (
    "id" UUID NOT NULL,
    "dispute_id" UUID NOT NULL,
    "grounds" "SupervisionGrounds" NOT NULL,
    "summary" VARCHAR(5000) NOT NULL,
    "status" "SupervisionCaseStatus" NOT NULL DEFAULT 'OPEN',
    "opened_at" TIMESTAMPTZ(3) NOT NULL,
    "opened_by_officer_id" TEXT NOT NULL,
    "opened_by_officer_name" TEXT NOT NULL,
    "procuratorate_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "supervision_case_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "supervision_case_dispute_id_opened_at_idx" ON "supervision_case"("dispute_id", "opened_at");

-- CreateIndex
CREATE INDEX "supervision_case_status_opened_at_id_idx" ON "supervision_case"("status", "opened_at", "id");

-- CreateIndex
CREATE INDEX "supervision_case_opened_at_id_idx" ON "supervision_case"("opened_at", "id");

