-- Persons become root records: one row per natural person, matched by the blind index of the
-- resident ID number; parties point at it instead of carrying their own copy of the number.

-- CreateEnum
CREATE TYPE "PersonGender" AS ENUM ('MALE', 'FEMALE');

-- CreateTable
CREATE TABLE "person" (
    "id" UUID NOT NULL,
    "id_number_index" VARCHAR(64) NOT NULL,
    "id_number_cipher" TEXT NOT NULL,
    "gender" "PersonGender",
    "birth_date" DATE,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "person_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "person_id_number_index_key" ON "person"("id_number_index");

-- AlterTable
ALTER TABLE "party" ADD COLUMN "person_id" UUID;

-- Existing parties with an ID number: one person per distinct blind index (gender and birth
-- date stay unknown until the person is next received, since the number is encrypted).
INSERT INTO "person" ("id", "id_number_index", "id_number_cipher")
SELECT DISTINCT ON ("id_number_index") gen_random_uuid(), "id_number_index", "id_number_cipher"
FROM "party" WHERE "id_number_index" IS NOT NULL
ORDER BY "id_number_index", "dispute_id";
UPDATE "party" SET "person_id" = "person"."id" FROM "person" WHERE "party"."id_number_index" = "person"."id_number_index";

-- DropIndex
DROP INDEX "party_id_number_index_idx";

-- AlterTable
ALTER TABLE "party" DROP COLUMN "id_number_cipher",
DROP COLUMN "id_number_index";

-- CreateIndex
CREATE INDEX "party_person_id_idx" ON "party"("person_id");

-- AddForeignKey
ALTER TABLE "party" ADD CONSTRAINT "party_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE CASCADE;
