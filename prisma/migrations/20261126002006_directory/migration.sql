-- CreateEnum
CREATE TYPE "ContactRequestStatus" AS ENUM ('PENDING', 'ACCEPTED', 'DECLINED', 'EXPIRED');

-- CreateEnum
CREATE TYPE "ContactStage" AS ENUM ('IDENTIFIED', 'CONTACTED', 'MET', 'EXPLORING', 'COOPERATING', 'DORMANT');

-- CreateEnum
CREATE TYPE "ContactSource" AS ENUM ('EVENT', 'TRIP', 'FORUM', 'DIRECTORY', 'OTHER');

-- CreateEnum
CREATE TYPE "ContactEventKind" AS ENUM ('CREATED', 'NOTE', 'STAGE');

-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "contactEmail" TEXT,
ADD COLUMN     "descriptions" JSONB NOT NULL DEFAULT '{}',
ADD COLUMN     "foundedYear" INTEGER,
ADD COLUMN     "languages" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "latitude" DOUBLE PRECISION,
ADD COLUMN     "logoHash" TEXT,
ADD COLUMN     "longitude" DOUBLE PRECISION,
ADD COLUMN     "offerText" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "offers" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "openForVisits" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "search" tsvector,
ADD COLUMN     "sectors" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "seekText" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "seeks" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "size" TEXT,
ADD COLUMN     "verifiedAt" TIMESTAMP(3),
ADD COLUMN     "website" TEXT;

-- CreateTable
CREATE TABLE "OrganisationLogo" (
    "orgId" TEXT NOT NULL,
    "mime" TEXT NOT NULL,
    "data" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OrganisationLogo_pkey" PRIMARY KEY ("orgId")
);

-- CreateTable
CREATE TABLE "ContactRequest" (
    "id" TEXT NOT NULL,
    "fromOrgId" TEXT NOT NULL,
    "toOrgId" TEXT NOT NULL,
    "senderId" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "status" "ContactRequestStatus" NOT NULL DEFAULT 'PENDING',
    "pendingKey" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "decidedAt" TIMESTAMP(3),
    "decidedById" TEXT,

    CONSTRAINT "ContactRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CooperationContact" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "linkedOrgId" TEXT,
    "personName" TEXT NOT NULL DEFAULT '',
    "organisationName" TEXT NOT NULL DEFAULT '',
    "country" CHAR(2),
    "email" TEXT,
    "phone" TEXT,
    "role" TEXT,
    "stage" "ContactStage" NOT NULL DEFAULT 'IDENTIFIED',
    "ownerId" TEXT,
    "tags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "nextStep" TEXT,
    "nextStepDue" DATE,
    "source" "ContactSource" NOT NULL DEFAULT 'OTHER',
    "requestId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CooperationContact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContactEvent" (
    "id" TEXT NOT NULL,
    "contactId" TEXT NOT NULL,
    "authorId" TEXT,
    "kind" "ContactEventKind" NOT NULL,
    "fromStage" "ContactStage",
    "toStage" "ContactStage",
    "text" TEXT,
    "occurredOn" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ContactEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "data" JSONB NOT NULL DEFAULT '{}',
    "readAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ContactRequest_pendingKey_key" ON "ContactRequest"("pendingKey");

-- CreateIndex
CREATE INDEX "ContactRequest_toOrgId_status_idx" ON "ContactRequest"("toOrgId", "status");

-- CreateIndex
CREATE INDEX "ContactRequest_fromOrgId_status_idx" ON "ContactRequest"("fromOrgId", "status");

-- CreateIndex
CREATE INDEX "ContactRequest_senderId_createdAt_idx" ON "ContactRequest"("senderId", "createdAt");

-- CreateIndex
CREATE INDEX "CooperationContact_orgId_stage_idx" ON "CooperationContact"("orgId", "stage");

-- CreateIndex
CREATE INDEX "CooperationContact_orgId_nextStepDue_idx" ON "CooperationContact"("orgId", "nextStepDue");

-- CreateIndex
CREATE UNIQUE INDEX "CooperationContact_orgId_requestId_key" ON "CooperationContact"("orgId", "requestId");

-- CreateIndex
CREATE INDEX "ContactEvent_contactId_occurredOn_idx" ON "ContactEvent"("contactId", "occurredOn");

-- CreateIndex
CREATE INDEX "Notification_userId_createdAt_idx" ON "Notification"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "Organisation_city_idx" ON "Organisation"("city");

-- CreateIndex
CREATE INDEX "Organisation_updatedAt_idx" ON "Organisation"("updatedAt");

-- CreateIndex
CREATE INDEX "Organisation_search_idx" ON "Organisation" USING GIN ("search");

-- AddForeignKey
ALTER TABLE "OrganisationLogo" ADD CONSTRAINT "OrganisationLogo_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContactRequest" ADD CONSTRAINT "ContactRequest_fromOrgId_fkey" FOREIGN KEY ("fromOrgId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContactRequest" ADD CONSTRAINT "ContactRequest_toOrgId_fkey" FOREIGN KEY ("toOrgId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContactRequest" ADD CONSTRAINT "ContactRequest_senderId_fkey" FOREIGN KEY ("senderId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContactRequest" ADD CONSTRAINT "ContactRequest_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CooperationContact" ADD CONSTRAINT "CooperationContact_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CooperationContact" ADD CONSTRAINT "CooperationContact_linkedOrgId_fkey" FOREIGN KEY ("linkedOrgId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CooperationContact" ADD CONSTRAINT "CooperationContact_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContactEvent" ADD CONSTRAINT "ContactEvent_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "CooperationContact"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContactEvent" ADD CONSTRAINT "ContactEvent_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Full-text document of an organisation (docs/decisions/010-directory.md).
-- The 'simple' configuration: profiles mix languages, and PostgreSQL has no
-- Polish or Latvian stemmer (nor Estonian before 16); queries use prefixes.
CREATE FUNCTION organisation_search_document() RETURNS trigger AS $$
BEGIN
  NEW."search" :=
    setweight(to_tsvector('simple', coalesce(NEW."name", '')), 'A') ||
    setweight(to_tsvector('simple', coalesce(NEW."city", '')), 'B') ||
    setweight(to_tsvector('simple', coalesce(NEW."offerText", '') || ' ' || coalesce(NEW."seekText", '')), 'B') ||
    setweight(to_tsvector('simple', coalesce((SELECT string_agg(value, ' ') FROM jsonb_each_text(NEW."descriptions")), '')), 'C') ||
    setweight(to_tsvector('simple', array_to_string(coalesce(NEW."sectors", '{}') || coalesce(NEW."offers", '{}') || coalesce(NEW."seeks", '{}'), ' ')), 'D');
  RETURN NEW;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER organisation_search_document
  BEFORE INSERT OR UPDATE OF "name", "city", "offerText", "seekText", "descriptions", "sectors", "offers", "seeks"
  ON "Organisation" FOR EACH ROW EXECUTE FUNCTION organisation_search_document();

UPDATE "Organisation" SET "name" = "name";
