CREATE TABLE IF NOT EXISTS "__EFMigrationsHistory" (
    "MigrationId" character varying(150) NOT NULL,
    "ProductVersion" character varying(32) NOT NULL,
    CONSTRAINT "PK___EFMigrationsHistory" PRIMARY KEY ("MigrationId")
);

START TRANSACTION;
CREATE TABLE "Countries" (
    "Id" uuid NOT NULL,
    "Name" character varying(100) NOT NULL,
    "IsoCode" character varying(2) NOT NULL,
    "Slug" character varying(120) NOT NULL,
    "State" character varying(40) NOT NULL,
    "InternalNotes" character varying(4000),
    "CreatedAt" timestamp with time zone NOT NULL,
    "CreatedBy" character varying(256) NOT NULL,
    "UpdatedAt" timestamp with time zone NOT NULL,
    "UpdatedBy" character varying(256) NOT NULL,
    "DeletedAt" timestamp with time zone,
    "DeletedBy" character varying(256),
    "Version" integer NOT NULL,
    CONSTRAINT "PK_Countries" PRIMARY KEY ("Id")
);

CREATE TABLE "People" (
    "Id" uuid NOT NULL,
    "Name" character varying(200) NOT NULL,
    "Summary" character varying(4000),
    "Slug" character varying(120) NOT NULL,
    "State" character varying(40) NOT NULL,
    "InternalNotes" character varying(4000),
    "CreatedAt" timestamp with time zone NOT NULL,
    "CreatedBy" character varying(256) NOT NULL,
    "UpdatedAt" timestamp with time zone NOT NULL,
    "UpdatedBy" character varying(256) NOT NULL,
    "DeletedAt" timestamp with time zone,
    "DeletedBy" character varying(256),
    "Version" integer NOT NULL,
    CONSTRAINT "PK_People" PRIMARY KEY ("Id")
);

CREATE TABLE "Revisions" (
    "Id" uuid NOT NULL,
    "EntityType" character varying(60) NOT NULL,
    "EntityId" uuid NOT NULL,
    "Number" integer NOT NULL,
    "Action" character varying(40) NOT NULL,
    "ChangedAt" timestamp with time zone NOT NULL,
    "ChangedBy" character varying(256) NOT NULL,
    "BeforeJson" text,
    "AfterJson" text,
    "Reason" character varying(2000),
    CONSTRAINT "PK_Revisions" PRIMARY KEY ("Id")
);

CREATE TABLE "SlugRedirects" (
    "Id" uuid NOT NULL,
    "EntityType" character varying(60) NOT NULL,
    "OldSlug" character varying(120) NOT NULL,
    "EntityId" uuid NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_SlugRedirects" PRIMARY KEY ("Id")
);

CREATE TABLE "Sources" (
    "Id" uuid NOT NULL,
    "Title" character varying(300) NOT NULL,
    "Outlet" character varying(200),
    "Author" character varying(200),
    "SourceKind" character varying(40) NOT NULL,
    "Url" character varying(2000),
    "AccessedOn" date,
    "Reliability" character varying(40) NOT NULL,
    "ReliabilityReason" character varying(1000) NOT NULL,
    "Notes" character varying(4000),
    "SearchVector" tsvector GENERATED ALWAYS AS (setweight(to_tsvector('english', coalesce("Title", '')), 'A')
|| setweight(to_tsvector('english', coalesce("Outlet", '') || ' ' || coalesce("Author", '')), 'B')
|| setweight(to_tsvector('english', coalesce("Notes", '')), 'C')) STORED,
    "Published_Approximate" boolean NOT NULL,
    "Published_Precision" integer NOT NULL,
    "Published_Start" date,
    "Slug" character varying(120) NOT NULL,
    "State" character varying(40) NOT NULL,
    "InternalNotes" character varying(4000),
    "CreatedAt" timestamp with time zone NOT NULL,
    "CreatedBy" character varying(256) NOT NULL,
    "UpdatedAt" timestamp with time zone NOT NULL,
    "UpdatedBy" character varying(256) NOT NULL,
    "DeletedAt" timestamp with time zone,
    "DeletedBy" character varying(256),
    "Version" integer NOT NULL,
    CONSTRAINT "PK_Sources" PRIMARY KEY ("Id"),
    CONSTRAINT "CK_Sources_WebUrl" CHECK ("Url" IS NULL OR "Url" LIKE 'http://%' OR "Url" LIKE 'https://%')
);

