-- AlterTable
ALTER TABLE "supervision_case" ADD COLUMN     "jurisdiction_code" VARCHAR(12);

-- CreateIndex
CREATE INDEX "supervision_case_procuratorate_id_opened_at_idx" ON "supervision_case"("procuratorate_id", "opened_at");

-- CreateIndex
CREATE INDEX "supervision_case_jurisdiction_code_opened_at_idx" ON "supervision_case"("jurisdiction_code", "opened_at");

