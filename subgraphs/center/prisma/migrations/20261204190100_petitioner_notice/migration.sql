-- 信访工作条例 art 23: the written notice to the petitioner, its method, reference and who gave it.
CREATE TYPE "NoticeMethod" AS ENUM ('IN_PERSON', 'POST', 'SMS', 'ONLINE');
ALTER TABLE "dispute"
  ADD COLUMN "notice_given_at" TIMESTAMPTZ(3),
  ADD COLUMN "notice_method" "NoticeMethod",
  ADD COLUMN "notice_reference" VARCHAR(200),
  ADD COLUMN "notice_given_by_id" TEXT,
  ADD COLUMN "notice_given_by_name" TEXT;
