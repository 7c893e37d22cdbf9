-- The survivor keeps the ids of every record linked or merged into it: the departments follow them (@requires) at no extra query.
-- AlterTable
ALTER TABLE "dispute" ADD COLUMN     "merged_ids" UUID[] DEFAULT ARRAY[]::UUID[];

