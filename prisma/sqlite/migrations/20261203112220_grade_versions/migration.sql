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
    CONSTRAINT "Assignment_classId_fkey" FOREIGN KEY ("classId") REFERENCES "Classroom" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Assignment" ("checksJson", "classId", "createdAt", "dueAt", "id", "instructions", "starterCode", "title", "updatedAt") SELECT "checksJson", "classId", "createdAt", "dueAt", "id", "instructions", "starterCode", "title", "updatedAt" FROM "Assignment";
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
    "resultJson" TEXT,
    "resultGzip" BLOB,
    "gradeJson" TEXT NOT NULL,
    "gradedVersion" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Submission_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Submission_studentId_fkey" FOREIGN KEY ("studentId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Submission" ("assignmentId", "code", "createdAt", "gradeJson", "id", "late", "maxScore", "resultGzip", "resultJson", "score", "status", "studentId", "virtualMs") SELECT "assignmentId", "code", "createdAt", "gradeJson", "id", "late", "maxScore", "resultGzip", "resultJson", "score", "status", "studentId", "virtualMs" FROM "Submission";
DROP TABLE "Submission";
ALTER TABLE "new_Submission" RENAME TO "Submission";
CREATE INDEX "Submission_assignmentId_studentId_createdAt_idx" ON "Submission"("assignmentId", "studentId", "createdAt");
CREATE INDEX "Submission_studentId_idx" ON "Submission"("studentId");
CREATE TABLE "new_RegradeJob" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "assignmentId" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "teacherId" TEXT NOT NULL DEFAULT '',
    "checksVersion" INTEGER NOT NULL DEFAULT 1,
    "total" INTEGER NOT NULL,
    "done" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "RegradeJob_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_RegradeJob" ("assignmentId", "createdAt", "done", "error", "id", "state", "total", "updatedAt") SELECT "assignmentId", "createdAt", "done", "error", "id", "state", "total", "updatedAt" FROM "RegradeJob";
DROP TABLE "RegradeJob";
ALTER TABLE "new_RegradeJob" RENAME TO "RegradeJob";
CREATE INDEX "RegradeJob_assignmentId_createdAt_idx" ON "RegradeJob"("assignmentId", "createdAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

