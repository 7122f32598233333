CREATE TABLE IF NOT EXISTS "__EFMigrationsHistory" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK___EFMigrationsHistory" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);

BEGIN TRANSACTION;
CREATE TABLE "Countries" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Countries" PRIMARY KEY,
    "Name" TEXT NOT NULL,
    "IsoCode" TEXT NOT NULL,
    "Slug" TEXT NOT NULL,
    "State" TEXT NOT NULL,
    "InternalNotes" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "CreatedBy" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "UpdatedBy" TEXT NOT NULL,
    "DeletedAt" TEXT NULL,
    "DeletedBy" TEXT NULL,
    "Version" INTEGER NOT NULL
);

CREATE TABLE "People" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_People" PRIMARY KEY,
    "Name" TEXT NOT NULL,
    "Summary" TEXT NULL,
    "Slug" TEXT NOT NULL,
    "State" TEXT NOT NULL,
    "InternalNotes" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "CreatedBy" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "UpdatedBy" TEXT NOT NULL,
    "DeletedAt" TEXT NULL,
    "DeletedBy" TEXT NULL,
    "Version" INTEGER NOT NULL
);

CREATE TABLE "Revisions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Revisions" PRIMARY KEY,
    "EntityType" TEXT NOT NULL,
    "EntityId" TEXT NOT NULL,
    "Number" INTEGER NOT NULL,
    "Action" TEXT NOT NULL,
    "ChangedAt" TEXT NOT NULL,
    "ChangedBy" TEXT NOT NULL,
    "BeforeJson" TEXT NULL,
    "AfterJson" TEXT NULL,
    "Reason" TEXT NULL
);

CREATE TABLE "SlugRedirects" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_SlugRedirects" PRIMARY KEY,
    "EntityType" TEXT NOT NULL,
    "OldSlug" TEXT NOT NULL,
    "EntityId" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL
);

CREATE TABLE "Sources" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Sources" PRIMARY KEY,
    "Title" TEXT NOT NULL,
    "Outlet" TEXT NULL,
    "Author" TEXT NULL,
    "SourceKind" TEXT NOT NULL,
    "Url" TEXT NULL,
    "AccessedOn" TEXT NULL,
    "Reliability" TEXT NOT NULL,
    "ReliabilityReason" TEXT NOT NULL,
    "Notes" TEXT NULL,
    "Published_Approximate" INTEGER NOT NULL,
    "Published_Precision" INTEGER NOT NULL,
    "Published_Start" TEXT NULL,
    "Slug" TEXT NOT NULL,
    "State" TEXT NOT NULL,
    "InternalNotes" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "CreatedBy" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "UpdatedBy" TEXT NOT NULL,
    "DeletedAt" TEXT NULL,
    "DeletedBy" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "CK_Sources_WebUrl" CHECK ("Url" IS NULL OR "Url" LIKE 'http://%' OR "Url" LIKE 'https://%')
);

CREATE TABLE "Organisations" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Organisations" PRIMARY KEY,
    "Name" TEXT NOT NULL,
    "OrganisationKind" TEXT NOT NULL,
    "CountryId" TEXT NULL,
    "Slug" TEXT NOT NULL,
    "State" TEXT NOT NULL,
    "InternalNotes" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "CreatedBy" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "UpdatedBy" TEXT NOT NULL,
    "DeletedAt" TEXT NULL,
    "DeletedBy" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_Organisations_Countries_CountryId" FOREIGN KEY ("CountryId") REFERENCES "Countries" ("Id") ON DELETE SET NULL
);

CREATE TABLE "PersonRole" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_PersonRole" PRIMARY KEY,
    "PersonId" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "OrganisationId" TEXT NULL,
    "From_Approximate" INTEGER NOT NULL,
    "From_Precision" INTEGER NOT NULL,
    "From_Start" TEXT NULL,
    "To_Approximate" INTEGER NOT NULL,
    "To_Precision" INTEGER NOT NULL,
    "To_Start" TEXT NULL,
    CONSTRAINT "FK_PersonRole_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE SET NULL,
    CONSTRAINT "FK_PersonRole_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES "People" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Records" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Records" PRIMARY KEY,
    "Kind" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Summary" TEXT NOT NULL,
    "Date_Approximate" INTEGER NOT NULL,
    "Date_Precision" INTEGER NOT NULL,
    "Date_Start" TEXT NULL,
    "ShortName" TEXT NULL,
    "AgreementKind" TEXT NULL,
    "IsBinding" INTEGER NULL,
    "PubliclyAnnouncedByNz" INTEGER NULL,
    "PartyCount" INTEGER NULL,
    "EventKind" TEXT NULL,
    "MeetingKind" TEXT NULL,
    "Place" TEXT NULL,
    "Host" TEXT NULL,
    "Count" INTEGER NULL,
    "CountIsMinimum" INTEGER NULL,
    "EndDate_Approximate" INTEGER NULL,
    "EndDate_Precision" INTEGER NULL,
    "EndDate_Start" TEXT NULL,
    "Mode" TEXT NULL,
    "Text" TEXT NULL,
    "SpeakerId" TEXT NULL,
    "SpeakingOrganisationId" TEXT NULL,
    "SpeakerRole" TEXT NULL,
    "Venue" TEXT NULL,
    "AgreementId" TEXT NULL,
    "NzStance" TEXT NULL,
    "Slug" TEXT NOT NULL,
    "State" TEXT NOT NULL,
    "InternalNotes" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "CreatedBy" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "UpdatedBy" TEXT NOT NULL,
    "DeletedAt" TEXT NULL,
    "DeletedBy" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_Records_Organisations_SpeakingOrganisationId" FOREIGN KEY ("SpeakingOrganisationId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Records_People_SpeakerId" FOREIGN KEY ("SpeakerId") REFERENCES "People" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Records_Records_AgreementId" FOREIGN KEY ("AgreementId") REFERENCES "Records" ("Id") ON DELETE CASCADE
);

CREATE TABLE "PartyMemberships" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_PartyMemberships" PRIMARY KEY,
    "AgreementId" TEXT NOT NULL,
    "CountryId" TEXT NOT NULL,
    "Role" TEXT NULL,
    "Since_Approximate" INTEGER NOT NULL,
    "Since_Precision" INTEGER NOT NULL,
    "Since_Start" TEXT NULL,
    CONSTRAINT "FK_PartyMemberships_Countries_CountryId" FOREIGN KEY ("CountryId") REFERENCES "Countries" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_PartyMemberships_Records_AgreementId" FOREIGN KEY ("AgreementId") REFERENCES "Records" ("Id") ON DELETE CASCADE
);

CREATE TABLE "RecordAgreements" (
    "AgreementId" TEXT NOT NULL,
    "RecordId" TEXT NOT NULL,
    CONSTRAINT "PK_RecordAgreements" PRIMARY KEY ("AgreementId", "RecordId"),
    CONSTRAINT "FK_RecordAgreements_Records_AgreementId" FOREIGN KEY ("AgreementId") REFERENCES "Records" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_RecordAgreements_Records_RecordId" FOREIGN KEY ("RecordId") REFERENCES "Records" ("Id") ON DELETE CASCADE
);

CREATE TABLE "RecordCountries" (
    "CountriesId" TEXT NOT NULL,
    "RecordsId" TEXT NOT NULL,
    CONSTRAINT "PK_RecordCountries" PRIMARY KEY ("CountriesId", "RecordsId"),
    CONSTRAINT "FK_RecordCountries_Countries_CountriesId" FOREIGN KEY ("CountriesId") REFERENCES "Countries" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_RecordCountries_Records_RecordsId" FOREIGN KEY ("RecordsId") REFERENCES "Records" ("Id") ON DELETE CASCADE
);

CREATE TABLE "RecordOrganisations" (
    "OrganisationsId" TEXT NOT NULL,
    "RecordsId" TEXT NOT NULL,
    CONSTRAINT "PK_RecordOrganisations" PRIMARY KEY ("OrganisationsId", "RecordsId"),
    CONSTRAINT "FK_RecordOrganisations_Organisations_OrganisationsId" FOREIGN KEY ("OrganisationsId") REFERENCES "Organisations" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_RecordOrganisations_Records_RecordsId" FOREIGN KEY ("RecordsId") REFERENCES "Records" ("Id") ON DELETE CASCADE
);

