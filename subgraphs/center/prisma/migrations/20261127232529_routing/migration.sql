-- CreateEnum
CREATE TYPE "StationingMode" AS ENUM ('PERMANENT', 'ROTATION', 'ON_CALL', 'INVITED');

-- CreateEnum
CREATE TYPE "HandlingTier" AS ENUM ('STATIONED', 'LINKED', 'EXPERT');

-- CreateEnum
CREATE TYPE "HandlingDepartment" AS ENUM ('CENTER', 'JUSTICE', 'COURT');

-- CreateEnum
CREATE TYPE "RoutingStatus" AS ENUM ('PENDING', 'ACCEPTED', 'RETURNED', 'ESCALATED', 'WITHDRAWN');

-- AlterEnum
ALTER TYPE "DisputeStatus" ADD VALUE 'IN_HANDLING';

-- AlterTable
ALTER TABLE "dispute" ADD COLUMN     "handling_centre_id" UUID;

-- CreateTable
CREATE TABLE "routing_rule" (
    "id" UUID NOT NULL,
    "category" "DisputeCategory" NOT NULL,
    "jurisdiction_code" VARCHAR(12) NOT NULL,
    "target_department" "HandlingDepartment" NOT NULL,
    "target_organisation_id" UUID NOT NULL,
    "stationing_mode" "StationingMode" NOT NULL,
    "tier" "HandlingTier" NOT NULL,
    "basis" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "updated_by_id" TEXT NOT NULL,
    "updated_by_name" TEXT NOT NULL,

    CONSTRAINT "routing_rule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "routing" (
    "id" UUID NOT NULL,
    "dispute_id" UUID NOT NULL,
    "status" "RoutingStatus" NOT NULL DEFAULT 'PENDING',
    "from_centre_id" UUID NOT NULL,
    "target_department" "HandlingDepartment" NOT NULL,
    "target_organisation_id" UUID NOT NULL,
    "stationing_mode" "StationingMode" NOT NULL,
    "tier" "HandlingTier" NOT NULL,
    "rule_id" UUID,
    "override_reason" TEXT,
    "routed_at" TIMESTAMPTZ(3) NOT NULL,
    "routed_by_id" TEXT NOT NULL,
    "routed_by_name" TEXT NOT NULL,
    "respond_due_at" TIMESTAMPTZ(3) NOT NULL,
    "responded_at" TIMESTAMPTZ(3),
    "responded_by_id" TEXT,
    "responded_by_name" TEXT,
    "return_reason" TEXT,

    CONSTRAINT "routing_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "routing_rule_jurisdiction_code_idx" ON "routing_rule"("jurisdiction_code");

-- CreateIndex
CREATE UNIQUE INDEX "routing_rule_category_jurisdiction_code_key" ON "routing_rule"("category", "jurisdiction_code");

-- CreateIndex
CREATE INDEX "routing_dispute_id_routed_at_idx" ON "routing"("dispute_id", "routed_at");

-- CreateIndex
CREATE INDEX "routing_target_organisation_id_status_routed_at_idx" ON "routing"("target_organisation_id", "status", "routed_at");

-- CreateIndex
CREATE INDEX "dispute_handling_centre_id_status_received_at_idx" ON "dispute"("handling_centre_id", "status", "received_at");

-- AddForeignKey
ALTER TABLE "dispute" ADD CONSTRAINT "dispute_handling_centre_id_fkey" FOREIGN KEY ("handling_centre_id") REFERENCES "centre"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "routing_rule" ADD CONSTRAINT "routing_rule_jurisdiction_code_fkey" FOREIGN KEY ("jurisdiction_code") REFERENCES "division"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "routing" ADD CONSTRAINT "routing_dispute_id_fkey" FOREIGN KEY ("dispute_id") REFERENCES "dispute"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "routing" ADD CONSTRAINT "routing_from_centre_id_fkey" FOREIGN KEY ("from_centre_id") REFERENCES "centre"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "routing" ADD CONSTRAINT "routing_rule_id_fkey" FOREIGN KEY ("rule_id") REFERENCES "routing_rule"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- A dispute has at most one routing in force (PENDING or ACCEPTED); concurrent routings cannot both win.
CREATE UNIQUE INDEX "routing_one_open_per_dispute" ON "routing"("dispute_id") WHERE "status" IN ('PENDING', 'ACCEPTED');

-- A return states its reason (信访工作条例 art 23); only an answered routing has an answer time.
ALTER TABLE "routing" ADD CONSTRAINT "routing_return_has_reason" CHECK ("status" <> 'RETURNED' OR "return_reason" IS NOT NULL);
ALTER TABLE "routing" ADD CONSTRAINT "routing_answered_has_time" CHECK (("status" IN ('ACCEPTED', 'RETURNED')) = ("responded_at" IS NOT NULL));

-- The handling centre starts as the receiving centre: existing disputes now, new ones as they are inserted.
UPDATE "dispute" SET "handling_centre_id" = "receiving_centre_id" WHERE "handling_centre_id" IS NULL;
CREATE FUNCTION dispute_default_handling_centre() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.handling_centre_id := NEW.receiving_centre_id;
  RETURN NEW;
END $$;
CREATE TRIGGER dispute_default_handling_centre BEFORE INSERT ON "dispute" FOR EACH ROW
  WHEN (NEW.handling_centre_id IS NULL) EXECUTE FUNCTION dispute_default_handling_centre();
