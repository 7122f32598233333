using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PolicyTracker.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Countries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    IsoCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    InternalNotes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    DeletedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DeletedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Countries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "People",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    InternalNotes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    DeletedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DeletedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_People", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Revisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EntityType = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    EntityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ChangedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ChangedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    BeforeJson = table.Column<string>(type: "TEXT", nullable: true),
                    AfterJson = table.Column<string>(type: "TEXT", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Revisions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SlugRedirects",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EntityType = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    OldSlug = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    EntityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SlugRedirects", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Sources",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Outlet = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Author = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SourceKind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Url = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    AccessedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Reliability = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ReliabilityReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Published_Approximate = table.Column<bool>(type: "INTEGER", nullable: false),
                    Published_Precision = table.Column<int>(type: "INTEGER", maxLength: 40, nullable: false),
                    Published_Start = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    InternalNotes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    DeletedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DeletedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Sources", x => x.Id);
                    table.CheckConstraint("CK_Sources_WebUrl", "\"Url\" IS NULL OR \"Url\" LIKE 'http://%' OR \"Url\" LIKE 'https://%'");
                });

            migrationBuilder.CreateTable(
                name: "Organisations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OrganisationKind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CountryId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    InternalNotes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    DeletedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DeletedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Organisations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Organisations_Countries_CountryId",
                        column: x => x.CountryId,
                        principalTable: "Countries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "PersonRole",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    From_Approximate = table.Column<bool>(type: "INTEGER", nullable: false),
                    From_Precision = table.Column<int>(type: "INTEGER", maxLength: 40, nullable: false),
                    From_Start = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    To_Approximate = table.Column<bool>(type: "INTEGER", nullable: false),
                    To_Precision = table.Column<int>(type: "INTEGER", maxLength: 40, nullable: false),
                    To_Start = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PersonRole", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PersonRole_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_PersonRole_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Records",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Date_Approximate = table.Column<bool>(type: "INTEGER", nullable: false),
                    Date_Precision = table.Column<int>(type: "INTEGER", maxLength: 40, nullable: false),
                    Date_Start = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ShortName = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    AgreementKind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    IsBinding = table.Column<bool>(type: "INTEGER", nullable: true),
                    PubliclyAnnouncedByNz = table.Column<bool>(type: "INTEGER", nullable: true),
                    PartyCount = table.Column<int>(type: "INTEGER", nullable: true),
                    EventKind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    MeetingKind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Place = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Host = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Count = table.Column<int>(type: "INTEGER", nullable: true),
                    CountIsMinimum = table.Column<bool>(type: "INTEGER", nullable: true),
                    EndDate_Approximate = table.Column<bool>(type: "INTEGER", nullable: true),
                    EndDate_Precision = table.Column<int>(type: "INTEGER", maxLength: 40, nullable: true),
                    EndDate_Start = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Mode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    SpeakerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SpeakingOrganisationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SpeakerRole = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Venue = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    AgreementId = table.Column<Guid>(type: "TEXT", nullable: true),
                    NzStance = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    InternalNotes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    DeletedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DeletedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Records", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Records_Organisations_SpeakingOrganisationId",
                        column: x => x.SpeakingOrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Records_People_SpeakerId",
                        column: x => x.SpeakerId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Records_Records_AgreementId",
                        column: x => x.AgreementId,
                        principalTable: "Records",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PartyMemberships",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgreementId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CountryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Since_Approximate = table.Column<bool>(type: "INTEGER", nullable: false),
                    Since_Precision = table.Column<int>(type: "INTEGER", maxLength: 40, nullable: false),
                    Since_Start = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PartyMemberships", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PartyMemberships_Countries_CountryId",
                        column: x => x.CountryId,
                        principalTable: "Countries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PartyMemberships_Records_AgreementId",
                        column: x => x.AgreementId,
                        principalTable: "Records",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RecordAgreements",
                columns: table => new
                {
                    AgreementId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecordAgreements", x => new { x.AgreementId, x.RecordId });
                    table.ForeignKey(
                        name: "FK_RecordAgreements_Records_AgreementId",
                        column: x => x.AgreementId,
                        principalTable: "Records",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RecordAgreements_Records_RecordId",
                        column: x => x.RecordId,
                        principalTable: "Records",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RecordCountries",
                columns: table => new
                {
                    CountriesId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordsId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecordCountries", x => new { x.CountriesId, x.RecordsId });
                    table.ForeignKey(
                        name: "FK_RecordCountries_Countries_CountriesId",
                        column: x => x.CountriesId,
                        principalTable: "Countries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RecordCountries_Records_RecordsId",
                        column: x => x.RecordsId,
                        principalTable: "Records",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RecordOrganisations",
                columns: table => new
                {
                    OrganisationsId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordsId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecordOrganisations", x => new { x.OrganisationsId, x.RecordsId });
                    table.ForeignKey(
                        name: "FK_RecordOrganisations_Organisations_OrganisationsId",
                        column: x => x.OrganisationsId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RecordOrganisations_Records_RecordsId",
                        column: x => x.RecordsId,
                        principalTable: "Records",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RecordPeople",
                columns: table => new
                {
                    PeopleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordsId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecordPeople", x => new { x.PeopleId, x.RecordsId });
                    table.ForeignKey(
                        name: "FK_RecordPeople_People_PeopleId",
                        column: x => x.PeopleId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RecordPeople_Records_RecordsId",
                        column: x => x.RecordsId,
                        principalTable: "Records",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StatusChanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgreementId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Date_Approximate = table.Column<bool>(type: "INTEGER", nullable: false),
                    Date_Precision = table.Column<int>(type: "INTEGER", maxLength: 40, nullable: false),
                    Date_Start = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StatusChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StatusChanges_Records_AgreementId",
                        column: x => x.AgreementId,
                        principalTable: "Records",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DateClaims",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordId = table.Column<Guid>(type: "TEXT", nullable: true),
                    StatusChangeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Claim = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Date_Approximate = table.Column<bool>(type: "INTEGER", nullable: false),
                    Date_Precision = table.Column<int>(type: "INTEGER", maxLength: 40, nullable: false),
                    Date_Start = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DateClaims", x => x.Id);
                    table.CheckConstraint("CK_DateClaims_OneOwner", "(CASE WHEN \"RecordId\" IS NULL THEN 0 ELSE 1 END) + (CASE WHEN \"StatusChangeId\" IS NULL THEN 0 ELSE 1 END) = 1");
                    table.ForeignKey(
                        name: "FK_DateClaims_Records_RecordId",
                        column: x => x.RecordId,
                        principalTable: "Records",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DateClaims_StatusChanges_StatusChangeId",
                        column: x => x.StatusChangeId,
                        principalTable: "StatusChanges",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Citations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SourceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Pinpoint = table.Column<string>(type: "TEXT", maxLength: 600, nullable: true),
                    RecordId = table.Column<Guid>(type: "TEXT", nullable: true),
                    StatusChangeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PartyMembershipId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DateClaimId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Citations", x => x.Id);
                    table.CheckConstraint("CK_Citations_OneFact", "(CASE WHEN \"RecordId\" IS NULL THEN 0 ELSE 1 END) + (CASE WHEN \"StatusChangeId\" IS NULL THEN 0 ELSE 1 END)\n+ (CASE WHEN \"PartyMembershipId\" IS NULL THEN 0 ELSE 1 END) + (CASE WHEN \"DateClaimId\" IS NULL THEN 0 ELSE 1 END) = 1");
                    table.ForeignKey(
                        name: "FK_Citations_DateClaims_DateClaimId",
                        column: x => x.DateClaimId,
                        principalTable: "DateClaims",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Citations_PartyMemberships_PartyMembershipId",
                        column: x => x.PartyMembershipId,
                        principalTable: "PartyMemberships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Citations_Records_RecordId",
                        column: x => x.RecordId,
                        principalTable: "Records",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Citations_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Citations_StatusChanges_StatusChangeId",
                        column: x => x.StatusChangeId,
                        principalTable: "StatusChanges",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Citations_DateClaimId",
                table: "Citations",
                column: "DateClaimId");

            migrationBuilder.CreateIndex(
                name: "IX_Citations_PartyMembershipId",
                table: "Citations",
                column: "PartyMembershipId");

            migrationBuilder.CreateIndex(
                name: "IX_Citations_RecordId",
                table: "Citations",
                column: "RecordId");

            migrationBuilder.CreateIndex(
                name: "IX_Citations_SourceId",
                table: "Citations",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_Citations_StatusChangeId",
                table: "Citations",
                column: "StatusChangeId");

            migrationBuilder.CreateIndex(
                name: "IX_Countries_Slug",
                table: "Countries",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DateClaims_RecordId",
                table: "DateClaims",
                column: "RecordId");

            migrationBuilder.CreateIndex(
                name: "IX_DateClaims_StatusChangeId",
                table: "DateClaims",
                column: "StatusChangeId");

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_CountryId",
                table: "Organisations",
                column: "CountryId");

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_Slug",
                table: "Organisations",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PartyMemberships_AgreementId_CountryId",
                table: "PartyMemberships",
                columns: new[] { "AgreementId", "CountryId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PartyMemberships_CountryId",
                table: "PartyMemberships",
                column: "CountryId");

            migrationBuilder.CreateIndex(
                name: "IX_People_Slug",
                table: "People",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PersonRole_OrganisationId",
                table: "PersonRole",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_PersonRole_PersonId",
                table: "PersonRole",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_RecordAgreements_RecordId",
                table: "RecordAgreements",
                column: "RecordId");

            migrationBuilder.CreateIndex(
                name: "IX_RecordCountries_RecordsId",
                table: "RecordCountries",
                column: "RecordsId");

            migrationBuilder.CreateIndex(
                name: "IX_RecordOrganisations_RecordsId",
                table: "RecordOrganisations",
                column: "RecordsId");

            migrationBuilder.CreateIndex(
                name: "IX_RecordPeople_RecordsId",
                table: "RecordPeople",
                column: "RecordsId");

            migrationBuilder.CreateIndex(
                name: "IX_Records_AgreementId",
                table: "Records",
                column: "AgreementId");

            migrationBuilder.CreateIndex(
                name: "IX_Records_Slug",
                table: "Records",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Records_SpeakerId",
                table: "Records",
                column: "SpeakerId");

            migrationBuilder.CreateIndex(
                name: "IX_Records_SpeakingOrganisationId",
                table: "Records",
                column: "SpeakingOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_Records_State_Kind",
                table: "Records",
                columns: new[] { "State", "Kind" });

            // Written by hand: EF Core cannot declare an index on a complex property's columns. It matches the
            // timeline's order (PolicyTracker.Core.Timeline.TimelineOrder) after the state, so a page of the
            // timeline is read in index order, forwards or backwards.
            migrationBuilder.Sql(
                """
                CREATE INDEX "IX_Records_Timeline" ON "Records"
                ("State", ("Date_Start" IS NULL), "Date_Start", "Date_Precision", "Date_Approximate", "Title", "Id");
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Revisions_ChangedAt",
                table: "Revisions",
                column: "ChangedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Revisions_EntityId_Number",
                table: "Revisions",
                columns: new[] { "EntityId", "Number" });

            migrationBuilder.CreateIndex(
                name: "IX_SlugRedirects_EntityType_OldSlug",
                table: "SlugRedirects",
                columns: new[] { "EntityType", "OldSlug" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Sources_Slug",
                table: "Sources",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StatusChanges_AgreementId_Status",
                table: "StatusChanges",
                columns: new[] { "AgreementId", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Citations");

            migrationBuilder.DropTable(
                name: "PersonRole");

            migrationBuilder.DropTable(
                name: "RecordAgreements");

            migrationBuilder.DropTable(
                name: "RecordCountries");

            migrationBuilder.DropTable(
                name: "RecordOrganisations");

            migrationBuilder.DropTable(
                name: "RecordPeople");

            migrationBuilder.DropTable(
                name: "Revisions");

            migrationBuilder.DropTable(
                name: "SlugRedirects");

            migrationBuilder.DropTable(
                name: "DateClaims");

            migrationBuilder.DropTable(
                name: "PartyMemberships");

            migrationBuilder.DropTable(
                name: "Sources");

            migrationBuilder.DropTable(
                name: "StatusChanges");

            migrationBuilder.DropTable(
                name: "Records");

            migrationBuilder.DropTable(
                name: "Organisations");

            migrationBuilder.DropTable(
                name: "People");

            migrationBuilder.DropTable(
                name: "Countries");
        }
    }
}
