-- Performance records and urgings are read in the order they were recorded: two recorded in the
-- same millisecond keep their order, and the last recorded is the term's standing performance.
ALTER TABLE "term_performance" ADD COLUMN "seq" BIGSERIAL NOT NULL;
ALTER TABLE "performance_urging" ADD COLUMN "seq" BIGSERIAL NOT NULL;
