-- AlterTable
ALTER TABLE "Assignment" ADD COLUMN     "checksVersion" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Submission" ADD COLUMN     "gradedVersion" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "RegradeJob" ADD COLUMN     "checksVersion" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "teacherId" TEXT NOT NULL DEFAULT '';

