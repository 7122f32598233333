using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PolicyTracker.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ArchivedCopiesAndVerifiedQuotations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Pinpoints written before there were kinds were all offered as the source's words: they stay quotations, unverified until their source has an archived copy.
            migrationBuilder.AddColumn<DateTime>(
                name: "ArchivedAt",
                table: "Sources",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PinpointKind",
                table: "Citations",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "Quotation");

            migrationBuilder.AddColumn<string>(
                name: "QuoteExact",
                table: "Citations",
                type: "TEXT",
                maxLength: 1200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "QuotePrefix",
                table: "Citations",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "QuoteSuffix",
                table: "Citations",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "VerifiedCopyId",
                table: "Citations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "SourceCopies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SourceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Origin = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RetrievedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RetrievedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RequestedUrl = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    FinalUrl = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    HttpStatus = table.Column<int>(type: "INTEGER", nullable: true),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    CompressedRaw = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SourceCopies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SourceCopies_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Citations_VerifiedCopyId",
                table: "Citations",
                column: "VerifiedCopyId");

            migrationBuilder.CreateIndex(
                name: "IX_SourceCopies_SourceId_RetrievedAt",
                table: "SourceCopies",
                columns: new[] { "SourceId", "RetrievedAt" });

            migrationBuilder.AddForeignKey(
                name: "FK_Citations_SourceCopies_VerifiedCopyId",
                table: "Citations",
                column: "VerifiedCopyId",
                principalTable: "SourceCopies",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Citations_SourceCopies_VerifiedCopyId",
                table: "Citations");

            migrationBuilder.DropTable(
                name: "SourceCopies");

            migrationBuilder.DropIndex(
                name: "IX_Citations_VerifiedCopyId",
                table: "Citations");

            migrationBuilder.DropColumn(
                name: "ArchivedAt",
                table: "Sources");

            migrationBuilder.DropColumn(
                name: "PinpointKind",
                table: "Citations");

            migrationBuilder.DropColumn(
                name: "QuoteExact",
                table: "Citations");

            migrationBuilder.DropColumn(
                name: "QuotePrefix",
                table: "Citations");

            migrationBuilder.DropColumn(
                name: "QuoteSuffix",
                table: "Citations");

            migrationBuilder.DropColumn(
                name: "VerifiedCopyId",
                table: "Citations");
        }
    }
}
