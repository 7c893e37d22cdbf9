-- AlterTable
ALTER TABLE "party" ADD COLUMN     "id_number_cipher" TEXT,
ADD COLUMN     "id_number_index" VARCHAR(64);

-- CreateIndex
CREATE INDEX "party_id_number_index_idx" ON "party"("id_number_index");

