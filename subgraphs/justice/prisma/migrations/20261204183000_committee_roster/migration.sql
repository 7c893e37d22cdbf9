-- 人民调解法 art 9 (a committee of three to nine members, with women, and in multi-ethnic areas
-- members of the smaller ethnic groups) and art 14 (mediators are adult citizens).
CREATE TYPE "Gender" AS ENUM ('FEMALE', 'MALE');

-- Inner Mongolia is a multi-ethnic autonomous region: committees are in multi-ethnic areas unless registered otherwise.
ALTER TABLE "mediation_committee" ADD COLUMN "multi_ethnic_area" BOOLEAN NOT NULL DEFAULT true;

ALTER TABLE "mediator" ADD COLUMN "gender" "Gender",
ADD COLUMN "ethnicity" TEXT,
ADD COLUMN "birth_date" DATE,
ADD COLUMN "adult_attested" BOOLEAN NOT NULL DEFAULT false;
