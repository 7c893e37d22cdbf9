-- AlterTable
ALTER TABLE "party" ADD COLUMN     "organisation_id" UUID;

-- CreateTable
CREATE TABLE "organisation" (
    "id" UUID NOT NULL,
    "credit_code" CHAR(18) NOT NULL,
    "name" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "organisation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "organisation_credit_code_key" ON "organisation"("credit_code");

-- CreateIndex
CREATE INDEX "party_organisation_id_idx" ON "party"("organisation_id");

-- AddForeignKey
ALTER TABLE "party" ADD CONSTRAINT "party_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

