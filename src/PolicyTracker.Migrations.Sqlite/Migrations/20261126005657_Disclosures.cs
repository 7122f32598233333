using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PolicyTracker.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Disclosures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "CK_Citations_OneFact",
                table: "Citations");

            migrationBuilder.AddColumn<Guid>(
                name: "DisclosureId",
                table: "Citations",
                type: "TEXT",
                nullable: true);

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

            migrationBuilder.CreateIndex(
                name: "IX_Citations_DisclosureId",
                table: "Citations",
                column: "DisclosureId");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Citations_OneFact",
                table: "Citations",
                sql: "(CASE WHEN \"RecordId\" IS NULL THEN 0 ELSE 1 END) + (CASE WHEN \"StatusChangeId\" IS NULL THEN 0 ELSE 1 END)\n+ (CASE WHEN \"PartyMembershipId\" IS NULL THEN 0 ELSE 1 END) + (CASE WHEN \"DateClaimId\" IS NULL THEN 0 ELSE 1 END)\n+ (CASE WHEN \"CommitmentOutcomeId\" IS NULL THEN 0 ELSE 1 END) + (CASE WHEN \"DisclosureId\" IS NULL THEN 0 ELSE 1 END) = 1");

            migrationBuilder.CreateIndex(
                name: "IX_Disclosures_RecordId",
                table: "Disclosures",
                column: "RecordId");

            migrationBuilder.CreateIndex(
                name: "IX_Disclosures_StatusChangeId",
                table: "Disclosures",
                column: "StatusChangeId");

            migrationBuilder.AddForeignKey(
                name: "FK_Citations_Disclosures_DisclosureId",
                table: "Citations",
                column: "DisclosureId",
                principalTable: "Disclosures",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Citations_Disclosures_DisclosureId",
                table: "Citations");

            migrationBuilder.DropTable(
                name: "Disclosures");

            migrationBuilder.DropIndex(
                name: "IX_Citations_DisclosureId",
                table: "Citations");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Citations_OneFact",
                table: "Citations");

            migrationBuilder.DropColumn(
                name: "DisclosureId",
                table: "Citations");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Citations_OneFact",
                table: "Citations",
                sql: "(CASE WHEN \"RecordId\" IS NULL THEN 0 ELSE 1 END) + (CASE WHEN \"StatusChangeId\" IS NULL THEN 0 ELSE 1 END)\n+ (CASE WHEN \"PartyMembershipId\" IS NULL THEN 0 ELSE 1 END) + (CASE WHEN \"DateClaimId\" IS NULL THEN 0 ELSE 1 END)\n+ (CASE WHEN \"CommitmentOutcomeId\" IS NULL THEN 0 ELSE 1 END) = 1");
        }
    }
}
