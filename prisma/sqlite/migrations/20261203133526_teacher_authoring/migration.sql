-- CreateTable
CREATE TABLE "AssignmentSolution" (
    "assignmentId" TEXT NOT NULL PRIMARY KEY,
    "referenceCode" TEXT NOT NULL,
    "variantsJson" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "AssignmentSolution_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DeadlineExtension" (
    "assignmentId" TEXT NOT NULL,
    "studentId" TEXT NOT NULL,
    "dueAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("assignmentId", "studentId"),
    CONSTRAINT "DeadlineExtension_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DeadlineExtension_studentId_fkey" FOREIGN KEY ("studentId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Assignment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "classId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "instructions" TEXT NOT NULL,
    "starterCode" TEXT NOT NULL,
    "dueAt" DATETIME NOT NULL,
    "checksJson" TEXT NOT NULL,
    "checksVersion" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "latePolicy" TEXT NOT NULL DEFAULT 'accept',
    "latePenaltyPercent" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "Assignment_classId_fkey" FOREIGN KEY ("classId") REFERENCES "Classroom" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Assignment" ("checksJson", "checksVersion", "classId", "createdAt", "dueAt", "id", "instructions", "starterCode", "title", "updatedAt") SELECT "checksJson", "checksVersion", "classId", "createdAt", "dueAt", "id", "instructions", "starterCode", "title", "updatedAt" FROM "Assignment";
DROP TABLE "Assignment";
ALTER TABLE "new_Assignment" RENAME TO "Assignment";
CREATE INDEX "Assignment_classId_idx" ON "Assignment"("classId");
CREATE TABLE "new_Submission" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "assignmentId" TEXT NOT NULL,
    "studentId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "virtualMs" REAL NOT NULL,
    "score" INTEGER NOT NULL,
    "maxScore" INTEGER NOT NULL,
    "late" BOOLEAN NOT NULL,
    "penaltyPercent" INTEGER NOT NULL DEFAULT 0,
    "effectiveDueAt" DATETIME,
    "resultJson" TEXT,
    "resultGzip" BLOB,
    "gradeJson" TEXT NOT NULL,
    "gradedVersion" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Submission_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Submission_studentId_fkey" FOREIGN KEY ("studentId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Submission" ("assignmentId", "code", "createdAt", "gradeJson", "gradedVersion", "id", "late", "maxScore", "resultGzip", "resultJson", "score", "status", "studentId", "virtualMs") SELECT "assignmentId", "code", "createdAt", "gradeJson", "gradedVersion", "id", "late", "maxScore", "resultGzip", "resultJson", "score", "status", "studentId", "virtualMs" FROM "Submission";
DROP TABLE "Submission";
ALTER TABLE "new_Submission" RENAME TO "Submission";
CREATE INDEX "Submission_assignmentId_studentId_createdAt_idx" ON "Submission"("assignmentId", "studentId", "createdAt");
CREATE INDEX "Submission_studentId_idx" ON "Submission"("studentId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "DeadlineExtension_studentId_idx" ON "DeadlineExtension"("studentId");