CREATE TABLE "RecordPeople" (
    "PeopleId" TEXT NOT NULL,
    "RecordsId" TEXT NOT NULL,
    CONSTRAINT "PK_RecordPeople" PRIMARY KEY ("PeopleId", "RecordsId"),
    CONSTRAINT "FK_RecordPeople_People_PeopleId" FOREIGN KEY ("PeopleId") REFERENCES "People" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_RecordPeople_Records_RecordsId" FOREIGN KEY ("RecordsId") REFERENCES "Records" ("Id") ON DELETE CASCADE
);

CREATE TABLE "StatusChanges" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_StatusChanges" PRIMARY KEY,
    "AgreementId" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "Note" TEXT NULL,
    "Date_Approximate" INTEGER NOT NULL,
    "Date_Precision" INTEGER NOT NULL,
    "Date_Start" TEXT NULL,
    CONSTRAINT "FK_StatusChanges_Records_AgreementId" FOREIGN KEY ("AgreementId") REFERENCES "Records" ("Id") ON DELETE CASCADE
);

CREATE TABLE "DateClaims" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_DateClaims" PRIMARY KEY,
    "RecordId" TEXT NULL,
    "StatusChangeId" TEXT NULL,
    "Claim" TEXT NOT NULL,
    "Date_Approximate" INTEGER NOT NULL,
    "Date_Precision" INTEGER NOT NULL,
    "Date_Start" TEXT NULL,
    CONSTRAINT "CK_DateClaims_OneOwner" CHECK ((CASE WHEN "RecordId" IS NULL THEN 0 ELSE 1 END) + (CASE WHEN "StatusChangeId" IS NULL THEN 0 ELSE 1 END) = 1),
    CONSTRAINT "FK_DateClaims_Records_RecordId" FOREIGN KEY ("RecordId") REFERENCES "Records" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_DateClaims_StatusChanges_StatusChangeId" FOREIGN KEY ("StatusChangeId") REFERENCES "StatusChanges" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Citations" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Citations" PRIMARY KEY,
    "SourceId" TEXT NOT NULL,
    "Pinpoint" TEXT NULL,
    "RecordId" TEXT NULL,
    "StatusChangeId" TEXT NULL,
    "PartyMembershipId" TEXT NULL,
    "DateClaimId" TEXT NULL,
    CONSTRAINT "CK_Citations_OneFact" CHECK ((CASE WHEN "RecordId" IS NULL THEN 0 ELSE 1 END) + (CASE WHEN "StatusChangeId" IS NULL THEN 0 ELSE 1 END)
+ (CASE WHEN "PartyMembershipId" IS NULL THEN 0 ELSE 1 END) + (CASE WHEN "DateClaimId" IS NULL THEN 0 ELSE 1 END) = 1),
    CONSTRAINT "FK_Citations_DateClaims_DateClaimId" FOREIGN KEY ("DateClaimId") REFERENCES "DateClaims" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Citations_PartyMemberships_PartyMembershipId" FOREIGN KEY ("PartyMembershipId") REFERENCES "PartyMemberships" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Citations_Records_RecordId" FOREIGN KEY ("RecordId") REFERENCES "Records" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Citations_Sources_SourceId" FOREIGN KEY ("SourceId") REFERENCES "Sources" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Citations_StatusChanges_StatusChangeId" FOREIGN KEY ("StatusChangeId") REFERENCES "StatusChanges" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Citations_DateClaimId" ON "Citations" ("DateClaimId");

CREATE INDEX "IX_Citations_PartyMembershipId" ON "Citations" ("PartyMembershipId");

CREATE INDEX "IX_Citations_RecordId" ON "Citations" ("RecordId");

CREATE INDEX "IX_Citations_SourceId" ON "Citations" ("SourceId");

CREATE INDEX "IX_Citations_StatusChangeId" ON "Citations" ("StatusChangeId");

CREATE UNIQUE INDEX "IX_Countries_Slug" ON "Countries" ("Slug");

CREATE INDEX "IX_DateClaims_RecordId" ON "DateClaims" ("RecordId");

CREATE INDEX "IX_DateClaims_StatusChangeId" ON "DateClaims" ("StatusChangeId");

CREATE INDEX "IX_Organisations_CountryId" ON "Organisations" ("CountryId");

CREATE UNIQUE INDEX "IX_Organisations_Slug" ON "Organisations" ("Slug");

CREATE UNIQUE INDEX "IX_PartyMemberships_AgreementId_CountryId" ON "PartyMemberships" ("AgreementId", "CountryId");

CREATE INDEX "IX_PartyMemberships_CountryId" ON "PartyMemberships" ("CountryId");

CREATE UNIQUE INDEX "IX_People_Slug" ON "People" ("Slug");

CREATE INDEX "IX_PersonRole_OrganisationId" ON "PersonRole" ("OrganisationId");

CREATE INDEX "IX_PersonRole_PersonId" ON "PersonRole" ("PersonId");

CREATE INDEX "IX_RecordAgreements_RecordId" ON "RecordAgreements" ("RecordId");

CREATE INDEX "IX_RecordCountries_RecordsId" ON "RecordCountries" ("RecordsId");

CREATE INDEX "IX_RecordOrganisations_RecordsId" ON "RecordOrganisations" ("RecordsId");

CREATE INDEX "IX_RecordPeople_RecordsId" ON "RecordPeople" ("RecordsId");

CREATE INDEX "IX_Records_AgreementId" ON "Records" ("AgreementId");

CREATE UNIQUE INDEX "IX_Records_Slug" ON "Records" ("Slug");

CREATE INDEX "IX_Records_SpeakerId" ON "Records" ("SpeakerId");

CREATE INDEX "IX_Records_SpeakingOrganisationId" ON "Records" ("SpeakingOrganisationId");

CREATE INDEX "IX_Records_State_Kind" ON "Records" ("State", "Kind");

CREATE INDEX "IX_Records_Timeline" ON "Records"
("State", ("Date_Start" IS NULL), "Date_Start", "Date_Precision", "Date_Approximate", "Title", "Id");

CREATE INDEX "IX_Revisions_ChangedAt" ON "Revisions" ("ChangedAt");

CREATE INDEX "IX_Revisions_EntityId_Number" ON "Revisions" ("EntityId", "Number");

CREATE UNIQUE INDEX "IX_SlugRedirects_EntityType_OldSlug" ON "SlugRedirects" ("EntityType", "OldSlug");

CREATE UNIQUE INDEX "IX_Sources_Slug" ON "Sources" ("Slug");

CREATE INDEX "IX_StatusChanges_AgreementId_Status" ON "StatusChanges" ("AgreementId", "Status");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261123123041_Initial', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "AspNetRoles" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetRoles" PRIMARY KEY,
    "Name" TEXT NULL,
    "NormalizedName" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL
);

CREATE TABLE "AspNetUsers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetUsers" PRIMARY KEY,
    "UserName" TEXT NULL,
    "NormalizedUserName" TEXT NULL,
    "Email" TEXT NULL,
    "NormalizedEmail" TEXT NULL,
    "EmailConfirmed" INTEGER NOT NULL,
    "PasswordHash" TEXT NULL,
    "SecurityStamp" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL,
    "PhoneNumber" TEXT NULL,
    "PhoneNumberConfirmed" INTEGER NOT NULL,
    "TwoFactorEnabled" INTEGER NOT NULL,
    "LockoutEnd" TEXT NULL,
    "LockoutEnabled" INTEGER NOT NULL,
    "AccessFailedCount" INTEGER NOT NULL
);

CREATE TABLE "DataProtectionKeys" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_DataProtectionKeys" PRIMARY KEY AUTOINCREMENT,
    "FriendlyName" TEXT NULL,
    "Xml" TEXT NULL
);

