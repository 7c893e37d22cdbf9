-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "DisputeChannel" AS ENUM ('WALK_IN', 'HOTLINE', 'QR_CODE', 'GRID_REPORT', 'ONLINE', 'PARTNER_SYSTEM', 'REFERRAL');

-- CreateEnum
CREATE TYPE "DisputeCategory" AS ENUM ('TRAFFIC_ACCIDENT', 'NEIGHBOUR', 'FAMILY', 'MARRIAGE', 'LABOUR_WAGES', 'PRIVATE_LENDING', 'CONTRACT', 'PROPERTY', 'LAND', 'CONSUMER', 'MEDICAL', 'OTHER');

-- CreateEnum
CREATE TYPE "DisputeStatus" AS ENUM ('RECEIVED', 'ROUTED', 'IN_MEDIATION', 'RESOLVED', 'CLOSED');

-- CreateEnum
CREATE TYPE "PartyRole" AS ENUM ('APPLICANT', 'RESPONDENT', 'THIRD_PARTY');

-- CreateEnum
CREATE TYPE "PartyKind" AS ENUM ('PERSON', 'ORGANISATION');

-- CreateTable
CREATE TABLE "division" (
    "code" VARCHAR(12) NOT NULL,
    "name" TEXT NOT NULL,
    "level" SMALLINT NOT NULL,
    "parent_code" VARCHAR(12),

    CONSTRAINT "division_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "centre" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "division_code" VARCHAR(12) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "centre_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "dispute" (
    "id" UUID NOT NULL,
    "number" TEXT NOT NULL,
    "channel" "DisputeChannel" NOT NULL,
    "category" "DisputeCategory" NOT NULL,
    "status" "DisputeStatus" NOT NULL DEFAULT 'RECEIVED',
    "facts" TEXT NOT NULL,
    "claims" TEXT NOT NULL,
    "amount_fen" BIGINT,
    "place_code" VARCHAR(12) NOT NULL,
    "grid_code" TEXT,
    "receiving_centre_id" UUID NOT NULL,
    "receiving_officer_id" TEXT NOT NULL,
    "receiving_officer_name" TEXT NOT NULL,
    "received_at" TIMESTAMPTZ(3) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "dispute_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "party" (
    "id" UUID NOT NULL,
    "dispute_id" UUID NOT NULL,
    "role" "PartyRole" NOT NULL,
    "kind" "PartyKind" NOT NULL,
    "name" TEXT NOT NULL,
    "position" SMALLINT NOT NULL,

    CONSTRAINT "party_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "dispute_number_counter" (
    "county_code" VARCHAR(6) NOT NULL,
    "year" INTEGER NOT NULL,
    "last" INTEGER NOT NULL,

    CONSTRAINT "dispute_number_counter_pkey" PRIMARY KEY ("county_code","year")
);

-- CreateIndex
CREATE INDEX "division_parent_code_idx" ON "division"("parent_code");

-- CreateIndex
CREATE INDEX "centre_division_code_idx" ON "centre"("division_code");

-- CreateIndex
CREATE UNIQUE INDEX "dispute_number_key" ON "dispute"("number");

-- CreateIndex
CREATE INDEX "dispute_place_code_received_at_idx" ON "dispute"("place_code", "received_at");

-- CreateIndex
CREATE INDEX "dispute_receiving_centre_id_received_at_idx" ON "dispute"("receiving_centre_id", "received_at");

-- CreateIndex
CREATE INDEX "dispute_received_at_id_idx" ON "dispute"("received_at", "id");

-- CreateIndex
CREATE UNIQUE INDEX "party_dispute_id_position_key" ON "party"("dispute_id", "position");

-- AddForeignKey
ALTER TABLE "division" ADD CONSTRAINT "division_parent_code_fkey" FOREIGN KEY ("parent_code") REFERENCES "division"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "centre" ADD CONSTRAINT "centre_division_code_fkey" FOREIGN KEY ("division_code") REFERENCES "division"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dispute" ADD CONSTRAINT "dispute_place_code_fkey" FOREIGN KEY ("place_code") REFERENCES "division"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dispute" ADD CONSTRAINT "dispute_receiving_centre_id_fkey" FOREIGN KEY ("receiving_centre_id") REFERENCES "centre"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "party" ADD CONSTRAINT "party_dispute_id_fkey" FOREIGN KEY ("dispute_id") REFERENCES "dispute"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

