-- 信访工作条例 arts 35-36: 复查 and 复核 requests on a dispute, once each.
CREATE TYPE "ReviewKind" AS ENUM ('REVIEW', 'RE_EXAMINATION');
CREATE TYPE "ReviewRequestStatus" AS ENUM ('REQUESTED', 'ANSWERED');

CREATE TABLE "review_request" (
    "id" UUID NOT NULL,
    "dispute_id" UUID NOT NULL,
    "kind" "ReviewKind" NOT NULL,
    "status" "ReviewRequestStatus" NOT NULL DEFAULT 'REQUESTED',
    "opinion_received_at" TIMESTAMPTZ(3) NOT NULL,
    "requested_at" TIMESTAMPTZ(3) NOT NULL,
    "reason" VARCHAR(2000) NOT NULL,
    "recorded_by_id" TEXT NOT NULL,
    "recorded_by_name" TEXT NOT NULL,
    "answer_due_at" TIMESTAMPTZ(3) NOT NULL,
    "answered_at" TIMESTAMPTZ(3),
    "answer" VARCHAR(5000),
    "answered_by_id" TEXT,
    "answered_by_name" TEXT,

    CONSTRAINT "review_request_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "review_request_dispute_id_kind_key" ON "review_request"("dispute_id", "kind");

ALTER TABLE "review_request" ADD CONSTRAINT "review_request_dispute_id_fkey" FOREIGN KEY ("dispute_id") REFERENCES "dispute"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