CREATE TABLE "AspNetRoleClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetRoleClaims" PRIMARY KEY AUTOINCREMENT,
    "RoleId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetRoleClaims_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AspNetUserClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetUserClaims" PRIMARY KEY AUTOINCREMENT,
    "UserId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetUserClaims_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AspNetUserLogins" (
    "LoginProvider" TEXT NOT NULL,
    "ProviderKey" TEXT NOT NULL,
    "ProviderDisplayName" TEXT NULL,
    "UserId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserLogins" PRIMARY KEY ("LoginProvider", "ProviderKey"),
    CONSTRAINT "FK_AspNetUserLogins_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AspNetUserRoles" (
    "UserId" TEXT NOT NULL,
    "RoleId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserRoles" PRIMARY KEY ("UserId", "RoleId"),
    CONSTRAINT "FK_AspNetUserRoles_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_AspNetUserRoles_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AspNetUserTokens" (
    "UserId" TEXT NOT NULL,
    "LoginProvider" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Value" TEXT NULL,
    CONSTRAINT "PK_AspNetUserTokens" PRIMARY KEY ("UserId", "LoginProvider", "Name"),
    CONSTRAINT "FK_AspNetUserTokens_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_AspNetRoleClaims_RoleId" ON "AspNetRoleClaims" ("RoleId");

CREATE UNIQUE INDEX "RoleNameIndex" ON "AspNetRoles" ("NormalizedName");

CREATE INDEX "IX_AspNetUserClaims_UserId" ON "AspNetUserClaims" ("UserId");

CREATE INDEX "IX_AspNetUserLogins_UserId" ON "AspNetUserLogins" ("UserId");

CREATE INDEX "IX_AspNetUserRoles_RoleId" ON "AspNetUserRoles" ("RoleId");

CREATE INDEX "EmailIndex" ON "AspNetUsers" ("NormalizedEmail");

CREATE UNIQUE INDEX "UserNameIndex" ON "AspNetUsers" ("NormalizedUserName");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261123132950_Accounts', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "Records" ADD "PendingDraftJson" TEXT NULL;

ALTER TABLE "Records" ADD "PendingState" TEXT NULL;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261124001356_PendingDrafts', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "SavedViews" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_SavedViews" PRIMARY KEY,
    "Owner" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Query" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL
);

CREATE UNIQUE INDEX "IX_SavedViews_Owner_Name" ON "SavedViews" ("Owner", "Name");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261124011946_SavedViews', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "Records" ADD "DueBy_Approximate" INTEGER NULL;

ALTER TABLE "Records" ADD "DueBy_Precision" INTEGER NULL;

ALTER TABLE "Records" ADD "DueBy_Start" TEXT NULL;

ALTER TABLE "Records" ADD "MadeById" TEXT NULL;

ALTER TABLE "Records" ADD "MadeByOrganisationId" TEXT NULL;

ALTER TABLE "Records" ADD "PromisedTo" TEXT NULL;

ALTER TABLE "Citations" ADD "CommitmentOutcomeId" TEXT NULL;

CREATE TABLE "CommitmentOutcome" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_CommitmentOutcome" PRIMARY KEY,
    "CommitmentId" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "Note" TEXT NULL,
    "Date_Approximate" INTEGER NOT NULL,
    "Date_Precision" INTEGER NOT NULL,
    "Date_Start" TEXT NULL,
    CONSTRAINT "FK_CommitmentOutcome_Records_CommitmentId" FOREIGN KEY ("CommitmentId") REFERENCES "Records" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Records_MadeById" ON "Records" ("MadeById");

CREATE INDEX "IX_Records_MadeByOrganisationId" ON "Records" ("MadeByOrganisationId");

CREATE INDEX "IX_Citations_CommitmentOutcomeId" ON "Citations" ("CommitmentOutcomeId");

CREATE INDEX "IX_CommitmentOutcome_CommitmentId_Status" ON "CommitmentOutcome" ("CommitmentId", "Status");

CREATE TABLE "ef_temp_Citations" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Citations" PRIMARY KEY,
    "CommitmentOutcomeId" TEXT NULL,
    "DateClaimId" TEXT NULL,
    "PartyMembershipId" TEXT NULL,
    "Pinpoint" TEXT NULL,
    "RecordId" TEXT NULL,
    "SourceId" TEXT NOT NULL,
    "StatusChangeId" TEXT NULL,
    CONSTRAINT "CK_Citations_OneFact" CHECK ((CASE WHEN "RecordId" IS NULL THEN 0 ELSE 1 END) + (CASE WHEN "StatusChangeId" IS NULL THEN 0 ELSE 1 END)
+ (CASE WHEN "PartyMembershipId" IS NULL THEN 0 ELSE 1 END) + (CASE WHEN "DateClaimId" IS NULL THEN 0 ELSE 1 END)
+ (CASE WHEN "CommitmentOutcomeId" IS NULL THEN 0 ELSE 1 END) = 1),
    CONSTRAINT "FK_Citations_CommitmentOutcome_CommitmentOutcomeId" FOREIGN KEY ("CommitmentOutcomeId") REFERENCES "CommitmentOutcome" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Citations_DateClaims_DateClaimId" FOREIGN KEY ("DateClaimId") REFERENCES "DateClaims" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Citations_PartyMemberships_PartyMembershipId" FOREIGN KEY ("PartyMembershipId") REFERENCES "PartyMemberships" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Citations_Records_RecordId" FOREIGN KEY ("RecordId") REFERENCES "Records" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Citations_Sources_SourceId" FOREIGN KEY ("SourceId") REFERENCES "Sources" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Citations_StatusChanges_StatusChangeId" FOREIGN KEY ("StatusChangeId") REFERENCES "StatusChanges" ("Id") ON DELETE CASCADE
);

INSERT INTO "ef_temp_Citations" ("Id", "CommitmentOutcomeId", "DateClaimId", "PartyMembershipId", "Pinpoint", "RecordId", "SourceId", "StatusChangeId")
SELECT "Id", "CommitmentOutcomeId", "DateClaimId", "PartyMembershipId", "Pinpoint", "RecordId", "SourceId", "StatusChangeId"
FROM "Citations";

CREATE TABLE "ef_temp_Records" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Records" PRIMARY KEY,
    "AgreementId" TEXT NULL,
    "AgreementKind" TEXT NULL,
    "Count" INTEGER NULL,
    "CountIsMinimum" INTEGER NULL,
    "CreatedAt" TEXT NOT NULL,
    "CreatedBy" TEXT NOT NULL,
    "Date_Approximate" INTEGER NOT NULL,
    "Date_Precision" INTEGER NOT NULL,
    "Date_Start" TEXT NULL,
    "DeletedAt" TEXT NULL,
    "DeletedBy" TEXT NULL,
    "DueBy_Approximate" INTEGER NULL,
    "DueBy_Precision" INTEGER NULL,
    "DueBy_Start" TEXT NULL,
    "EndDate_Approximate" INTEGER NULL,
    "EndDate_Precision" INTEGER NULL,
    "EndDate_Start" TEXT NULL,
    "EventKind" TEXT NULL,
    "Host" TEXT NULL,
    "InternalNotes" TEXT NULL,
    "IsBinding" INTEGER NULL,
    "Kind" TEXT NOT NULL,
    "MadeById" TEXT NULL,
    "MadeByOrganisationId" TEXT NULL,
    "MeetingKind" TEXT NULL,
    "Mode" TEXT NULL,
    "NzStance" TEXT NULL,
    "PartyCount" INTEGER NULL,
    "PendingDraftJson" TEXT NULL,
    "PendingState" TEXT NULL,
    "Place" TEXT NULL,
    "PromisedTo" TEXT NULL,
    "PubliclyAnnouncedByNz" INTEGER NULL,
    "ShortName" TEXT NULL,
    "Slug" TEXT NOT NULL,
    "SpeakerId" TEXT NULL,
    "SpeakerRole" TEXT NULL,
    "SpeakingOrganisationId" TEXT NULL,
    "State" TEXT NOT NULL,
    "Summary" TEXT NOT NULL,
    "Text" TEXT NULL,
    "Title" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "UpdatedBy" TEXT NOT NULL,
    "Venue" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_Records_Organisations_MadeByOrganisationId" FOREIGN KEY ("MadeByOrganisationId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Records_Organisations_SpeakingOrganisationId" FOREIGN KEY ("SpeakingOrganisationId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Records_People_MadeById" FOREIGN KEY ("MadeById") REFERENCES "People" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Records_People_SpeakerId" FOREIGN KEY ("SpeakerId") REFERENCES "People" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Records_Records_AgreementId" FOREIGN KEY ("AgreementId") REFERENCES "Records" ("Id") ON DELETE CASCADE
);

