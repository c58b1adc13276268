-- AlterTable
ALTER TABLE "Run" ADD COLUMN     "code" TEXT;

