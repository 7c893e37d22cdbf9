-- 人民调解法 art 31: the committee supervises performance of the agreements it reached. Each term's
-- performance is recorded (performed, partly, not) with its date, the latest kept on the term so
-- that overdue terms are one indexed read, and each urging to perform is recorded.
CREATE TYPE "PerformanceStatus" AS ENUM ('PERFORMED', 'PARTLY_PERFORMED', 'NOT_PERFORMED');

ALTER TABLE "agreement_term" ADD COLUMN "performance_status" "PerformanceStatus";

CREATE TABLE "term_performance" (
    "id" UUID NOT NULL,
    "term_id" UUID NOT NULL,
    "status" "PerformanceStatus" NOT NULL,
    "as_of" TIMESTAMPTZ(3) NOT NULL,
    "note" TEXT,
    "recorded_at" TIMESTAMPTZ(3) NOT NULL,
    "recorded_by_id" TEXT NOT NULL,
    "recorded_by_name" TEXT NOT NULL,

    CONSTRAINT "term_performance_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "performance_urging" (
    "id" UUID NOT NULL,
    "term_id" UUID NOT NULL,
    "urged_at" TIMESTAMPTZ(3) NOT NULL,
    "method" TEXT NOT NULL,
    "note" TEXT,
    "recorded_by_id" TEXT NOT NULL,
    "recorded_by_name" TEXT NOT NULL,

    CONSTRAINT "performance_urging_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "performance_urging_method_check" CHECK (btrim("method") <> '')
);

CREATE INDEX "term_performance_term_id_recorded_at_idx" ON "term_performance"("term_id", "recorded_at");
CREATE INDEX "performance_urging_term_id_urged_at_idx" ON "performance_urging"("term_id", "urged_at");
-- Overdue terms: not (yet) recorded as performed, by deadline.
CREATE INDEX "agreement_term_unperformed_deadline_idx" ON "agreement_term"("deadline")
  WHERE "performance_status" IS DISTINCT FROM 'PERFORMED';

ALTER TABLE "term_performance" ADD CONSTRAINT "term_performance_term_id_fkey" FOREIGN KEY ("term_id") REFERENCES "agreement_term"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "performance_urging" ADD CONSTRAINT "performance_urging_term_id_fkey" FOREIGN KEY ("term_id") REFERENCES "agreement_term"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
