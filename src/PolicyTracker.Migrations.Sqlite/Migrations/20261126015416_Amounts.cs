using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PolicyTracker.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Amounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "CK_Citations_OneFact",
                table: "Citations");

            migrationBuilder.AddColumn<Guid>(
                name: "AmountId",
                table: "Citations",
                type: "TEXT",
                nullable: true);

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

            migrationBuilder.CreateIndex(
                name: "IX_Citations_AmountId",
                table: "Citations",
                column: "AmountId");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Citations_OneFact",
                table: "Citations",
                sql: "(CASE WHEN \"RecordId\" IS NULL THEN 0 ELSE 1 END) + (CASE WHEN \"StatusChangeId\" IS NULL THEN 0 ELSE 1 END)\n+ (CASE WHEN \"PartyMembershipId\" IS NULL THEN 0 ELSE 1 END) + (CASE WHEN \"DateClaimId\" IS NULL THEN 0 ELSE 1 END)\n+ (CASE WHEN \"CommitmentOutcomeId\" IS NULL THEN 0 ELSE 1 END) + (CASE WHEN \"DisclosureId\" IS NULL THEN 0 ELSE 1 END)\n+ (CASE WHEN \"AmountId\" IS NULL THEN 0 ELSE 1 END) = 1");

            migrationBuilder.CreateIndex(
                name: "IX_Amounts_RecordId",
                table: "Amounts",
                column: "RecordId");

            migrationBuilder.AddForeignKey(
                name: "FK_Citations_Amounts_AmountId",
                table: "Citations",
                column: "AmountId",
                principalTable: "Amounts",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Citations_Amounts_AmountId",
                table: "Citations");

            migrationBuilder.DropTable(
                name: "Amounts");

            migrationBuilder.DropIndex(
                name: "IX_Citations_AmountId",
                table: "Citations");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Citations_OneFact",
                table: "Citations");

            migrationBuilder.DropColumn(
                name: "AmountId",
                table: "Citations");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Citations_OneFact",
                table: "Citations",
                sql: "(CASE WHEN \"RecordId\" IS NULL THEN 0 ELSE 1 END) + (CASE WHEN \"StatusChangeId\" IS NULL THEN 0 ELSE 1 END)\n+ (CASE WHEN \"PartyMembershipId\" IS NULL THEN 0 ELSE 1 END) + (CASE WHEN \"DateClaimId\" IS NULL THEN 0 ELSE 1 END)\n+ (CASE WHEN \"CommitmentOutcomeId\" IS NULL THEN 0 ELSE 1 END) + (CASE WHEN \"DisclosureId\" IS NULL THEN 0 ELSE 1 END) = 1");
        }
    }
}
