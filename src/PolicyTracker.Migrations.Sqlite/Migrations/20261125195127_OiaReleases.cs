using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PolicyTracker.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class OiaReleases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "AgencyId",
                table: "Records",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "RequestedOn_Approximate",
                table: "Records",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RequestedOn_Precision",
                table: "Records",
                type: "INTEGER",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "RequestedOn_Start",
                table: "Records",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Requester",
                table: "Records",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Withheld",
                table: "Records",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WithholdingGrounds",
                table: "Records",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Records_AgencyId",
                table: "Records",
                column: "AgencyId");

            migrationBuilder.AddForeignKey(
                name: "FK_Records_Organisations_AgencyId",
                table: "Records",
                column: "AgencyId",
                principalTable: "Organisations",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Records_Organisations_AgencyId",
                table: "Records");

            migrationBuilder.DropIndex(
                name: "IX_Records_AgencyId",
                table: "Records");

            migrationBuilder.DropColumn(
                name: "AgencyId",
                table: "Records");

            migrationBuilder.DropColumn(
                name: "RequestedOn_Approximate",
                table: "Records");

            migrationBuilder.DropColumn(
                name: "RequestedOn_Precision",
                table: "Records");

            migrationBuilder.DropColumn(
                name: "RequestedOn_Start",
                table: "Records");

            migrationBuilder.DropColumn(
                name: "Requester",
                table: "Records");

            migrationBuilder.DropColumn(
                name: "Withheld",
                table: "Records");

            migrationBuilder.DropColumn(
                name: "WithholdingGrounds",
                table: "Records");
        }
    }
}
