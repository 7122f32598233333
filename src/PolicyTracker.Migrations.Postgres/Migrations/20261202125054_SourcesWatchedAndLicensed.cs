using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PolicyTracker.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class SourcesWatchedAndLicensed : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "OpenLicence",
                table: "Sources",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "None"); // every source stays not openly licensed until an editor says otherwise

            migrationBuilder.AddColumn<string>(
                name: "OpenLicenceReason",
                table: "Sources",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "WordsFoundInCopyId",
                table: "Records",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "LinkWatchRuns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RequestedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    StartedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    FinishedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Total = table.Column<int>(type: "integer", nullable: false),
                    Checked = table.Column<int>(type: "integer", nullable: false),
                    Outcome = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LinkWatchRuns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SourceLinks",
                columns: table => new
                {
                    SourceId = table.Column<Guid>(type: "uuid", nullable: false),
                    Address = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    StatusSince = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CheckedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Detail = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    MovedTo = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    HttpStatus = table.Column<int>(type: "integer", nullable: true),
                    ETag = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    LastModified = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    FailingSince = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    FailedChecks = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SourceLinks", x => x.SourceId);
                    table.ForeignKey(
                        name: "FK_SourceLinks_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LinkWatchRuns_RequestedAt",
                table: "LinkWatchRuns",
                column: "RequestedAt");

            migrationBuilder.CreateIndex(
                name: "IX_SourceLinks_Status",
                table: "SourceLinks",
                column: "Status");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LinkWatchRuns");

            migrationBuilder.DropTable(
                name: "SourceLinks");

            migrationBuilder.DropColumn(
                name: "OpenLicence",
                table: "Sources");

            migrationBuilder.DropColumn(
                name: "OpenLicenceReason",
                table: "Sources");

            migrationBuilder.DropColumn(
                name: "WordsFoundInCopyId",
                table: "Records");
        }
    }
}
