using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PolicyTracker.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Baseline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    PasswordHash = table.Column<string>(type: "TEXT", nullable: true),
                    SecurityStamp = table.Column<string>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumber = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                });

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
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FriendlyName = table.Column<string>(type: "TEXT", nullable: true),
                    Xml = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
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
                name: "SavedViews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Owner = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Query = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SavedViews", x => x.Id);
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
                    Published_Until = table.Column<DateOnly>(type: "TEXT", nullable: true),
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
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoleId = table.Column<string>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderKey = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "TEXT", nullable: true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    RoleId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
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
                    From_Until = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    To_Approximate = table.Column<bool>(type: "INTEGER", nullable: false),
                    To_Precision = table.Column<int>(type: "INTEGER", maxLength: 40, nullable: false),
                    To_Start = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    To_Until = table.Column<DateOnly>(type: "TEXT", nullable: true)
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
                    PendingDraftJson = table.Column<string>(type: "TEXT", nullable: true),
                    PendingState = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Date_Approximate = table.Column<bool>(type: "INTEGER", nullable: false),
                    Date_Precision = table.Column<int>(type: "INTEGER", maxLength: 40, nullable: false),
                    Date_Start = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Date_Until = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ShortName = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    AgreementKind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    IsBinding = table.Column<bool>(type: "INTEGER", nullable: true),
                    PubliclyAnnouncedByNz = table.Column<bool>(type: "INTEGER", nullable: true),
                    PartyCount = table.Column<int>(type: "INTEGER", nullable: true),
                    UnnamedParties = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    MadeById = table.Column<Guid>(type: "TEXT", nullable: true),
                    MadeByOrganisationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PromisedTo = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DueBy_Approximate = table.Column<bool>(type: "INTEGER", nullable: true),
                    DueBy_Precision = table.Column<int>(type: "INTEGER", maxLength: 40, nullable: true),
                    DueBy_Start = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DueBy_Until = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EventKind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    MeetingKind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Place = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Host = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Count = table.Column<int>(type: "INTEGER", nullable: true),
                    CountIsMinimum = table.Column<bool>(type: "INTEGER", nullable: true),
                    PartOfId = table.Column<Guid>(type: "TEXT", nullable: true),
                    EndDate_Approximate = table.Column<bool>(type: "INTEGER", nullable: true),
                    EndDate_Precision = table.Column<int>(type: "INTEGER", maxLength: 40, nullable: true),
                    EndDate_Start = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndDate_Until = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Requester = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AgencyId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Withheld = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    WithholdingGrounds = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    RequestedOn_Approximate = table.Column<bool>(type: "INTEGER", nullable: true),
                    RequestedOn_Precision = table.Column<int>(type: "INTEGER", maxLength: 40, nullable: true),
                    RequestedOn_Start = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RequestedOn_Until = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AskedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AskedOfId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AskedOfOrganisationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    QuestionText = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Response = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ReferredToId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RespondedOn_Approximate = table.Column<bool>(type: "INTEGER", nullable: true),
                    RespondedOn_Precision = table.Column<int>(type: "INTEGER", maxLength: 40, nullable: true),
                    RespondedOn_Start = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RespondedOn_Until = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Mode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    SpeakerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SpeakingOrganisationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    UnnamedSpeaker = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
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
                        name: "FK_Records_Organisations_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Records_Organisations_AskedOfOrganisationId",
                        column: x => x.AskedOfOrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Records_Organisations_MadeByOrganisationId",
                        column: x => x.MadeByOrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Records_Organisations_SpeakingOrganisationId",
                        column: x => x.SpeakingOrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Records_People_AskedOfId",
                        column: x => x.AskedOfId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Records_People_MadeById",
                        column: x => x.MadeById,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Records_People_ReferredToId",
                        column: x => x.ReferredToId,
                        principalTable: "People",
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
                    table.ForeignKey(
                        name: "FK_Records_Records_PartOfId",
                        column: x => x.PartOfId,
                        principalTable: "Records",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Amounts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Value = table.Column<decimal>(type: "TEXT", precision: 24, scale: 2, nullable: false),
                    UpTo = table.Column<decimal>(type: "TEXT", precision: 24, scale: 2, nullable: true),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Amounts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Amounts_Records_RecordId",
                        column: x => x.RecordId,
                        principalTable: "Records",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CommitmentOutcome",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CommitmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Date_Approximate = table.Column<bool>(type: "INTEGER", nullable: false),
                    Date_Precision = table.Column<int>(type: "INTEGER", maxLength: 40, nullable: false),
                    Date_Start = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Date_Until = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommitmentOutcome", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CommitmentOutcome_Records_CommitmentId",
                        column: x => x.CommitmentId,
                        principalTable: "Records",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OiaReleaseRevealedRecords",
                columns: table => new
                {
                    OiaReleaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OiaReleaseRevealedRecords", x => new { x.OiaReleaseId, x.RecordId });
                    table.ForeignKey(
                        name: "FK_OiaReleaseRevealedRecords_Records_OiaReleaseId",
                        column: x => x.OiaReleaseId,
                        principalTable: "Records",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OiaReleaseRevealedRecords_Records_RecordId",
                        column: x => x.RecordId,
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
                    Since_Start = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Since_Until = table.Column<DateOnly>(type: "TEXT", nullable: true)
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
                name: "ReviewComments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Author = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    WrittenAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewComments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReviewComments_Records_RecordId",
                        column: x => x.RecordId,
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
                    Date_Start = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Date_Until = table.Column<DateOnly>(type: "TEXT", nullable: true)
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
                    Date_Start = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Date_Until = table.Column<DateOnly>(type: "TEXT", nullable: true)
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
                name: "Disclosures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordId = table.Column<Guid>(type: "TEXT", nullable: true),
                    StatusChangeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Announcement = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Through = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    NotInformed = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    PublicOn_Approximate = table.Column<bool>(type: "INTEGER", nullable: false),
                    PublicOn_Precision = table.Column<int>(type: "INTEGER", maxLength: 40, nullable: false),
                    PublicOn_Start = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PublicOn_Until = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Disclosures", x => x.Id);
                    table.CheckConstraint("CK_Disclosures_OneOwner", "(CASE WHEN \"RecordId\" IS NULL THEN 0 ELSE 1 END) + (CASE WHEN \"StatusChangeId\" IS NULL THEN 0 ELSE 1 END) = 1");
                    table.ForeignKey(
                        name: "FK_Disclosures_Records_RecordId",
                        column: x => x.RecordId,
                        principalTable: "Records",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Disclosures_StatusChanges_StatusChangeId",
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
                    CommitmentOutcomeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DateClaimId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DisclosureId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AmountId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Citations", x => x.Id);
                    table.CheckConstraint("CK_Citations_OneFact", "(CASE WHEN \"RecordId\" IS NULL THEN 0 ELSE 1 END) + (CASE WHEN \"StatusChangeId\" IS NULL THEN 0 ELSE 1 END)\n+ (CASE WHEN \"PartyMembershipId\" IS NULL THEN 0 ELSE 1 END) + (CASE WHEN \"DateClaimId\" IS NULL THEN 0 ELSE 1 END)\n+ (CASE WHEN \"CommitmentOutcomeId\" IS NULL THEN 0 ELSE 1 END) + (CASE WHEN \"DisclosureId\" IS NULL THEN 0 ELSE 1 END)\n+ (CASE WHEN \"AmountId\" IS NULL THEN 0 ELSE 1 END) = 1");
                    table.ForeignKey(
                        name: "FK_Citations_Amounts_AmountId",
                        column: x => x.AmountId,
                        principalTable: "Amounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Citations_CommitmentOutcome_CommitmentOutcomeId",
                        column: x => x.CommitmentOutcomeId,
                        principalTable: "CommitmentOutcome",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Citations_DateClaims_DateClaimId",
                        column: x => x.DateClaimId,
                        principalTable: "DateClaims",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Citations_Disclosures_DisclosureId",
                        column: x => x.DisclosureId,
                        principalTable: "Disclosures",
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
                name: "IX_Amounts_RecordId",
                table: "Amounts",
                column: "RecordId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Citations_AmountId",
                table: "Citations",
                column: "AmountId");

            migrationBuilder.CreateIndex(
                name: "IX_Citations_CommitmentOutcomeId",
                table: "Citations",
                column: "CommitmentOutcomeId");

            migrationBuilder.CreateIndex(
                name: "IX_Citations_DateClaimId",
                table: "Citations",
                column: "DateClaimId");

            migrationBuilder.CreateIndex(
                name: "IX_Citations_DisclosureId",
                table: "Citations",
                column: "DisclosureId");

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
                name: "IX_CommitmentOutcome_CommitmentId_Status",
                table: "CommitmentOutcome",
                columns: new[] { "CommitmentId", "Status" });

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
                name: "IX_Disclosures_RecordId",
                table: "Disclosures",
                column: "RecordId");

            migrationBuilder.CreateIndex(
                name: "IX_Disclosures_StatusChangeId",
                table: "Disclosures",
                column: "StatusChangeId");

            migrationBuilder.CreateIndex(
                name: "IX_OiaReleaseRevealedRecords_RecordId",
                table: "OiaReleaseRevealedRecords",
                column: "RecordId");

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
                name: "IX_Records_AgencyId",
                table: "Records",
                column: "AgencyId");

            migrationBuilder.CreateIndex(
                name: "IX_Records_AgreementId",
                table: "Records",
                column: "AgreementId");

            migrationBuilder.CreateIndex(
                name: "IX_Records_AskedOfId",
                table: "Records",
                column: "AskedOfId");

            migrationBuilder.CreateIndex(
                name: "IX_Records_AskedOfOrganisationId",
                table: "Records",
                column: "AskedOfOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_Records_MadeById",
                table: "Records",
                column: "MadeById");

            migrationBuilder.CreateIndex(
                name: "IX_Records_MadeByOrganisationId",
                table: "Records",
                column: "MadeByOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_Records_PartOfId",
                table: "Records",
                column: "PartOfId");

            migrationBuilder.CreateIndex(
                name: "IX_Records_ReferredToId",
                table: "Records",
                column: "ReferredToId");

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

            // Written by hand: EF Core cannot declare an index on a complex property's columns.
            migrationBuilder.Sql(PolicyTracker.Core.Timeline.TimelineIndex.CreateSql);

            migrationBuilder.CreateIndex(
                name: "IX_ReviewComments_RecordId_WrittenAt",
                table: "ReviewComments",
                columns: new[] { "RecordId", "WrittenAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Revisions_ChangedAt",
                table: "Revisions",
                column: "ChangedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Revisions_EntityId_Number",
                table: "Revisions",
                columns: new[] { "EntityId", "Number" });

            migrationBuilder.CreateIndex(
                name: "IX_SavedViews_Owner_Name",
                table: "SavedViews",
                columns: new[] { "Owner", "Name" },
                unique: true);

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
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "Citations");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "OiaReleaseRevealedRecords");

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
                name: "ReviewComments");

            migrationBuilder.DropTable(
                name: "Revisions");

            migrationBuilder.DropTable(
                name: "SavedViews");

            migrationBuilder.DropTable(
                name: "SlugRedirects");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "Amounts");

            migrationBuilder.DropTable(
                name: "CommitmentOutcome");

            migrationBuilder.DropTable(
                name: "DateClaims");

            migrationBuilder.DropTable(
                name: "Disclosures");

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
