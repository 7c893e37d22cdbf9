-- CreateEnum
CREATE TYPE "SupervisionOutcome" AS ENUM ('NO_IRREGULARITY', 'PROCURATORIAL_SUGGESTION', 'PROTEST', 'PUBLIC_INTEREST_LEAD');

-- AlterTable
ALTER TABLE "supervision_case" ADD COLUMN     "concluded_at" TIMESTAMPTZ(3),
ADD COLUMN     "concluded_by_id" TEXT,
ADD COLUMN     "concluded_by_name" TEXT,
ADD COLUMN     "outcome" "SupervisionOutcome",
ADD COLUMN     "outcome_summary" VARCHAR(5000),
ADD COLUMN     "review_started_at" TIMESTAMPTZ(3),
ADD COLUMN     "review_started_by_id" TEXT,
ADD COLUMN     "review_started_by_name" TEXT;


-- A concluded case says how it concluded.
ALTER TABLE "supervision_case" ADD CONSTRAINT "supervision_case_concluded_with_outcome"
  CHECK ("status" <> 'CONCLUDED' OR ("outcome" IS NOT NULL AND "concluded_at" IS NOT NULL));
