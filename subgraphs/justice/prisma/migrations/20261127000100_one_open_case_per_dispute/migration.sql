-- A dispute has at most one open mediation case; once a case has FAILED or been TERMINATED
-- a new one may be accepted. Prisma cannot declare a partial index, so it lives here, apart
-- from the generated init migration.
CREATE UNIQUE INDEX "mediation_case_open_dispute_key" ON "mediation_case"("dispute_id") WHERE "status" NOT IN ('FAILED', 'TERMINATED');
