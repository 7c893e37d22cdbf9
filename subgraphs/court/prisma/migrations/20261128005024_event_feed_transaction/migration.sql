-- AlterTable
ALTER TABLE "event_log" ADD COLUMN     "tx_id" xid8 NOT NULL DEFAULT pg_current_xact_id();


-- The feed reads in (inserting transaction, seq) order from a cursor.
CREATE INDEX "event_log_tx_id_seq_idx" ON "event_log"("tx_id", "seq");
