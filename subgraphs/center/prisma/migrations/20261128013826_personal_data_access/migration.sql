-- CreateEnum
CREATE TYPE "PersonalDataField" AS ENUM ('ID_NUMBER', 'PHONE', 'ADDRESS');

-- CreateEnum
CREATE TYPE "DisclosurePurpose" AS ENUM ('SERVICE_OF_DOCUMENTS', 'CONTACT_PARTY', 'IDENTITY_CHECK', 'SUPERVISION_REVIEW');

-- CreateTable
CREATE TABLE "personal_data_access" (
    "id" UUID NOT NULL,
    "accessed_at" TIMESTAMPTZ(3) NOT NULL,
    "actor_id" TEXT NOT NULL,
    "actor_name" TEXT NOT NULL,
    "actor_roles" TEXT[],
    "actor_department" TEXT NOT NULL,
    "organisation_id" TEXT,
    "ground" TEXT NOT NULL,
    "field" "PersonalDataField" NOT NULL,
    "party_id" UUID NOT NULL,
    "person_id" UUID,
    "dispute_id" UUID NOT NULL,
    "place_code" VARCHAR(12) NOT NULL,
    "purpose" "DisclosurePurpose" NOT NULL,
    "purpose_detail" TEXT NOT NULL,
    "request_id" TEXT NOT NULL,

    CONSTRAINT "personal_data_access_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public_tracking_code" (
    "code_hash" CHAR(64) NOT NULL,
    "dispute_id" UUID NOT NULL,
    "issued_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "public_tracking_code_pkey" PRIMARY KEY ("code_hash")
);

-- CreateIndex
CREATE INDEX "personal_data_access_place_code_accessed_at_idx" ON "personal_data_access"("place_code", "accessed_at");

-- CreateIndex
CREATE INDEX "personal_data_access_dispute_id_accessed_at_idx" ON "personal_data_access"("dispute_id", "accessed_at");

-- CreateIndex
CREATE INDEX "personal_data_access_accessed_at_id_idx" ON "personal_data_access"("accessed_at", "id");

-- CreateIndex
CREATE INDEX "public_tracking_code_dispute_id_idx" ON "public_tracking_code"("dispute_id");

-- AddForeignKey
ALTER TABLE "public_tracking_code" ADD CONSTRAINT "public_tracking_code_dispute_id_fkey" FOREIGN KEY ("dispute_id") REFERENCES "dispute"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- The access record is append-only: the database itself refuses to change or remove an entry.
CREATE FUNCTION personal_data_access_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'personal_data_access is append-only';
END $$;
CREATE TRIGGER personal_data_access_append_only BEFORE UPDATE OR DELETE ON personal_data_access
  FOR EACH ROW EXECUTE FUNCTION personal_data_access_append_only();
CREATE TRIGGER personal_data_access_no_truncate BEFORE TRUNCATE ON personal_data_access
  FOR EACH STATEMENT EXECUTE FUNCTION personal_data_access_append_only();