INSERT INTO "ef_temp_Records" ("Id", "AgreementId", "AgreementKind", "Count", "CountIsMinimum", "CreatedAt", "CreatedBy", "Date_Approximate", "Date_Precision", "Date_Start", "DeletedAt", "DeletedBy", "DueBy_Approximate", "DueBy_Precision", "DueBy_Start", "EndDate_Approximate", "EndDate_Precision", "EndDate_Start", "EventKind", "Host", "InternalNotes", "IsBinding", "Kind", "MadeById", "MadeByOrganisationId", "MeetingKind", "Mode", "NzStance", "PartyCount", "PendingDraftJson", "PendingState", "Place", "PromisedTo", "PubliclyAnnouncedByNz", "ShortName", "Slug", "SpeakerId", "SpeakerRole", "SpeakingOrganisationId", "State", "Summary", "Text", "Title", "UpdatedAt", "UpdatedBy", "Venue", "Version")
SELECT "Id", "AgreementId", "AgreementKind", "Count", "CountIsMinimum", "CreatedAt", "CreatedBy", "Date_Approximate", "Date_Precision", "Date_Start", "DeletedAt", "DeletedBy", "DueBy_Approximate", "DueBy_Precision", "DueBy_Start", "EndDate_Approximate", "EndDate_Precision", "EndDate_Start", "EventKind", "Host", "InternalNotes", "IsBinding", "Kind", "MadeById", "MadeByOrganisationId", "MeetingKind", "Mode", "NzStance", "PartyCount", "PendingDraftJson", "PendingState", "Place", "PromisedTo", "PubliclyAnnouncedByNz", "ShortName", "Slug", "SpeakerId", "SpeakerRole", "SpeakingOrganisationId", "State", "Summary", "Text", "Title", "UpdatedAt", "UpdatedBy", "Venue", "Version"
FROM "Records";

COMMIT;

PRAGMA foreign_keys = 0;

BEGIN TRANSACTION;
DROP TABLE "Citations";

ALTER TABLE "ef_temp_Citations" RENAME TO "Citations";

DROP TABLE "Records";

ALTER TABLE "ef_temp_Records" RENAME TO "Records";

COMMIT;

PRAGMA foreign_keys = 1;

BEGIN TRANSACTION;
CREATE INDEX "IX_Citations_CommitmentOutcomeId" ON "Citations" ("CommitmentOutcomeId");

CREATE INDEX "IX_Citations_DateClaimId" ON "Citations" ("DateClaimId");

CREATE INDEX "IX_Citations_PartyMembershipId" ON "Citations" ("PartyMembershipId");

CREATE INDEX "IX_Citations_RecordId" ON "Citations" ("RecordId");

CREATE INDEX "IX_Citations_SourceId" ON "Citations" ("SourceId");

CREATE INDEX "IX_Citations_StatusChangeId" ON "Citations" ("StatusChangeId");

CREATE INDEX "IX_Records_AgreementId" ON "Records" ("AgreementId");

CREATE INDEX "IX_Records_MadeById" ON "Records" ("MadeById");

CREATE INDEX "IX_Records_MadeByOrganisationId" ON "Records" ("MadeByOrganisationId");

CREATE UNIQUE INDEX "IX_Records_Slug" ON "Records" ("Slug");

CREATE INDEX "IX_Records_SpeakerId" ON "Records" ("SpeakerId");

CREATE INDEX "IX_Records_SpeakingOrganisationId" ON "Records" ("SpeakingOrganisationId");

CREATE INDEX "IX_Records_State_Kind" ON "Records" ("State", "Kind");

COMMIT;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261125190125_Commitments', '10.0.15');

BEGIN TRANSACTION;
ALTER TABLE "Records" ADD "AgencyId" TEXT NULL;

ALTER TABLE "Records" ADD "RequestedOn_Approximate" INTEGER NULL;

ALTER TABLE "Records" ADD "RequestedOn_Precision" INTEGER NULL;

ALTER TABLE "Records" ADD "RequestedOn_Start" TEXT NULL;

ALTER TABLE "Records" ADD "Requester" TEXT NULL;

ALTER TABLE "Records" ADD "Withheld" TEXT NULL;

ALTER TABLE "Records" ADD "WithholdingGrounds" TEXT NULL;

CREATE INDEX "IX_Records_AgencyId" ON "Records" ("AgencyId");

