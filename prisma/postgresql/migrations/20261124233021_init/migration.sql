-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Snippet" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "ownerSecretHash" TEXT NOT NULL,
    "forkedFromId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Snippet_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Run" (
    "id" TEXT NOT NULL,
    "snippetId" TEXT,
    "codeHash" TEXT NOT NULL,
    "runnerVersion" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "virtualMs" DOUBLE PRECISION NOT NULL,
    "wallMs" DOUBLE PRECISION NOT NULL,
    "cpuMs" DOUBLE PRECISION NOT NULL,
    "taskCount" INTEGER NOT NULL,
    "resultJson" TEXT,
    "resultGzip" BYTEA,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Run_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Snippet_forkedFromId_idx" ON "Snippet"("forkedFromId");

-- CreateIndex
CREATE INDEX "Run_snippetId_createdAt_idx" ON "Run"("snippetId", "createdAt");

-- AddForeignKey
ALTER TABLE "Snippet" ADD CONSTRAINT "Snippet_forkedFromId_fkey" FOREIGN KEY ("forkedFromId") REFERENCES "Snippet"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Run" ADD CONSTRAINT "Run_snippetId_fkey" FOREIGN KEY ("snippetId") REFERENCES "Snippet"("id") ON DELETE CASCADE ON UPDATE CASCADE;

