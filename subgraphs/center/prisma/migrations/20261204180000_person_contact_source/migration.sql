-- CreateTable
CREATE TABLE "person_contact_source" (
    "person_id" UUID NOT NULL,
    "field" "PersonalDataField" NOT NULL,
    "dispute_id" UUID NOT NULL,
    "recorded_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "person_contact_source_pkey" PRIMARY KEY ("person_id","field","dispute_id")
);

-- CreateIndex
CREATE INDEX "person_contact_source_dispute_id_idx" ON "person_contact_source"("dispute_id");

-- AddForeignKey
ALTER TABLE "person_contact_source" ADD CONSTRAINT "person_contact_source_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey (checked at commit: a receipt records its persons before the dispute row they belong to)
ALTER TABLE "person_contact_source" ADD CONSTRAINT "person_contact_source_dispute_id_fkey" FOREIGN KEY ("dispute_id") REFERENCES "dispute"("id") ON DELETE RESTRICT ON UPDATE CASCADE DEFERRABLE INITIALLY DEFERRED;

-- Only phones and addresses have sources: the ID number is the person itself.
ALTER TABLE "person_contact_source" ADD CONSTRAINT "person_contact_source_field_check" CHECK ("field" IN ('PHONE', 'ADDRESS'));

-- Contact data recorded before this migration: the dispute whose submission last changed each
-- field, as its person.contact-changed event names it.
INSERT INTO "person_contact_source" ("person_id", "field", "dispute_id", "recorded_at")
SELECT DISTINCT ON (e.subject_id, f.name) e.subject_id::uuid, upper(f.name)::"PersonalDataField", e.dispute_id, e.occurred_at
FROM "event_log" e
CROSS JOIN LATERAL jsonb_array_elements_text(e.payload -> 'fields') AS f(name)
WHERE e.type = 'person.contact-changed' AND e.dispute_id IS NOT NULL AND f.name IN ('phone', 'address')
ORDER BY e.subject_id, f.name, e.seq DESC;
