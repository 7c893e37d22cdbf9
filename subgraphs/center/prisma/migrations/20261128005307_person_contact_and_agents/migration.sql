-- AlterTable
ALTER TABLE "party" ADD COLUMN     "agent_name" TEXT,
ADD COLUMN     "agent_person_id" UUID;

-- AlterTable
ALTER TABLE "person" ADD COLUMN     "address_detail_cipher" TEXT,
ADD COLUMN     "address_division_code" VARCHAR(12),
ADD COLUMN     "address_index" VARCHAR(64),
ADD COLUMN     "contact_updated_at" TIMESTAMPTZ(3),
ADD COLUMN     "phone_cipher" TEXT,
ADD COLUMN     "phone_index" VARCHAR(64);

-- CreateIndex
CREATE INDEX "party_agent_person_id_idx" ON "party"("agent_person_id");

-- CreateIndex
CREATE INDEX "person_phone_index_idx" ON "person"("phone_index");

-- CreateIndex
CREATE INDEX "person_address_index_idx" ON "person"("address_index");

-- AddForeignKey
ALTER TABLE "party" ADD CONSTRAINT "party_agent_person_id_fkey" FOREIGN KEY ("agent_person_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "person" ADD CONSTRAINT "person_address_division_code_fkey" FOREIGN KEY ("address_division_code") REFERENCES "division"("code") ON DELETE SET NULL ON UPDATE CASCADE;

