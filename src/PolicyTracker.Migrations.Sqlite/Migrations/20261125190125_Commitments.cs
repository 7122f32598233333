using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PolicyTracker.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Commitments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "CK_Citations_OneFact",
                table: "Citations");

            migrationBuilder.AddColumn<bool>(
                name: "DueBy_Approximate",
                table: "Records",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "DueBy_Precision",
                table: "Records",
                type: "INTEGER",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "DueBy_Start",
                table: "Records",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "MadeById",
                table: "Records",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "MadeByOrganisationId",
                table: "Records",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PromisedTo",
                table: "Records",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "CommitmentOutcomeId",
                table: "Citations",
                type: "TEXT",
                nullable: true);

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
                    Date_Start = table.Column<DateOnly>(type: "TEXT", nullable: true)
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

            migrationBuilder.CreateIndex(
                name: "IX_Records_MadeById",
                table: "Records",
                column: "MadeById");

            migrationBuilder.CreateIndex(
                name: "IX_Records_MadeByOrganisationId",
                table: "Records",
                column: "MadeByOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_Citations_CommitmentOutcomeId",
                table: "Citations",
                column: "CommitmentOutcomeId");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Citations_OneFact",
                table: "Citations",
                sql: "(CASE WHEN \"RecordId\" IS NULL THEN 0 ELSE 1 END) + (CASE WHEN \"StatusChangeId\" IS NULL THEN 0 ELSE 1 END)\n+ (CASE WHEN \"PartyMembershipId\" IS NULL THEN 0 ELSE 1 END) + (CASE WHEN \"DateClaimId\" IS NULL THEN 0 ELSE 1 END)\n+ (CASE WHEN \"CommitmentOutcomeId\" IS NULL THEN 0 ELSE 1 END) = 1");

            migrationBuilder.CreateIndex(
                name: "IX_CommitmentOutcome_CommitmentId_Status",
                table: "CommitmentOutcome",
                columns: new[] { "CommitmentId", "Status" });

            migrationBuilder.AddForeignKey(
                name: "FK_Citations_CommitmentOutcome_CommitmentOutcomeId",
                table: "Citations",
                column: "CommitmentOutcomeId",
                principalTable: "CommitmentOutcome",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Records_Organisations_MadeByOrganisationId",
                table: "Records",
                column: "MadeByOrganisationId",
                principalTable: "Organisations",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Records_People_MadeById",
                table: "Records",
                column: "MadeById",
                principalTable: "People",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Citations_CommitmentOutcome_CommitmentOutcomeId",
                table: "Citations");

            migrationBuilder.DropForeignKey(
                name: "FK_Records_Organisations_MadeByOrganisationId",
                table: "Records");

            migrationBuilder.DropForeignKey(
                name: "FK_Records_People_MadeById",
                table: "Records");

            migrationBuilder.DropTable(
                name: "CommitmentOutcome");

            migrationBuilder.DropIndex(
                name: "IX_Records_MadeById",
                table: "Records");

            migrationBuilder.DropIndex(
                name: "IX_Records_MadeByOrganisationId",
                table: "Records");

            migrationBuilder.DropIndex(
                name: "IX_Citations_CommitmentOutcomeId",
                table: "Citations");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Citations_OneFact",
                table: "Citations");

            migrationBuilder.DropColumn(
                name: "DueBy_Approximate",
                table: "Records");

            migrationBuilder.DropColumn(
                name: "DueBy_Precision",
                table: "Records");

            migrationBuilder.DropColumn(
                name: "DueBy_Start",
                table: "Records");

            migrationBuilder.DropColumn(
                name: "MadeById",
                table: "Records");

            migrationBuilder.DropColumn(
                name: "MadeByOrganisationId",
                table: "Records");

            migrationBuilder.DropColumn(
                name: "PromisedTo",
                table: "Records");

            migrationBuilder.DropColumn(
                name: "CommitmentOutcomeId",
                table: "Citations");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Citations_OneFact",
                table: "Citations",
                sql: "(CASE WHEN \"RecordId\" IS NULL THEN 0 ELSE 1 END) + (CASE WHEN \"StatusChangeId\" IS NULL THEN 0 ELSE 1 END)\n+ (CASE WHEN \"PartyMembershipId\" IS NULL THEN 0 ELSE 1 END) + (CASE WHEN \"DateClaimId\" IS NULL THEN 0 ELSE 1 END) = 1");
        }
    }
}
