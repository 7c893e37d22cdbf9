-- AlterTable
ALTER TABLE "stage_refresh" DROP CONSTRAINT "stage_refresh_pkey",
ADD COLUMN     "seq" BIGSERIAL NOT NULL,
ADD CONSTRAINT "stage_refresh_pkey" PRIMARY KEY ("seq");

-- CreateIndex
CREATE INDEX "stage_refresh_dispute_id_idx" ON "stage_refresh"("dispute_id");


-- One mark per change, inserted only: a change never waits on a refresh holding an earlier mark.
CREATE OR REPLACE FUNCTION stage_refresh_mark() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.dispute_id IS NOT NULL THEN
    INSERT INTO "stage_refresh" ("dispute_id") VALUES (NEW.dispute_id);
  END IF;
  RETURN NEW;
END $$;
