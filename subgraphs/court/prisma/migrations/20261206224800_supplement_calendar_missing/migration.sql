-- A supplement deadline the hub counted (the court set none) names the years the holiday calendar
-- lacks (民法典 art 203). Orders made before this migration keep an empty list.
-- AlterTable
ALTER TABLE "supplement_order" ADD COLUMN     "calendar_missing_for" INTEGER[] DEFAULT ARRAY[]::INTEGER[];
