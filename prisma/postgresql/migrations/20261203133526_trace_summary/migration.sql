-- AlterTable
ALTER TABLE "Submission" ADD COLUMN     "traceSummaryJson" TEXT;

