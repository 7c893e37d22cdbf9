-- CreateEnum
CREATE TYPE "ReturnVisitOutcome" AS ENUM ('PERFORMED', 'PARTLY_PERFORMED', 'NOT_PERFORMED');

-- CreateEnum
CREATE TYPE "ReturnVisitSatisfaction" AS ENUM ('SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED');

-- CreateEnum
CREATE TYPE "ContactMethod" AS ENUM ('PHONE', 'IN_PERSON', 'SMS', 'LETTER', 'ONLINE');

-- AlterTable
ALTER TABLE "dispute" ADD COLUMN     "close_reason" TEXT,
ADD COLUMN     "closed_at" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "return_visit" (
    "id" UUID NOT NULL,
    "dispute_id" UUID NOT NULL,
    "visited_at" TIMESTAMPTZ(3) NOT NULL,
    "method" "ContactMethod" NOT NULL,
    "outcome" "ReturnVisitOutcome" NOT NULL,
    "satisfaction" "ReturnVisitSatisfaction" NOT NULL,
    "notes" TEXT NOT NULL,
    "notified_at" TIMESTAMPTZ(3) NOT NULL,
    "notification_method" "ContactMethod" NOT NULL,
    "notification_summary" TEXT NOT NULL,
    "officer_id" TEXT NOT NULL,
    "officer_name" TEXT NOT NULL,
    "recorded_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "return_visit_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "return_visit_dispute_id_key" ON "return_visit"("dispute_id");

-- AddForeignKey
ALTER TABLE "return_visit" ADD CONSTRAINT "return_visit_dispute_id_fkey" FOREIGN KEY ("dispute_id") REFERENCES "dispute"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

