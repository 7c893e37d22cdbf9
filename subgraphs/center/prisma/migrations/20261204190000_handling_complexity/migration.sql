-- 繁简分流: the complexity a centre sets when routing picks its local handling tier.
CREATE TYPE "HandlingComplexity" AS ENUM ('SIMPLE', 'ORDINARY', 'COMPLEX');
ALTER TABLE "routing" ADD COLUMN "complexity" "HandlingComplexity";