CREATE TABLE "ef_temp_Records" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Records" PRIMARY KEY,
    "AgencyId" TEXT NULL,
    "AgreementId" TEXT NULL,
    "AgreementKind" TEXT NULL,
    "Count" INTEGER NULL,
    "CountIsMinimum" INTEGER NULL,
    "CreatedAt" TEXT NOT NULL,
    "CreatedBy" TEXT NOT NULL,
    "Date_Approximate" INTEGER NOT NULL,
    "Date_Precision" INTEGER NOT NULL,
    "Date_Start" TEXT NULL,
    "DeletedAt" TEXT NULL,
    "DeletedBy" TEXT NULL,
    "DueBy_Approximate" INTEGER NULL,
    "DueBy_Precision" INTEGER NULL,
    "DueBy_Start" TEXT NULL,
    "EndDate_Approximate" INTEGER NULL,
    "EndDate_Precision" INTEGER NULL,
    "EndDate_Start" TEXT NULL,
    "EventKind" TEXT NULL,
    "Host" TEXT NULL,
    "InternalNotes" TEXT NULL,
    "IsBinding" INTEGER NULL,
    "Kind" TEXT NOT NULL,
    "MadeById" TEXT NULL,
    "MadeByOrganisationId" TEXT NULL,
    "MeetingKind" TEXT NULL,
    "Mode" TEXT NULL,
    "NzStance" TEXT NULL,
    "PartyCount" INTEGER NULL,
    "PendingDraftJson" TEXT NULL,
    "PendingState" TEXT NULL,
    "Place" TEXT NULL,
    "PromisedTo" TEXT NULL,
    "PubliclyAnnouncedByNz" INTEGER NULL,
    "RequestedOn_Approximate" INTEGER NULL,
    "RequestedOn_Precision" INTEGER NULL,
    "RequestedOn_Start" TEXT NULL,
    "Requester" TEXT NULL,
    "ShortName" TEXT NULL,
    "Slug" TEXT NOT NULL,
    "SpeakerId" TEXT NULL,
    "SpeakerRole" TEXT NULL,
    "SpeakingOrganisationId" TEXT NULL,
    "State" TEXT NOT NULL,
    "Summary" TEXT NOT NULL,
    "Text" TEXT NULL,
    "Title" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "UpdatedBy" TEXT NOT NULL,
    "Venue" TEXT NULL,
    "Version" INTEGER NOT NULL,
    "Withheld" TEXT NULL,
    "WithholdingGrounds" TEXT NULL,
    CONSTRAINT "FK_Records_Organisations_AgencyId" FOREIGN KEY ("AgencyId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Records_Organisations_MadeByOrganisationId" FOREIGN KEY ("MadeByOrganisationId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Records_Organisations_SpeakingOrganisationId" FOREIGN KEY ("SpeakingOrganisationId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Records_People_MadeById" FOREIGN KEY ("MadeById") REFERENCES "People" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Records_People_SpeakerId" FOREIGN KEY ("SpeakerId") REFERENCES "People" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Records_Records_AgreementId" FOREIGN KEY ("AgreementId") REFERENCES "Records" ("Id") ON DELETE CASCADE
);

INSERT INTO "ef_temp_Records" ("Id", "AgencyId", "AgreementId", "AgreementKind", "Count", "CountIsMinimum", "CreatedAt", "CreatedBy", "Date_Approximate", "Date_Precision", "Date_Start", "DeletedAt", "DeletedBy", "DueBy_Approximate", "DueBy_Precision", "DueBy_Start", "EndDate_Approximate", "EndDate_Precision", "EndDate_Start", "EventKind", "Host", "InternalNotes", "IsBinding", "Kind", "MadeById", "MadeByOrganisationId", "MeetingKind", "Mode", "NzStance", "PartyCount", "PendingDraftJson", "PendingState", "Place", "PromisedTo", "PubliclyAnnouncedByNz", "RequestedOn_Approximate", "RequestedOn_Precision", "RequestedOn_Start", "Requester", "ShortName", "Slug", "SpeakerId", "SpeakerRole", "SpeakingOrganisationId", "State", "Summary", "Text", "Title", "UpdatedAt", "UpdatedBy", "Venue", "Version", "Withheld", "WithholdingGrounds")
SELECT "Id", "AgencyId", "AgreementId", "AgreementKind", "Count", "CountIsMinimum", "CreatedAt", "CreatedBy", "Date_Approximate", "Date_Precision", "Date_Start", "DeletedAt", "DeletedBy", "DueBy_Approximate", "DueBy_Precision", "DueBy_Start", "EndDate_Approximate", "EndDate_Precision", "EndDate_Start", "EventKind", "Host", "InternalNotes", "IsBinding", "Kind", "MadeById", "MadeByOrganisationId", "MeetingKind", "Mode", "NzStance", "PartyCount", "PendingDraftJson", "PendingState", "Place", "PromisedTo", "PubliclyAnnouncedByNz", "RequestedOn_Approximate", "RequestedOn_Precision", "RequestedOn_Start", "Requester", "ShortName", "Slug", "SpeakerId", "SpeakerRole", "SpeakingOrganisationId", "State", "Summary", "Text", "Title", "UpdatedAt", "UpdatedBy", "Venue", "Version", "Withheld", "WithholdingGrounds"
FROM "Records";

COMMIT;

PRAGMA foreign_keys = 0;

BEGIN TRANSACTION;
DROP TABLE "Records";

ALTER TABLE "ef_temp_Records" RENAME TO "Records";

COMMIT;

PRAGMA foreign_keys = 1;

BEGIN TRANSACTION;
CREATE INDEX "IX_Records_AgencyId" ON "Records" ("AgencyId");

CREATE INDEX "IX_Records_AgreementId" ON "Records" ("AgreementId");

CREATE INDEX "IX_Records_MadeById" ON "Records" ("MadeById");

CREATE INDEX "IX_Records_MadeByOrganisationId" ON "Records" ("MadeByOrganisationId");

CREATE UNIQUE INDEX "IX_Records_Slug" ON "Records" ("Slug");

CREATE INDEX "IX_Records_SpeakerId" ON "Records" ("SpeakerId");

CREATE INDEX "IX_Records_SpeakingOrganisationId" ON "Records" ("SpeakingOrganisationId");

CREATE INDEX "IX_Records_State_Kind" ON "Records" ("State", "Kind");

COMMIT;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261125195127_OiaReleases', '10.0.15');

BEGIN TRANSACTION;
ALTER TABLE "Records" ADD "AskedBy" TEXT NULL;

ALTER TABLE "Records" ADD "AskedOfId" TEXT NULL;

ALTER TABLE "Records" ADD "AskedOfOrganisationId" TEXT NULL;

ALTER TABLE "Records" ADD "QuestionText" TEXT NULL;

ALTER TABLE "Records" ADD "ReferredToId" TEXT NULL;

ALTER TABLE "Records" ADD "RespondedOn_Approximate" INTEGER NULL;

ALTER TABLE "Records" ADD "RespondedOn_Precision" INTEGER NULL;

ALTER TABLE "Records" ADD "RespondedOn_Start" TEXT NULL;

ALTER TABLE "Records" ADD "Response" TEXT NULL;

CREATE INDEX "IX_Records_AskedOfId" ON "Records" ("AskedOfId");

CREATE INDEX "IX_Records_AskedOfOrganisationId" ON "Records" ("AskedOfOrganisationId");

CREATE INDEX "IX_Records_ReferredToId" ON "Records" ("ReferredToId");

CREATE TABLE "ef_temp_Records" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Records" PRIMARY KEY,
    "AgencyId" TEXT NULL,
    "AgreementId" TEXT NULL,
    "AgreementKind" TEXT NULL,
    "AskedBy" TEXT NULL,
    "AskedOfId" TEXT NULL,
    "AskedOfOrganisationId" TEXT NULL,
    "Count" INTEGER NULL,
    "CountIsMinimum" INTEGER NULL,
    "CreatedAt" TEXT NOT NULL,
    "CreatedBy" TEXT NOT NULL,
    "Date_Approximate" INTEGER NOT NULL,
    "Date_Precision" INTEGER NOT NULL,
    "Date_Start" TEXT NULL,
    "DeletedAt" TEXT NULL,
    "DeletedBy" TEXT NULL,
    "DueBy_Approximate" INTEGER NULL,
    "DueBy_Precision" INTEGER NULL,
    "DueBy_Start" TEXT NULL,
    "EndDate_Approximate" INTEGER NULL,
    "EndDate_Precision" INTEGER NULL,
    "EndDate_Start" TEXT NULL,
    "EventKind" TEXT NULL,
    "Host" TEXT NULL,
    "InternalNotes" TEXT NULL,
    "IsBinding" INTEGER NULL,
    "Kind" TEXT NOT NULL,
    "MadeById" TEXT NULL,
    "MadeByOrganisationId" TEXT NULL,
    "MeetingKind" TEXT NULL,
    "Mode" TEXT NULL,
    "NzStance" TEXT NULL,
    "PartyCount" INTEGER NULL,
    "PendingDraftJson" TEXT NULL,
    "PendingState" TEXT NULL,
    "Place" TEXT NULL,
    "PromisedTo" TEXT NULL,
    "PubliclyAnnouncedByNz" INTEGER NULL,
    "QuestionText" TEXT NULL,
    "ReferredToId" TEXT NULL,
    "RequestedOn_Approximate" INTEGER NULL,
    "RequestedOn_Precision" INTEGER NULL,
    "RequestedOn_Start" TEXT NULL,
    "Requester" TEXT NULL,
    "RespondedOn_Approximate" INTEGER NULL,
    "RespondedOn_Precision" INTEGER NULL,
    "RespondedOn_Start" TEXT NULL,
    "Response" TEXT NULL,
    "ShortName" TEXT NULL,
    "Slug" TEXT NOT NULL,
    "SpeakerId" TEXT NULL,
    "SpeakerRole" TEXT NULL,
    "SpeakingOrganisationId" TEXT NULL,
    "State" TEXT NOT NULL,
    "Summary" TEXT NOT NULL,
    "Text" TEXT NULL,
    "Title" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "UpdatedBy" TEXT NOT NULL,
    "Venue" TEXT NULL,
    "Version" INTEGER NOT NULL,
    "Withheld" TEXT NULL,
    "WithholdingGrounds" TEXT NULL,
    CONSTRAINT "FK_Records_Organisations_AgencyId" FOREIGN KEY ("AgencyId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Records_Organisations_AskedOfOrganisationId" FOREIGN KEY ("AskedOfOrganisationId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Records_Organisations_MadeByOrganisationId" FOREIGN KEY ("MadeByOrganisationId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Records_Organisations_SpeakingOrganisationId" FOREIGN KEY ("SpeakingOrganisationId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Records_People_AskedOfId" FOREIGN KEY ("AskedOfId") REFERENCES "People" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Records_People_MadeById" FOREIGN KEY ("MadeById") REFERENCES "People" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Records_People_ReferredToId" FOREIGN KEY ("ReferredToId") REFERENCES "People" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Records_People_SpeakerId" FOREIGN KEY ("SpeakerId") REFERENCES "People" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Records_Records_AgreementId" FOREIGN KEY ("AgreementId") REFERENCES "Records" ("Id") ON DELETE CASCADE
);

INSERT INTO "ef_temp_Records" ("Id", "AgencyId", "AgreementId", "AgreementKind", "AskedBy", "AskedOfId", "AskedOfOrganisationId", "Count", "CountIsMinimum", "CreatedAt", "CreatedBy", "Date_Approximate", "Date_Precision", "Date_Start", "DeletedAt", "DeletedBy", "DueBy_Approximate", "DueBy_Precision", "DueBy_Start", "EndDate_Approximate", "EndDate_Precision", "EndDate_Start", "EventKind", "Host", "InternalNotes", "IsBinding", "Kind", "MadeById", "MadeByOrganisationId", "MeetingKind", "Mode", "NzStance", "PartyCount", "PendingDraftJson", "PendingState", "Place", "PromisedTo", "PubliclyAnnouncedByNz", "QuestionText", "ReferredToId", "RequestedOn_Approximate", "RequestedOn_Precision", "RequestedOn_Start", "Requester", "RespondedOn_Approximate", "RespondedOn_Precision", "RespondedOn_Start", "Response", "ShortName", "Slug", "SpeakerId", "SpeakerRole", "SpeakingOrganisationId", "State", "Summary", "Text", "Title", "UpdatedAt", "UpdatedBy", "Venue", "Version", "Withheld", "WithholdingGrounds")
SELECT "Id", "AgencyId", "AgreementId", "AgreementKind", "AskedBy", "AskedOfId", "AskedOfOrganisationId", "Count", "CountIsMinimum", "CreatedAt", "CreatedBy", "Date_Approximate", "Date_Precision", "Date_Start", "DeletedAt", "DeletedBy", "DueBy_Approximate", "DueBy_Precision", "DueBy_Start", "EndDate_Approximate", "EndDate_Precision", "EndDate_Start", "EventKind", "Host", "InternalNotes", "IsBinding", "Kind", "MadeById", "MadeByOrganisationId", "MeetingKind", "Mode", "NzStance", "PartyCount", "PendingDraftJson", "PendingState", "Place", "PromisedTo", "PubliclyAnnouncedByNz", "QuestionText", "ReferredToId", "RequestedOn_Approximate", "RequestedOn_Precision", "RequestedOn_Start", "Requester", "RespondedOn_Approximate", "RespondedOn_Precision", "RespondedOn_Start", "Response", "ShortName", "Slug", "SpeakerId", "SpeakerRole", "SpeakingOrganisationId", "State", "Summary", "Text", "Title", "UpdatedAt", "UpdatedBy", "Venue", "Version", "Withheld", "WithholdingGrounds"
FROM "Records";

COMMIT;

PRAGMA foreign_keys = 0;

BEGIN TRANSACTION;
DROP TABLE "Records";

ALTER TABLE "ef_temp_Records" RENAME TO "Records";

COMMIT;

PRAGMA foreign_keys = 1;

BEGIN TRANSACTION;
CREATE INDEX "IX_Records_AgencyId" ON "Records" ("AgencyId");

CREATE INDEX "IX_Records_AgreementId" ON "Records" ("AgreementId");

CREATE INDEX "IX_Records_AskedOfId" ON "Records" ("AskedOfId");

CREATE INDEX "IX_Records_AskedOfOrganisationId" ON "Records" ("AskedOfOrganisationId");

CREATE INDEX "IX_Records_MadeById" ON "Records" ("MadeById");

CREATE INDEX "IX_Records_MadeByOrganisationId" ON "Records" ("MadeByOrganisationId");

CREATE INDEX "IX_Records_ReferredToId" ON "Records" ("ReferredToId");

CREATE UNIQUE INDEX "IX_Records_Slug" ON "Records" ("Slug");

CREATE INDEX "IX_Records_SpeakerId" ON "Records" ("SpeakerId");

CREATE INDEX "IX_Records_SpeakingOrganisationId" ON "Records" ("SpeakingOrganisationId");

CREATE INDEX "IX_Records_State_Kind" ON "Records" ("State", "Kind");

COMMIT;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261125200535_Questions', '10.0.15');

BEGIN TRANSACTION;
CREATE TABLE "ReviewComments" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ReviewComments" PRIMARY KEY,
    "RecordId" TEXT NOT NULL,
    "Author" TEXT NOT NULL,
    "WrittenAt" TEXT NOT NULL,
    "Text" TEXT NOT NULL,
    CONSTRAINT "FK_ReviewComments_Records_RecordId" FOREIGN KEY ("RecordId") REFERENCES "Records" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_ReviewComments_RecordId_WrittenAt" ON "ReviewComments" ("RecordId", "WrittenAt");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261125220304_ReviewComments', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "StatusChanges" ADD "Date_Until" TEXT NULL;

ALTER TABLE "Sources" ADD "Published_Until" TEXT NULL;

ALTER TABLE "Records" ADD "Date_Until" TEXT NULL;

ALTER TABLE "Records" ADD "DueBy_Until" TEXT NULL;

ALTER TABLE "Records" ADD "EndDate_Until" TEXT NULL;

ALTER TABLE "Records" ADD "RequestedOn_Until" TEXT NULL;

ALTER TABLE "Records" ADD "RespondedOn_Until" TEXT NULL;

ALTER TABLE "PersonRole" ADD "From_Until" TEXT NULL;

ALTER TABLE "PersonRole" ADD "To_Until" TEXT NULL;

ALTER TABLE "PartyMemberships" ADD "Since_Until" TEXT NULL;

ALTER TABLE "DateClaims" ADD "Date_Until" TEXT NULL;

ALTER TABLE "CommitmentOutcome" ADD "Date_Until" TEXT NULL;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261126001521_SpansOfDays', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "Citations" ADD "DisclosureId" TEXT NULL;

CREATE TABLE "Disclosures" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Disclosures" PRIMARY KEY,
    "RecordId" TEXT NULL,
    "StatusChangeId" TEXT NULL,
    "Announcement" TEXT NOT NULL,
    "Through" TEXT NOT NULL,
    "Note" TEXT NULL,
    "PublicOn_Approximate" INTEGER NOT NULL,
    "PublicOn_Precision" INTEGER NOT NULL,
    "PublicOn_Start" TEXT NULL,
    "PublicOn_Until" TEXT NULL,
    CONSTRAINT "CK_Disclosures_OneOwner" CHECK ((CASE WHEN "RecordId" IS NULL THEN 0 ELSE 1 END) + (CASE WHEN "StatusChangeId" IS NULL THEN 0 ELSE 1 END) = 1),
    CONSTRAINT "FK_Disclosures_Records_RecordId" FOREIGN KEY ("RecordId") REFERENCES "Records" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Disclosures_StatusChanges_StatusChangeId" FOREIGN KEY ("StatusChangeId") REFERENCES "StatusChanges" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Citations_DisclosureId" ON "Citations" ("DisclosureId");

CREATE INDEX "IX_Disclosures_RecordId" ON "Disclosures" ("RecordId");

CREATE INDEX "IX_Disclosures_StatusChangeId" ON "Disclosures" ("StatusChangeId");

CREATE TABLE "ef_temp_Citations" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Citations" PRIMARY KEY,
    "CommitmentOutcomeId" TEXT NULL,
    "DateClaimId" TEXT NULL,
    "DisclosureId" TEXT NULL,
    "PartyMembershipId" TEXT NULL,
    "Pinpoint" TEXT NULL,
    "RecordId" TEXT NULL,
    "SourceId" TEXT NOT NULL,
    "StatusChangeId" TEXT NULL,
    CONSTRAINT "CK_Citations_OneFact" CHECK ((CASE WHEN "RecordId" IS NULL THEN 0 ELSE 1 END) + (CASE WHEN "StatusChangeId" IS NULL THEN 0 ELSE 1 END)
+ (CASE WHEN "PartyMembershipId" IS NULL THEN 0 ELSE 1 END) + (CASE WHEN "DateClaimId" IS NULL THEN 0 ELSE 1 END)
+ (CASE WHEN "CommitmentOutcomeId" IS NULL THEN 0 ELSE 1 END) + (CASE WHEN "DisclosureId" IS NULL THEN 0 ELSE 1 END) = 1),
    CONSTRAINT "FK_Citations_CommitmentOutcome_CommitmentOutcomeId" FOREIGN KEY ("CommitmentOutcomeId") REFERENCES "CommitmentOutcome" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Citations_DateClaims_DateClaimId" FOREIGN KEY ("DateClaimId") REFERENCES "DateClaims" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Citations_Disclosures_DisclosureId" FOREIGN KEY ("DisclosureId") REFERENCES "Disclosures" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Citations_PartyMemberships_PartyMembershipId" FOREIGN KEY ("PartyMembershipId") REFERENCES "PartyMemberships" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Citations_Records_RecordId" FOREIGN KEY ("RecordId") REFERENCES "Records" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Citations_Sources_SourceId" FOREIGN KEY ("SourceId") REFERENCES "Sources" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Citations_StatusChanges_StatusChangeId" FOREIGN KEY ("StatusChangeId") REFERENCES "StatusChanges" ("Id") ON DELETE CASCADE
);

INSERT INTO "ef_temp_Citations" ("Id", "CommitmentOutcomeId", "DateClaimId", "DisclosureId", "PartyMembershipId", "Pinpoint", "RecordId", "SourceId", "StatusChangeId")
SELECT "Id", "CommitmentOutcomeId", "DateClaimId", "DisclosureId", "PartyMembershipId", "Pinpoint", "RecordId", "SourceId", "StatusChangeId"
FROM "Citations";

COMMIT;

PRAGMA foreign_keys = 0;

BEGIN TRANSACTION;
DROP TABLE "Citations";

ALTER TABLE "ef_temp_Citations" RENAME TO "Citations";

COMMIT;

PRAGMA foreign_keys = 1;

BEGIN TRANSACTION;
CREATE INDEX "IX_Citations_CommitmentOutcomeId" ON "Citations" ("CommitmentOutcomeId");

CREATE INDEX "IX_Citations_DateClaimId" ON "Citations" ("DateClaimId");

CREATE INDEX "IX_Citations_DisclosureId" ON "Citations" ("DisclosureId");

CREATE INDEX "IX_Citations_PartyMembershipId" ON "Citations" ("PartyMembershipId");

CREATE INDEX "IX_Citations_RecordId" ON "Citations" ("RecordId");

CREATE INDEX "IX_Citations_SourceId" ON "Citations" ("SourceId");

CREATE INDEX "IX_Citations_StatusChangeId" ON "Citations" ("StatusChangeId");

COMMIT;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261126005657_Disclosures', '10.0.15');

BEGIN TRANSACTION;
ALTER TABLE "Records" ADD "PartOfId" TEXT NULL;

ALTER TABLE "Records" ADD "UnnamedParties" TEXT NULL;

CREATE INDEX "IX_Records_PartOfId" ON "Records" ("PartOfId");

CREATE TABLE "ef_temp_Records" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Records" PRIMARY KEY,
    "AgencyId" TEXT NULL,
    "AgreementId" TEXT NULL,
    "AgreementKind" TEXT NULL,
    "AskedBy" TEXT NULL,
    "AskedOfId" TEXT NULL,
    "AskedOfOrganisationId" TEXT NULL,
    "Count" INTEGER NULL,
    "CountIsMinimum" INTEGER NULL,
    "CreatedAt" TEXT NOT NULL,
    "CreatedBy" TEXT NOT NULL,
    "Date_Approximate" INTEGER NOT NULL,
    "Date_Precision" INTEGER NOT NULL,
    "Date_Start" TEXT NULL,
    "Date_Until" TEXT NULL,
    "DeletedAt" TEXT NULL,
    "DeletedBy" TEXT NULL,
    "DueBy_Approximate" INTEGER NULL,
    "DueBy_Precision" INTEGER NULL,
    "DueBy_Start" TEXT NULL,
    "DueBy_Until" TEXT NULL,
    "EndDate_Approximate" INTEGER NULL,
    "EndDate_Precision" INTEGER NULL,
    "EndDate_Start" TEXT NULL,
    "EndDate_Until" TEXT NULL,
    "EventKind" TEXT NULL,
    "Host" TEXT NULL,
    "InternalNotes" TEXT NULL,
    "IsBinding" INTEGER NULL,
    "Kind" TEXT NOT NULL,
    "MadeById" TEXT NULL,
    "MadeByOrganisationId" TEXT NULL,
    "MeetingKind" TEXT NULL,
    "Mode" TEXT NULL,
    "NzStance" TEXT NULL,
    "PartOfId" TEXT NULL,
    "PartyCount" INTEGER NULL,
    "PendingDraftJson" TEXT NULL,
    "PendingState" TEXT NULL,
    "Place" TEXT NULL,
    "PromisedTo" TEXT NULL,
    "PubliclyAnnouncedByNz" INTEGER NULL,
    "QuestionText" TEXT NULL,
    "ReferredToId" TEXT NULL,
    "RequestedOn_Approximate" INTEGER NULL,
    "RequestedOn_Precision" INTEGER NULL,
    "RequestedOn_Start" TEXT NULL,
    "RequestedOn_Until" TEXT NULL,
    "Requester" TEXT NULL,
    "RespondedOn_Approximate" INTEGER NULL,
    "RespondedOn_Precision" INTEGER NULL,
    "RespondedOn_Start" TEXT NULL,
    "RespondedOn_Until" TEXT NULL,
    "Response" TEXT NULL,
    "ShortName" TEXT NULL,
    "Slug" TEXT NOT NULL,
    "SpeakerId" TEXT NULL,
    "SpeakerRole" TEXT NULL,
    "SpeakingOrganisationId" TEXT NULL,
    "State" TEXT NOT NULL,
    "Summary" TEXT NOT NULL,
    "Text" TEXT NULL,
    "Title" TEXT NOT NULL,
    "UnnamedParties" TEXT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "UpdatedBy" TEXT NOT NULL,
    "Venue" TEXT NULL,
    "Version" INTEGER NOT NULL,
    "Withheld" TEXT NULL,
    "WithholdingGrounds" TEXT NULL,
    CONSTRAINT "FK_Records_Organisations_AgencyId" FOREIGN KEY ("AgencyId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Records_Organisations_AskedOfOrganisationId" FOREIGN KEY ("AskedOfOrganisationId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Records_Organisations_MadeByOrganisationId" FOREIGN KEY ("MadeByOrganisationId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Records_Organisations_SpeakingOrganisationId" FOREIGN KEY ("SpeakingOrganisationId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Records_People_AskedOfId" FOREIGN KEY ("AskedOfId") REFERENCES "People" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Records_People_MadeById" FOREIGN KEY ("MadeById") REFERENCES "People" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Records_People_ReferredToId" FOREIGN KEY ("ReferredToId") REFERENCES "People" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Records_People_SpeakerId" FOREIGN KEY ("SpeakerId") REFERENCES "People" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Records_Records_AgreementId" FOREIGN KEY ("AgreementId") REFERENCES "Records" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Records_Records_PartOfId" FOREIGN KEY ("PartOfId") REFERENCES "Records" ("Id") ON DELETE RESTRICT
);

INSERT INTO "ef_temp_Records" ("Id", "AgencyId", "AgreementId", "AgreementKind", "AskedBy", "AskedOfId", "AskedOfOrganisationId", "Count", "CountIsMinimum", "CreatedAt", "CreatedBy", "Date_Approximate", "Date_Precision", "Date_Start", "Date_Until", "DeletedAt", "DeletedBy", "DueBy_Approximate", "DueBy_Precision", "DueBy_Start", "DueBy_Until", "EndDate_Approximate", "EndDate_Precision", "EndDate_Start", "EndDate_Until", "EventKind", "Host", "InternalNotes", "IsBinding", "Kind", "MadeById", "MadeByOrganisationId", "MeetingKind", "Mode", "NzStance", "PartOfId", "PartyCount", "PendingDraftJson", "PendingState", "Place", "PromisedTo", "PubliclyAnnouncedByNz", "QuestionText", "ReferredToId", "RequestedOn_Approximate", "RequestedOn_Precision", "RequestedOn_Start", "RequestedOn_Until", "Requester", "RespondedOn_Approximate", "RespondedOn_Precision", "RespondedOn_Start", "RespondedOn_Until", "Response", "ShortName", "Slug", "SpeakerId", "SpeakerRole", "SpeakingOrganisationId", "State", "Summary", "Text", "Title", "UnnamedParties", "UpdatedAt", "UpdatedBy", "Venue", "Version", "Withheld", "WithholdingGrounds")
SELECT "Id", "AgencyId", "AgreementId", "AgreementKind", "AskedBy", "AskedOfId", "AskedOfOrganisationId", "Count", "CountIsMinimum", "CreatedAt", "CreatedBy", "Date_Approximate", "Date_Precision", "Date_Start", "Date_Until", "DeletedAt", "DeletedBy", "DueBy_Approximate", "DueBy_Precision", "DueBy_Start", "DueBy_Until", "EndDate_Approximate", "EndDate_Precision", "EndDate_Start", "EndDate_Until", "EventKind", "Host", "InternalNotes", "IsBinding", "Kind", "MadeById", "MadeByOrganisationId", "MeetingKind", "Mode", "NzStance", "PartOfId", "PartyCount", "PendingDraftJson", "PendingState", "Place", "PromisedTo", "PubliclyAnnouncedByNz", "QuestionText", "ReferredToId", "RequestedOn_Approximate", "RequestedOn_Precision", "RequestedOn_Start", "RequestedOn_Until", "Requester", "RespondedOn_Approximate", "RespondedOn_Precision", "RespondedOn_Start", "RespondedOn_Until", "Response", "ShortName", "Slug", "SpeakerId", "SpeakerRole", "SpeakingOrganisationId", "State", "Summary", "Text", "Title", "UnnamedParties", "UpdatedAt", "UpdatedBy", "Venue", "Version", "Withheld", "WithholdingGrounds"
FROM "Records";

COMMIT;

PRAGMA foreign_keys = 0;

BEGIN TRANSACTION;
DROP TABLE "Records";

ALTER TABLE "ef_temp_Records" RENAME TO "Records";

COMMIT;

PRAGMA foreign_keys = 1;

BEGIN TRANSACTION;
CREATE INDEX "IX_Records_AgencyId" ON "Records" ("AgencyId");

CREATE INDEX "IX_Records_AgreementId" ON "Records" ("AgreementId");

CREATE INDEX "IX_Records_AskedOfId" ON "Records" ("AskedOfId");

CREATE INDEX "IX_Records_AskedOfOrganisationId" ON "Records" ("AskedOfOrganisationId");

CREATE INDEX "IX_Records_MadeById" ON "Records" ("MadeById");

CREATE INDEX "IX_Records_MadeByOrganisationId" ON "Records" ("MadeByOrganisationId");

CREATE INDEX "IX_Records_PartOfId" ON "Records" ("PartOfId");

CREATE INDEX "IX_Records_ReferredToId" ON "Records" ("ReferredToId");

CREATE UNIQUE INDEX "IX_Records_Slug" ON "Records" ("Slug");

CREATE INDEX "IX_Records_SpeakerId" ON "Records" ("SpeakerId");

CREATE INDEX "IX_Records_SpeakingOrganisationId" ON "Records" ("SpeakingOrganisationId");

CREATE INDEX "IX_Records_State_Kind" ON "Records" ("State", "Kind");

COMMIT;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261126011659_CountsAndUnnamedParties', '10.0.15');

BEGIN TRANSACTION;
ALTER TABLE "Records" ADD "UnnamedSpeaker" TEXT NULL;

ALTER TABLE "Disclosures" ADD "NotInformed" TEXT NULL;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261126013941_UnnamedSpeakersAndNotInformed', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "Citations" ADD "AmountId" TEXT NULL;

CREATE TABLE "Amounts" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Amounts" PRIMARY KEY,
    "RecordId" TEXT NOT NULL,
    "Value" TEXT NOT NULL,
    "UpTo" TEXT NULL,
    "Currency" TEXT NOT NULL,
    "Purpose" TEXT NOT NULL,
    CONSTRAINT "FK_Amounts_Records_RecordId" FOREIGN KEY ("RecordId") REFERENCES "Records" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Citations_AmountId" ON "Citations" ("AmountId");

CREATE INDEX "IX_Amounts_RecordId" ON "Amounts" ("RecordId");

CREATE TABLE "ef_temp_Citations" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Citations" PRIMARY KEY,
    "AmountId" TEXT NULL,
    "CommitmentOutcomeId" TEXT NULL,
    "DateClaimId" TEXT NULL,
    "DisclosureId" TEXT NULL,
    "PartyMembershipId" TEXT NULL,
    "Pinpoint" TEXT NULL,
    "RecordId" TEXT NULL,
    "SourceId" TEXT NOT NULL,
    "StatusChangeId" TEXT NULL,
    CONSTRAINT "CK_Citations_OneFact" CHECK ((CASE WHEN "RecordId" IS NULL THEN 0 ELSE 1 END) + (CASE WHEN "StatusChangeId" IS NULL THEN 0 ELSE 1 END)
+ (CASE WHEN "PartyMembershipId" IS NULL THEN 0 ELSE 1 END) + (CASE WHEN "DateClaimId" IS NULL THEN 0 ELSE 1 END)
+ (CASE WHEN "CommitmentOutcomeId" IS NULL THEN 0 ELSE 1 END) + (CASE WHEN "DisclosureId" IS NULL THEN 0 ELSE 1 END)
+ (CASE WHEN "AmountId" IS NULL THEN 0 ELSE 1 END) = 1),
    CONSTRAINT "FK_Citations_Amounts_AmountId" FOREIGN KEY ("AmountId") REFERENCES "Amounts" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Citations_CommitmentOutcome_CommitmentOutcomeId" FOREIGN KEY ("CommitmentOutcomeId") REFERENCES "CommitmentOutcome" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Citations_DateClaims_DateClaimId" FOREIGN KEY ("DateClaimId") REFERENCES "DateClaims" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Citations_Disclosures_DisclosureId" FOREIGN KEY ("DisclosureId") REFERENCES "Disclosures" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Citations_PartyMemberships_PartyMembershipId" FOREIGN KEY ("PartyMembershipId") REFERENCES "PartyMemberships" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Citations_Records_RecordId" FOREIGN KEY ("RecordId") REFERENCES "Records" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Citations_Sources_SourceId" FOREIGN KEY ("SourceId") REFERENCES "Sources" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Citations_StatusChanges_StatusChangeId" FOREIGN KEY ("StatusChangeId") REFERENCES "StatusChanges" ("Id") ON DELETE CASCADE
);

INSERT INTO "ef_temp_Citations" ("Id", "AmountId", "CommitmentOutcomeId", "DateClaimId", "DisclosureId", "PartyMembershipId", "Pinpoint", "RecordId", "SourceId", "StatusChangeId")
SELECT "Id", "AmountId", "CommitmentOutcomeId", "DateClaimId", "DisclosureId", "PartyMembershipId", "Pinpoint", "RecordId", "SourceId", "StatusChangeId"
FROM "Citations";

COMMIT;

PRAGMA foreign_keys = 0;

BEGIN TRANSACTION;
DROP TABLE "Citations";

ALTER TABLE "ef_temp_Citations" RENAME TO "Citations";

COMMIT;

PRAGMA foreign_keys = 1;

BEGIN TRANSACTION;
CREATE INDEX "IX_Citations_AmountId" ON "Citations" ("AmountId");

CREATE INDEX "IX_Citations_CommitmentOutcomeId" ON "Citations" ("CommitmentOutcomeId");

CREATE INDEX "IX_Citations_DateClaimId" ON "Citations" ("DateClaimId");

CREATE INDEX "IX_Citations_DisclosureId" ON "Citations" ("DisclosureId");

CREATE INDEX "IX_Citations_PartyMembershipId" ON "Citations" ("PartyMembershipId");

CREATE INDEX "IX_Citations_RecordId" ON "Citations" ("RecordId");

CREATE INDEX "IX_Citations_SourceId" ON "Citations" ("SourceId");

CREATE INDEX "IX_Citations_StatusChangeId" ON "Citations" ("StatusChangeId");

COMMIT;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261126015416_Amounts', '10.0.15');

BEGIN TRANSACTION;
CREATE TABLE "OiaReleaseRevealedRecords" (
    "OiaReleaseId" TEXT NOT NULL,
    "RecordId" TEXT NOT NULL,
    CONSTRAINT "PK_OiaReleaseRevealedRecords" PRIMARY KEY ("OiaReleaseId", "RecordId"),
    CONSTRAINT "FK_OiaReleaseRevealedRecords_Records_OiaReleaseId" FOREIGN KEY ("OiaReleaseId") REFERENCES "Records" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_OiaReleaseRevealedRecords_Records_RecordId" FOREIGN KEY ("RecordId") REFERENCES "Records" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_OiaReleaseRevealedRecords_RecordId" ON "OiaReleaseRevealedRecords" ("RecordId");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261126020551_OiaRevealedRecords', '10.0.15');

COMMIT;

