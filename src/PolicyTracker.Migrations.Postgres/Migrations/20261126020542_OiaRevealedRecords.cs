using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PolicyTracker.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class OiaRevealedRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "OiaReleaseRevealedRecords",
                columns: table => new
                {
                    OiaReleaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordId = table.Column<Guid>(type: "uuid", nullable: false)
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

            migrationBuilder.CreateIndex(
                name: "IX_OiaReleaseRevealedRecords_RecordId",
                table: "OiaReleaseRevealedRecords",
                column: "RecordId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OiaReleaseRevealedRecords");
        }
    }
}
