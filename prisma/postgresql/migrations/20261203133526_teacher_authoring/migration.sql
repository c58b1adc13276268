-- AlterTable
ALTER TABLE "Assignment" ADD COLUMN     "latePenaltyPercent" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "latePolicy" TEXT NOT NULL DEFAULT 'accept';

-- AlterTable
ALTER TABLE "Submission" ADD COLUMN     "effectiveDueAt" TIMESTAMP(3),
ADD COLUMN     "penaltyPercent" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "AssignmentSolution" (
    "assignmentId" TEXT NOT NULL,
    "referenceCode" TEXT NOT NULL,
    "variantsJson" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AssignmentSolution_pkey" PRIMARY KEY ("assignmentId")
);

-- CreateTable
CREATE TABLE "DeadlineExtension" (
    "assignmentId" TEXT NOT NULL,
    "studentId" TEXT NOT NULL,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DeadlineExtension_pkey" PRIMARY KEY ("assignmentId","studentId")
);

-- CreateIndex
CREATE INDEX "DeadlineExtension_studentId_idx" ON "DeadlineExtension"("studentId");

-- AddForeignKey
ALTER TABLE "AssignmentSolution" ADD CONSTRAINT "AssignmentSolution_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeadlineExtension" ADD CONSTRAINT "DeadlineExtension_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeadlineExtension" ADD CONSTRAINT "DeadlineExtension_studentId_fkey" FOREIGN KEY ("studentId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

