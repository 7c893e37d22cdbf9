-- CreateEnum
CREATE TYPE "DeadlineStage" AS ENUM ('ROUTE', 'RESPOND', 'HANDLE', 'CONCLUDE');

-- CreateEnum
CREATE TYPE "ReminderLevel" AS ENUM ('APPROACHING', 'OVERDUE', 'ESCALATED');

-- CreateTable
CREATE TABLE "stage_deadline" (
    "id" UUID NOT NULL,
    "dispute_id" UUID NOT NULL,
    "stage" "DeadlineStage" NOT NULL,
    "centre_id" UUID NOT NULL,
    "place_code" VARCHAR(12) NOT NULL,
    "routing_id" UUID,
    "started_at" TIMESTAMPTZ(3) NOT NULL,
    "base_due_at" TIMESTAMPTZ(3) NOT NULL,
    "due_at" TIMESTAMPTZ(3) NOT NULL,
    "extended_days" INTEGER NOT NULL DEFAULT 0,
    "basis" TEXT NOT NULL,
    "urge_count" INTEGER NOT NULL DEFAULT 0,
    "last_urged_at" TIMESTAMPTZ(3),
    "closed_at" TIMESTAMPTZ(3),

    CONSTRAINT "stage_deadline_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "deadline_reminder" (
    "id" UUID NOT NULL,
    "stage_deadline_id" UUID NOT NULL,
    "dispute_id" UUID NOT NULL,
    "level" "ReminderLevel" NOT NULL,
    "centre_id" UUID NOT NULL,
    "due_at" TIMESTAMPTZ(3) NOT NULL,
    "reminded_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "deadline_reminder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "stage_refresh" (
    "dispute_id" UUID NOT NULL,

    CONSTRAINT "stage_refresh_pkey" PRIMARY KEY ("dispute_id")
);

-- CreateIndex
CREATE INDEX "stage_deadline_dispute_id_idx" ON "stage_deadline"("dispute_id");

-- CreateIndex
CREATE INDEX "deadline_reminder_centre_id_reminded_at_idx" ON "deadline_reminder"("centre_id", "reminded_at");

-- CreateIndex
CREATE UNIQUE INDEX "deadline_reminder_stage_deadline_id_level_due_at_key" ON "deadline_reminder"("stage_deadline_id", "level", "due_at");

-- AddForeignKey
ALTER TABLE "deadline_reminder" ADD CONSTRAINT "deadline_reminder_stage_deadline_id_fkey" FOREIGN KEY ("stage_deadline_id") REFERENCES "stage_deadline"("id") ON DELETE RESTRICT ON UPDATE CASCADE;



-- A stage runs once at a time per dispute: at most one open row per dispute and stage.
CREATE UNIQUE INDEX "stage_deadline_one_open" ON "stage_deadline"("dispute_id", "stage") WHERE "closed_at" IS NULL;
-- Overdue lists: the open limits of a centre, or of a jurisdiction subtree (place_code LIKE '1502%'), by due time.
CREATE INDEX "stage_deadline_open_by_centre" ON "stage_deadline"("centre_id", "due_at") WHERE "closed_at" IS NULL;
CREATE INDEX "stage_deadline_open_by_place" ON "stage_deadline"("place_code" varchar_pattern_ops, "due_at") WHERE "closed_at" IS NULL;
CREATE INDEX "stage_deadline_open_by_due" ON "stage_deadline"("due_at") WHERE "closed_at" IS NULL;
ALTER TABLE "stage_deadline" ADD CONSTRAINT "stage_deadline_extension_not_negative" CHECK ("extended_days" >= 0 AND "due_at" >= "base_due_at");

-- Early warnings count disputes by township and category, and parties by person, over a window.
CREATE INDEX "dispute_place_code_category_received_at_idx" ON "dispute"("place_code" varchar_pattern_ops, "category", "received_at");

-- Every state change writes the event log in its own transaction; marking the dispute there
-- means no change escapes the refresh of its deadlines, whichever code made it. The upsert
-- always writes, so the mark stays locked until the change commits and a refresh running
-- meanwhile (which skips locked marks) cannot take it before the change is visible.
CREATE FUNCTION stage_refresh_mark() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.dispute_id IS NOT NULL THEN
    INSERT INTO "stage_refresh" ("dispute_id") VALUES (NEW.dispute_id) ON CONFLICT ("dispute_id") DO UPDATE SET "dispute_id" = EXCLUDED."dispute_id";
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER event_log_stage_refresh AFTER INSERT ON "event_log" FOR EACH ROW EXECUTE FUNCTION stage_refresh_mark();

-- Disputes received before this migration get their deadlines at the first refresh.
INSERT INTO "stage_refresh" ("dispute_id") SELECT "id" FROM "dispute" WHERE "status" NOT IN ('RESOLVED', 'CLOSED');
