-- Duplicate detection at receipt (reviews and their candidates), linking and merging (survivor_id).
-- Candidates are found through the parties: persons by their root record (party.person_id, indexed),
-- organisations by name through the partial index below, within a bounded window of received_at.

-- CreateEnum
CREATE TYPE "DuplicateReviewStatus" AS ENUM ('OPEN', 'LINKED', 'OVERRIDDEN');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "DisputeStatus" ADD VALUE 'LINKED';
ALTER TYPE "DisputeStatus" ADD VALUE 'MERGED';

-- AlterTable
ALTER TABLE "dispute" ADD COLUMN     "survivor_id" UUID;

-- CreateTable
CREATE TABLE "duplicate_review" (
    "id" UUID NOT NULL,
    "dispute_id" UUID NOT NULL,
    "centre_id" UUID NOT NULL,
    "status" "DuplicateReviewStatus" NOT NULL DEFAULT 'OPEN',
    "threshold" DOUBLE PRECISION NOT NULL,
    "opened_at" TIMESTAMPTZ(3) NOT NULL,
    "decided_at" TIMESTAMPTZ(3),
    "decided_by_id" TEXT,
    "decided_by_name" TEXT,
    "reason" TEXT,
    "linked_to_id" UUID,

    CONSTRAINT "duplicate_review_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "duplicate_candidate" (
    "review_id" UUID NOT NULL,
    "candidate_id" UUID NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "reasons" JSONB NOT NULL,
    "position" SMALLINT NOT NULL,

    CONSTRAINT "duplicate_candidate_pkey" PRIMARY KEY ("review_id","candidate_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "duplicate_review_dispute_id_key" ON "duplicate_review"("dispute_id");

-- CreateIndex
CREATE INDEX "duplicate_review_centre_id_status_opened_at_idx" ON "duplicate_review"("centre_id", "status", "opened_at");

-- CreateIndex
CREATE INDEX "dispute_survivor_id_idx" ON "dispute"("survivor_id");

-- AddForeignKey
ALTER TABLE "dispute" ADD CONSTRAINT "dispute_survivor_id_fkey" FOREIGN KEY ("survivor_id") REFERENCES "dispute"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "duplicate_review" ADD CONSTRAINT "duplicate_review_dispute_id_fkey" FOREIGN KEY ("dispute_id") REFERENCES "dispute"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "duplicate_candidate" ADD CONSTRAINT "duplicate_candidate_review_id_fkey" FOREIGN KEY ("review_id") REFERENCES "duplicate_review"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Organisations are matched by name for now: only organisation parties are indexed.
CREATE INDEX "party_organisation_name_idx" ON "party"("name") WHERE "kind" = 'ORGANISATION';
