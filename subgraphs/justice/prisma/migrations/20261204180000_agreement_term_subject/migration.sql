-- What each agreed term is about (民诉法解释 355(3): a court refuses status-relationship terms),
-- and the instalments of a term performed in parts (民事诉讼法 art 250: the enforcement period
-- runs from the last instalment's deadline). Terms recorded before keep a null subject.
CREATE TYPE "AgreementTermSubject" AS ENUM ('PAYMENT', 'PROPERTY', 'SERVICE', 'APOLOGY', 'STATUS_MARRIAGE', 'STATUS_PARENTAGE', 'STATUS_ADOPTION', 'OTHER');

ALTER TABLE "agreement_term" ADD COLUMN "subject" "AgreementTermSubject";

CREATE TABLE "agreement_instalment" (
    "id" UUID NOT NULL,
    "term_id" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "deadline" TIMESTAMPTZ(3) NOT NULL,
    "content" TEXT NOT NULL,

    CONSTRAINT "agreement_instalment_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "agreement_instalment_number_check" CHECK ("number" >= 1),
    CONSTRAINT "agreement_instalment_content_check" CHECK (btrim("content") <> '')
);

CREATE UNIQUE INDEX "agreement_instalment_term_id_number_key" ON "agreement_instalment"("term_id", "number");

ALTER TABLE "agreement_instalment" ADD CONSTRAINT "agreement_instalment_term_id_fkey" FOREIGN KEY ("term_id") REFERENCES "agreement_term"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
