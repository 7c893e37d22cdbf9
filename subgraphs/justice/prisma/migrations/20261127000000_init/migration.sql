-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "MediationCaseStatus" AS ENUM ('ACCEPTED', 'IN_SESSION', 'AGREEMENT_REACHED', 'FAILED', 'TERMINATED');

-- CreateTable
CREATE TABLE "mediation_committee" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "division_code" VARCHAR(12) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "mediation_committee_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mediation_case" (
    "id" UUID NOT NULL,
    "dispute_id" UUID NOT NULL,
    "committee_id" UUID NOT NULL,
    "status" "MediationCaseStatus" NOT NULL DEFAULT 'ACCEPTED',
    "accepted_at" TIMESTAMPTZ(3) NOT NULL,
    "accepted_by_id" TEXT NOT NULL,
    "accepted_by_name" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "mediation_case_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "mediation_committee_division_code_idx" ON "mediation_committee"("division_code" varchar_pattern_ops);

-- CreateIndex
CREATE INDEX "mediation_case_dispute_id_accepted_at_id_idx" ON "mediation_case"("dispute_id", "accepted_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "mediation_case_committee_id_accepted_at_idx" ON "mediation_case"("committee_id", "accepted_at" DESC);

-- AddForeignKey
ALTER TABLE "mediation_case" ADD CONSTRAINT "mediation_case_committee_id_fkey" FOREIGN KEY ("committee_id") REFERENCES "mediation_committee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

