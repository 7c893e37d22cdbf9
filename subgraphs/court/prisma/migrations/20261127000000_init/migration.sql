-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "CourtLevel" AS ENUM ('BASIC', 'INTERMEDIATE', 'HIGH');

-- CreateEnum
CREATE TYPE "ConfirmationStatus" AS ENUM ('FILED', 'ACCEPTED', 'NOT_ACCEPTED', 'CONFIRMED_VALID', 'REJECTED', 'WITHDRAWN');

-- CreateTable
CREATE TABLE "court" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "level" "CourtLevel" NOT NULL,
    "case_code" VARCHAR(8) NOT NULL,
    "division_code" VARCHAR(12) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "court_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "confirmation_application" (
    "id" UUID NOT NULL,
    "dispute_id" UUID NOT NULL,
    "mediation_case_id" UUID NOT NULL,
    "court_id" UUID NOT NULL,
    "status" "ConfirmationStatus" NOT NULL DEFAULT 'FILED',
    "filed_at" TIMESTAMPTZ(3) NOT NULL,
    "filed_by_id" TEXT NOT NULL,
    "filed_by_name" TEXT NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "confirmation_application_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "court_case_code_key" ON "court"("case_code");

-- CreateIndex
CREATE INDEX "court_division_code_idx" ON "court"("division_code");

-- CreateIndex
CREATE INDEX "confirmation_application_dispute_id_filed_at_idx" ON "confirmation_application"("dispute_id", "filed_at");

-- CreateIndex
CREATE INDEX "confirmation_application_mediation_case_id_idx" ON "confirmation_application"("mediation_case_id");

-- CreateIndex
CREATE INDEX "confirmation_application_court_id_filed_at_idx" ON "confirmation_application"("court_id", "filed_at");

-- AddForeignKey
ALTER TABLE "confirmation_application" ADD CONSTRAINT "confirmation_application_court_id_fkey" FOREIGN KEY ("court_id") REFERENCES "court"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