CREATE TABLE "Organisations" (
    "Id" uuid NOT NULL,
    "Name" character varying(200) NOT NULL,
    "OrganisationKind" character varying(40) NOT NULL,
    "CountryId" uuid,
    "Slug" character varying(120) NOT NULL,
    "State" character varying(40) NOT NULL,
    "InternalNotes" character varying(4000),
    "CreatedAt" timestamp with time zone NOT NULL,
    "CreatedBy" character varying(256) NOT NULL,
    "UpdatedAt" timestamp with time zone NOT NULL,
    "UpdatedBy" character varying(256) NOT NULL,
    "DeletedAt" timestamp with time zone,
    "DeletedBy" character varying(256),
    "Version" integer NOT NULL,
    CONSTRAINT "PK_Organisations" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_Organisations_Countries_CountryId" FOREIGN KEY ("CountryId") REFERENCES "Countries" ("Id") ON DELETE SET NULL
);

CREATE TABLE "PersonRole" (
    "Id" uuid NOT NULL,
    "PersonId" uuid NOT NULL,
    "Title" character varying(200) NOT NULL,
    "OrganisationId" uuid,
    "From_Approximate" boolean NOT NULL,
    "From_Precision" integer NOT NULL,
    "From_Start" date,
    "To_Approximate" boolean NOT NULL,
    "To_Precision" integer NOT NULL,
    "To_Start" date,
    CONSTRAINT "PK_PersonRole" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_PersonRole_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE SET NULL,
    CONSTRAINT "FK_PersonRole_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES "People" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Records" (
    "Id" uuid NOT NULL,
    "Kind" character varying(40) NOT NULL,
    "Title" character varying(300) NOT NULL,
    "Summary" character varying(4000) NOT NULL,
    "SearchVector" tsvector GENERATED ALWAYS AS (setweight(to_tsvector('english', coalesce("Title", '')), 'A')
|| setweight(to_tsvector('english', coalesce("Summary", '') || ' ' || coalesce("Text", '')), 'B')) STORED,
    "Date_Approximate" boolean NOT NULL,
    "Date_Precision" integer NOT NULL,
    "Date_Start" date,
    "ShortName" character varying(40),
    "AgreementKind" character varying(40),
    "IsBinding" boolean,
    "PubliclyAnnouncedByNz" boolean,
    "PartyCount" integer,
    "EventKind" character varying(40),
    "MeetingKind" character varying(40),
    "Place" character varying(200),
    "Host" character varying(200),
    "Count" integer,
    "CountIsMinimum" boolean,
    "EndDate_Approximate" boolean,
    "EndDate_Precision" integer,
    "EndDate_Start" date,
    "Mode" character varying(40),
    "Text" character varying(2000),
    "SpeakerId" uuid,
    "SpeakingOrganisationId" uuid,
    "SpeakerRole" character varying(200),
    "Venue" character varying(300),
    "AgreementId" uuid,
    "NzStance" character varying(40),
    "Slug" character varying(120) NOT NULL,
    "State" character varying(40) NOT NULL,
    "InternalNotes" character varying(4000),
    "CreatedAt" timestamp with time zone NOT NULL,
    "CreatedBy" character varying(256) NOT NULL,
    "UpdatedAt" timestamp with time zone NOT NULL,
    "UpdatedBy" character varying(256) NOT NULL,
    "DeletedAt" timestamp with time zone,
    "DeletedBy" character varying(256),
    "Version" integer NOT NULL,
    CONSTRAINT "PK_Records" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_Records_Organisations_SpeakingOrganisationId" FOREIGN KEY ("SpeakingOrganisationId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Records_People_SpeakerId" FOREIGN KEY ("SpeakerId") REFERENCES "People" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Records_Records_AgreementId" FOREIGN KEY ("AgreementId") REFERENCES "Records" ("Id") ON DELETE CASCADE
);

CREATE TABLE "PartyMemberships" (
    "Id" uuid NOT NULL,
    "AgreementId" uuid NOT NULL,
    "CountryId" uuid NOT NULL,
    "Role" character varying(200),
    "Since_Approximate" boolean NOT NULL,
    "Since_Precision" integer NOT NULL,
    "Since_Start" date,
    CONSTRAINT "PK_PartyMemberships" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_PartyMemberships_Countries_CountryId" FOREIGN KEY ("CountryId") REFERENCES "Countries" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_PartyMemberships_Records_AgreementId" FOREIGN KEY ("AgreementId") REFERENCES "Records" ("Id") ON DELETE CASCADE
);

CREATE TABLE "RecordAgreements" (
    "AgreementId" uuid NOT NULL,
    "RecordId" uuid NOT NULL,
    CONSTRAINT "PK_RecordAgreements" PRIMARY KEY ("AgreementId", "RecordId"),
    CONSTRAINT "FK_RecordAgreements_Records_AgreementId" FOREIGN KEY ("AgreementId") REFERENCES "Records" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_RecordAgreements_Records_RecordId" FOREIGN KEY ("RecordId") REFERENCES "Records" ("Id") ON DELETE CASCADE
);

CREATE TABLE "RecordCountries" (
    "CountriesId" uuid NOT NULL,
    "RecordsId" uuid NOT NULL,
    CONSTRAINT "PK_RecordCountries" PRIMARY KEY ("CountriesId", "RecordsId"),
    CONSTRAINT "FK_RecordCountries_Countries_CountriesId" FOREIGN KEY ("CountriesId") REFERENCES "Countries" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_RecordCountries_Records_RecordsId" FOREIGN KEY ("RecordsId") REFERENCES "Records" ("Id") ON DELETE CASCADE
);

CREATE TABLE "RecordOrganisations" (
    "OrganisationsId" uuid NOT NULL,
    "RecordsId" uuid NOT NULL,
    CONSTRAINT "PK_RecordOrganisations" PRIMARY KEY ("OrganisationsId", "RecordsId"),
    CONSTRAINT "FK_RecordOrganisations_Organisations_OrganisationsId" FOREIGN KEY ("OrganisationsId") REFERENCES "Organisations" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_RecordOrganisations_Records_RecordsId" FOREIGN KEY ("RecordsId") REFERENCES "Records" ("Id") ON DELETE CASCADE
);

CREATE TABLE "RecordPeople" (
    "PeopleId" uuid NOT NULL,
    "RecordsId" uuid NOT NULL,
    CONSTRAINT "PK_RecordPeople" PRIMARY KEY ("PeopleId", "RecordsId"),
    CONSTRAINT "FK_RecordPeople_People_PeopleId" FOREIGN KEY ("PeopleId") REFERENCES "People" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_RecordPeople_Records_RecordsId" FOREIGN KEY ("RecordsId") REFERENCES "Records" ("Id") ON DELETE CASCADE
);

CREATE TABLE "StatusChanges" (
    "Id" uuid NOT NULL,
    "AgreementId" uuid NOT NULL,
    "Status" character varying(40) NOT NULL,
    "Note" character varying(1000),
    "Date_Approximate" boolean NOT NULL,
    "Date_Precision" integer NOT NULL,
    "Date_Start" date,
    CONSTRAINT "PK_StatusChanges" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_StatusChanges_Records_AgreementId" FOREIGN KEY ("AgreementId") REFERENCES "Records" ("Id") ON DELETE CASCADE
);

CREATE TABLE "DateClaims" (
    "Id" uuid NOT NULL,
    "RecordId" uuid,
    "StatusChangeId" uuid,
    "Claim" character varying(500) NOT NULL,
    "Date_Approximate" boolean NOT NULL,
    "Date_Precision" integer NOT NULL,
    "Date_Start" date,
    CONSTRAINT "PK_DateClaims" PRIMARY KEY ("Id"),
    CONSTRAINT "CK_DateClaims_OneOwner" CHECK ((CASE WHEN "RecordId" IS NULL THEN 0 ELSE 1 END) + (CASE WHEN "StatusChangeId" IS NULL THEN 0 ELSE 1 END) = 1),
    CONSTRAINT "FK_DateClaims_Records_RecordId" FOREIGN KEY ("RecordId") REFERENCES "Records" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_DateClaims_StatusChanges_StatusChangeId" FOREIGN KEY ("StatusChangeId") REFERENCES "StatusChanges" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Citations" (
    "Id" uuid NOT NULL,
    "SourceId" uuid NOT NULL,
    "Pinpoint" character varying(600),
    "RecordId" uuid,
    "StatusChangeId" uuid,
    "PartyMembershipId" uuid,
    "DateClaimId" uuid,
    CONSTRAINT "PK_Citations" PRIMARY KEY ("Id"),
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

CREATE INDEX "IX_Records_SearchVector" ON "Records" USING GIN ("SearchVector");

CREATE UNIQUE INDEX "IX_Records_Slug" ON "Records" ("Slug");

CREATE INDEX "IX_Records_SpeakerId" ON "Records" ("SpeakerId");

CREATE INDEX "IX_Records_SpeakingOrganisationId" ON "Records" ("SpeakingOrganisationId");

CREATE INDEX "IX_Records_State_Kind" ON "Records" ("State", "Kind");

CREATE INDEX "IX_Records_Timeline" ON "Records"
("State", ("Date_Start" IS NULL), "Date_Start", "Date_Precision", "Date_Approximate", "Title", "Id");

CREATE INDEX "IX_Revisions_ChangedAt" ON "Revisions" ("ChangedAt");

CREATE INDEX "IX_Revisions_EntityId_Number" ON "Revisions" ("EntityId", "Number");

CREATE UNIQUE INDEX "IX_SlugRedirects_EntityType_OldSlug" ON "SlugRedirects" ("EntityType", "OldSlug");

CREATE INDEX "IX_Sources_SearchVector" ON "Sources" USING GIN ("SearchVector");

CREATE UNIQUE INDEX "IX_Sources_Slug" ON "Sources" ("Slug");

CREATE INDEX "IX_StatusChanges_AgreementId_Status" ON "StatusChanges" ("AgreementId", "Status");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261123123034_Initial', '10.0.15');

COMMIT;

START TRANSACTION;
CREATE TABLE "AspNetRoles" (
    "Id" text NOT NULL,
    "Name" character varying(256),
    "NormalizedName" character varying(256),
    "ConcurrencyStamp" text,
    CONSTRAINT "PK_AspNetRoles" PRIMARY KEY ("Id")
);

CREATE TABLE "AspNetUsers" (
    "Id" text NOT NULL,
    "UserName" character varying(256),
    "NormalizedUserName" character varying(256),
    "Email" character varying(256),
    "NormalizedEmail" character varying(256),
    "EmailConfirmed" boolean NOT NULL,
    "PasswordHash" text,
    "SecurityStamp" text,
    "ConcurrencyStamp" text,
    "PhoneNumber" text,
    "PhoneNumberConfirmed" boolean NOT NULL,
    "TwoFactorEnabled" boolean NOT NULL,
    "LockoutEnd" timestamp with time zone,
    "LockoutEnabled" boolean NOT NULL,
    "AccessFailedCount" integer NOT NULL,
    CONSTRAINT "PK_AspNetUsers" PRIMARY KEY ("Id")
);

CREATE TABLE "DataProtectionKeys" (
    "Id" integer GENERATED BY DEFAULT AS IDENTITY,
    "FriendlyName" text,
    "Xml" text,
    CONSTRAINT "PK_DataProtectionKeys" PRIMARY KEY ("Id")
);

CREATE TABLE "AspNetRoleClaims" (
    "Id" integer GENERATED BY DEFAULT AS IDENTITY,
    "RoleId" text NOT NULL,
    "ClaimType" text,
    "ClaimValue" text,
    CONSTRAINT "PK_AspNetRoleClaims" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_AspNetRoleClaims_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AspNetUserClaims" (
    "Id" integer GENERATED BY DEFAULT AS IDENTITY,
    "UserId" text NOT NULL,
    "ClaimType" text,
    "ClaimValue" text,
    CONSTRAINT "PK_AspNetUserClaims" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_AspNetUserClaims_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AspNetUserLogins" (
    "LoginProvider" text NOT NULL,
    "ProviderKey" text NOT NULL,
    "ProviderDisplayName" text,
    "UserId" text NOT NULL,
    CONSTRAINT "PK_AspNetUserLogins" PRIMARY KEY ("LoginProvider", "ProviderKey"),
    CONSTRAINT "FK_AspNetUserLogins_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AspNetUserRoles" (
    "UserId" text NOT NULL,
    "RoleId" text NOT NULL,
    CONSTRAINT "PK_AspNetUserRoles" PRIMARY KEY ("UserId", "RoleId"),
    CONSTRAINT "FK_AspNetUserRoles_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_AspNetUserRoles_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AspNetUserTokens" (
    "UserId" text NOT NULL,
    "LoginProvider" text NOT NULL,
    "Name" text NOT NULL,
    "Value" text,
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
VALUES ('20261123132933_Accounts', '10.0.15');

COMMIT;

START TRANSACTION;
ALTER TABLE "Records" ADD "PendingDraftJson" text;

ALTER TABLE "Records" ADD "PendingState" character varying(20);

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261124001349_PendingDrafts', '10.0.15');

COMMIT;

START TRANSACTION;
CREATE TABLE "SavedViews" (
    "Id" uuid NOT NULL,
    "Owner" character varying(256) NOT NULL,
    "Name" character varying(100) NOT NULL,
    "Query" character varying(2000) NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_SavedViews" PRIMARY KEY ("Id")
);

CREATE UNIQUE INDEX "IX_SavedViews_Owner_Name" ON "SavedViews" ("Owner", "Name");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261124011928_SavedViews', '10.0.15');

COMMIT;

START TRANSACTION;
ALTER TABLE "Citations" DROP CONSTRAINT "CK_Citations_OneFact";

ALTER TABLE "Records" ADD "DueBy_Approximate" boolean;

ALTER TABLE "Records" ADD "DueBy_Precision" integer;

ALTER TABLE "Records" ADD "DueBy_Start" date;

ALTER TABLE "Records" ADD "MadeById" uuid;

ALTER TABLE "Records" ADD "MadeByOrganisationId" uuid;

ALTER TABLE "Records" ADD "PromisedTo" character varying(200);

ALTER TABLE "Citations" ADD "CommitmentOutcomeId" uuid;

CREATE TABLE "CommitmentOutcome" (
    "Id" uuid NOT NULL,
    "CommitmentId" uuid NOT NULL,
    "Status" character varying(40) NOT NULL,
    "Note" character varying(1000),
    "Date_Approximate" boolean NOT NULL,
    "Date_Precision" integer NOT NULL,
    "Date_Start" date,
    CONSTRAINT "PK_CommitmentOutcome" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_CommitmentOutcome_Records_CommitmentId" FOREIGN KEY ("CommitmentId") REFERENCES "Records" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Records_MadeById" ON "Records" ("MadeById");

CREATE INDEX "IX_Records_MadeByOrganisationId" ON "Records" ("MadeByOrganisationId");

CREATE INDEX "IX_Citations_CommitmentOutcomeId" ON "Citations" ("CommitmentOutcomeId");

ALTER TABLE "Citations" ADD CONSTRAINT "CK_Citations_OneFact" CHECK ((CASE WHEN "RecordId" IS NULL THEN 0 ELSE 1 END) + (CASE WHEN "StatusChangeId" IS NULL THEN 0 ELSE 1 END)
+ (CASE WHEN "PartyMembershipId" IS NULL THEN 0 ELSE 1 END) + (CASE WHEN "DateClaimId" IS NULL THEN 0 ELSE 1 END)
+ (CASE WHEN "CommitmentOutcomeId" IS NULL THEN 0 ELSE 1 END) = 1);

CREATE INDEX "IX_CommitmentOutcome_CommitmentId_Status" ON "CommitmentOutcome" ("CommitmentId", "Status");

ALTER TABLE "Citations" ADD CONSTRAINT "FK_Citations_CommitmentOutcome_CommitmentOutcomeId" FOREIGN KEY ("CommitmentOutcomeId") REFERENCES "CommitmentOutcome" ("Id") ON DELETE CASCADE;

ALTER TABLE "Records" ADD CONSTRAINT "FK_Records_Organisations_MadeByOrganisationId" FOREIGN KEY ("MadeByOrganisationId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT;

ALTER TABLE "Records" ADD CONSTRAINT "FK_Records_People_MadeById" FOREIGN KEY ("MadeById") REFERENCES "People" ("Id") ON DELETE RESTRICT;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261125190121_Commitments', '10.0.15');

COMMIT;

START TRANSACTION;
ALTER TABLE "Records" ADD "AgencyId" uuid;

ALTER TABLE "Records" ADD "RequestedOn_Approximate" boolean;

ALTER TABLE "Records" ADD "RequestedOn_Precision" integer;

ALTER TABLE "Records" ADD "RequestedOn_Start" date;

ALTER TABLE "Records" ADD "Requester" character varying(200);

ALTER TABLE "Records" ADD "Withheld" character varying(1000);

ALTER TABLE "Records" ADD "WithholdingGrounds" character varying(300);

CREATE INDEX "IX_Records_AgencyId" ON "Records" ("AgencyId");

ALTER TABLE "Records" ADD CONSTRAINT "FK_Records_Organisations_AgencyId" FOREIGN KEY ("AgencyId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261125195122_OiaReleases', '10.0.15');

COMMIT;

START TRANSACTION;
ALTER TABLE "Records" ADD "AskedBy" character varying(200);

ALTER TABLE "Records" ADD "AskedOfId" uuid;

ALTER TABLE "Records" ADD "AskedOfOrganisationId" uuid;

ALTER TABLE "Records" ADD "QuestionText" character varying(1000);

ALTER TABLE "Records" ADD "ReferredToId" uuid;

ALTER TABLE "Records" ADD "RespondedOn_Approximate" boolean;

ALTER TABLE "Records" ADD "RespondedOn_Precision" integer;

ALTER TABLE "Records" ADD "RespondedOn_Start" date;

ALTER TABLE "Records" ADD "Response" character varying(40);

CREATE INDEX "IX_Records_AskedOfId" ON "Records" ("AskedOfId");

CREATE INDEX "IX_Records_AskedOfOrganisationId" ON "Records" ("AskedOfOrganisationId");

CREATE INDEX "IX_Records_ReferredToId" ON "Records" ("ReferredToId");

ALTER TABLE "Records" ADD CONSTRAINT "FK_Records_Organisations_AskedOfOrganisationId" FOREIGN KEY ("AskedOfOrganisationId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT;

ALTER TABLE "Records" ADD CONSTRAINT "FK_Records_People_AskedOfId" FOREIGN KEY ("AskedOfId") REFERENCES "People" ("Id") ON DELETE RESTRICT;

ALTER TABLE "Records" ADD CONSTRAINT "FK_Records_People_ReferredToId" FOREIGN KEY ("ReferredToId") REFERENCES "People" ("Id") ON DELETE RESTRICT;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261125200529_Questions', '10.0.15');

COMMIT;

START TRANSACTION;
CREATE TABLE "ReviewComments" (
    "Id" uuid NOT NULL,
    "RecordId" uuid NOT NULL,
    "Author" character varying(256) NOT NULL,
    "WrittenAt" timestamp with time zone NOT NULL,
    "Text" character varying(2000) NOT NULL,
    CONSTRAINT "PK_ReviewComments" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_ReviewComments_Records_RecordId" FOREIGN KEY ("RecordId") REFERENCES "Records" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_ReviewComments_RecordId_WrittenAt" ON "ReviewComments" ("RecordId", "WrittenAt");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261125220258_ReviewComments', '10.0.15');

COMMIT;

START TRANSACTION;
ALTER TABLE "StatusChanges" ADD "Date_Until" date;

ALTER TABLE "Sources" ADD "Published_Until" date;

ALTER TABLE "Records" ADD "Date_Until" date;

ALTER TABLE "Records" ADD "DueBy_Until" date;

ALTER TABLE "Records" ADD "EndDate_Until" date;

ALTER TABLE "Records" ADD "RequestedOn_Until" date;

ALTER TABLE "Records" ADD "RespondedOn_Until" date;

ALTER TABLE "PersonRole" ADD "From_Until" date;

ALTER TABLE "PersonRole" ADD "To_Until" date;

ALTER TABLE "PartyMemberships" ADD "Since_Until" date;

ALTER TABLE "DateClaims" ADD "Date_Until" date;

ALTER TABLE "CommitmentOutcome" ADD "Date_Until" date;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261126001516_SpansOfDays', '10.0.15');

COMMIT;

START TRANSACTION;
ALTER TABLE "Citations" DROP CONSTRAINT "CK_Citations_OneFact";

ALTER TABLE "Citations" ADD "DisclosureId" uuid;

CREATE TABLE "Disclosures" (
    "Id" uuid NOT NULL,
    "RecordId" uuid,
    "StatusChangeId" uuid,
    "Announcement" character varying(40) NOT NULL,
    "Through" character varying(40) NOT NULL,
    "Note" character varying(1000),
    "PublicOn_Approximate" boolean NOT NULL,
    "PublicOn_Precision" integer NOT NULL,
    "PublicOn_Start" date,
    "PublicOn_Until" date,
    CONSTRAINT "PK_Disclosures" PRIMARY KEY ("Id"),
    CONSTRAINT "CK_Disclosures_OneOwner" CHECK ((CASE WHEN "RecordId" IS NULL THEN 0 ELSE 1 END) + (CASE WHEN "StatusChangeId" IS NULL THEN 0 ELSE 1 END) = 1),
    CONSTRAINT "FK_Disclosures_Records_RecordId" FOREIGN KEY ("RecordId") REFERENCES "Records" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Disclosures_StatusChanges_StatusChangeId" FOREIGN KEY ("StatusChangeId") REFERENCES "StatusChanges" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Citations_DisclosureId" ON "Citations" ("DisclosureId");

ALTER TABLE "Citations" ADD CONSTRAINT "CK_Citations_OneFact" CHECK ((CASE WHEN "RecordId" IS NULL THEN 0 ELSE 1 END) + (CASE WHEN "StatusChangeId" IS NULL THEN 0 ELSE 1 END)
+ (CASE WHEN "PartyMembershipId" IS NULL THEN 0 ELSE 1 END) + (CASE WHEN "DateClaimId" IS NULL THEN 0 ELSE 1 END)
+ (CASE WHEN "CommitmentOutcomeId" IS NULL THEN 0 ELSE 1 END) + (CASE WHEN "DisclosureId" IS NULL THEN 0 ELSE 1 END) = 1);

CREATE INDEX "IX_Disclosures_RecordId" ON "Disclosures" ("RecordId");

CREATE INDEX "IX_Disclosures_StatusChangeId" ON "Disclosures" ("StatusChangeId");

ALTER TABLE "Citations" ADD CONSTRAINT "FK_Citations_Disclosures_DisclosureId" FOREIGN KEY ("DisclosureId") REFERENCES "Disclosures" ("Id") ON DELETE CASCADE;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261126005642_Disclosures', '10.0.15');

COMMIT;

START TRANSACTION;
ALTER TABLE "Records" ADD "PartOfId" uuid;

ALTER TABLE "Records" ADD "UnnamedParties" character varying(300);

CREATE INDEX "IX_Records_PartOfId" ON "Records" ("PartOfId");

ALTER TABLE "Records" ADD CONSTRAINT "FK_Records_Records_PartOfId" FOREIGN KEY ("PartOfId") REFERENCES "Records" ("Id") ON DELETE RESTRICT;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261126011654_CountsAndUnnamedParties', '10.0.15');

COMMIT;

START TRANSACTION;
ALTER TABLE "Records" ADD "UnnamedSpeaker" character varying(200);

ALTER TABLE "Disclosures" ADD "NotInformed" character varying(1000);

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261126013930_UnnamedSpeakersAndNotInformed', '10.0.15');

COMMIT;

START TRANSACTION;
ALTER TABLE "Citations" DROP CONSTRAINT "CK_Citations_OneFact";

ALTER TABLE "Citations" ADD "AmountId" uuid;

CREATE TABLE "Amounts" (
    "Id" uuid NOT NULL,
    "RecordId" uuid NOT NULL,
    "Value" numeric(24,2) NOT NULL,
    "UpTo" numeric(24,2),
    "Currency" character varying(40) NOT NULL,
    "Purpose" character varying(300) NOT NULL,
    CONSTRAINT "PK_Amounts" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_Amounts_Records_RecordId" FOREIGN KEY ("RecordId") REFERENCES "Records" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Citations_AmountId" ON "Citations" ("AmountId");

ALTER TABLE "Citations" ADD CONSTRAINT "CK_Citations_OneFact" CHECK ((CASE WHEN "RecordId" IS NULL THEN 0 ELSE 1 END) + (CASE WHEN "StatusChangeId" IS NULL THEN 0 ELSE 1 END)
+ (CASE WHEN "PartyMembershipId" IS NULL THEN 0 ELSE 1 END) + (CASE WHEN "DateClaimId" IS NULL THEN 0 ELSE 1 END)
+ (CASE WHEN "CommitmentOutcomeId" IS NULL THEN 0 ELSE 1 END) + (CASE WHEN "DisclosureId" IS NULL THEN 0 ELSE 1 END)
+ (CASE WHEN "AmountId" IS NULL THEN 0 ELSE 1 END) = 1);

CREATE INDEX "IX_Amounts_RecordId" ON "Amounts" ("RecordId");

ALTER TABLE "Citations" ADD CONSTRAINT "FK_Citations_Amounts_AmountId" FOREIGN KEY ("AmountId") REFERENCES "Amounts" ("Id") ON DELETE CASCADE;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261126015411_Amounts', '10.0.15');

COMMIT;

START TRANSACTION;
CREATE TABLE "OiaReleaseRevealedRecords" (
    "OiaReleaseId" uuid NOT NULL,
    "RecordId" uuid NOT NULL,
    CONSTRAINT "PK_OiaReleaseRevealedRecords" PRIMARY KEY ("OiaReleaseId", "RecordId"),
    CONSTRAINT "FK_OiaReleaseRevealedRecords_Records_OiaReleaseId" FOREIGN KEY ("OiaReleaseId") REFERENCES "Records" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_OiaReleaseRevealedRecords_Records_RecordId" FOREIGN KEY ("RecordId") REFERENCES "Records" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_OiaReleaseRevealedRecords_RecordId" ON "OiaReleaseRevealedRecords" ("RecordId");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261126020542_OiaRevealedRecords', '10.0.15');

COMMIT;

START TRANSACTION;
ALTER TABLE "Records" DROP COLUMN "SearchVector";

ALTER TABLE "Records" ADD "SearchVector" tsvector GENERATED ALWAYS AS (setweight(to_tsvector('english', coalesce("Title", '')), 'A')
|| setweight(to_tsvector('english', coalesce("Summary", '') || ' ' || coalesce("Text", '') || ' ' || coalesce("QuestionText", '')), 'B')) STORED;

CREATE INDEX "IX_Records_SearchVector" ON "Records" USING GIN ("SearchVector");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261202031941_QuestionTextSearchable', '10.0.15');

COMMIT;

