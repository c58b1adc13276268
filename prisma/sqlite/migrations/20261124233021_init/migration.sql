-- CreateTable
CREATE TABLE "Snippet" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "ownerSecretHash" TEXT NOT NULL,
    "forkedFromId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Snippet_forkedFromId_fkey" FOREIGN KEY ("forkedFromId") REFERENCES "Snippet" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Run" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "snippetId" TEXT,
    "codeHash" TEXT NOT NULL,
    "runnerVersion" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "virtualMs" REAL NOT NULL,
    "wallMs" REAL NOT NULL,
    "cpuMs" REAL NOT NULL,
    "taskCount" INTEGER NOT NULL,
    "resultJson" TEXT,
    "resultGzip" BLOB,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Run_snippetId_fkey" FOREIGN KEY ("snippetId") REFERENCES "Snippet" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Snippet_forkedFromId_idx" ON "Snippet"("forkedFromId");

-- CreateIndex
CREATE INDEX "Run_snippetId_createdAt_idx" ON "Run"("snippetId", "createdAt");

