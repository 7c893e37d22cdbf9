-- CreateTable
CREATE TABLE "event_log" (
    "seq" BIGSERIAL NOT NULL,
    "id" UUID NOT NULL,
    "type" TEXT NOT NULL,
    "dispute_id" UUID,
    "subject_type" TEXT NOT NULL,
    "subject_id" TEXT NOT NULL,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL,
    "actor_id" TEXT NOT NULL,
    "actor_name" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "payload" JSONB NOT NULL,

    CONSTRAINT "event_log_pkey" PRIMARY KEY ("seq")
);

-- CreateIndex
CREATE UNIQUE INDEX "event_log_id_key" ON "event_log"("id");

-- CreateIndex
CREATE INDEX "event_log_dispute_id_seq_idx" ON "event_log"("dispute_id", "seq");


-- The log is append-only: the database itself refuses to change or remove an entry.
CREATE FUNCTION event_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'event_log is append-only';
END $$;
CREATE TRIGGER event_log_append_only BEFORE UPDATE OR DELETE ON event_log FOR EACH ROW EXECUTE FUNCTION event_log_append_only();
