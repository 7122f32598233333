using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PolicyTracker.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class SpansOfDays : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "Date_Until",
                table: "StatusChanges",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "Published_Until",
                table: "Sources",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "Date_Until",
                table: "Records",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "DueBy_Until",
                table: "Records",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "EndDate_Until",
                table: "Records",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "RequestedOn_Until",
                table: "Records",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "RespondedOn_Until",
                table: "Records",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "From_Until",
                table: "PersonRole",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "To_Until",
                table: "PersonRole",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "Since_Until",
                table: "PartyMemberships",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "Date_Until",
                table: "DateClaims",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "Date_Until",
                table: "CommitmentOutcome",
                type: "date",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Date_Until",
                table: "StatusChanges");

            migrationBuilder.DropColumn(
                name: "Published_Until",
                table: "Sources");

            migrationBuilder.DropColumn(
                name: "Date_Until",
                table: "Records");

            migrationBuilder.DropColumn(
                name: "DueBy_Until",
                table: "Records");

            migrationBuilder.DropColumn(
                name: "EndDate_Until",
                table: "Records");

            migrationBuilder.DropColumn(
                name: "RequestedOn_Until",
                table: "Records");

            migrationBuilder.DropColumn(
                name: "RespondedOn_Until",
                table: "Records");

            migrationBuilder.DropColumn(
                name: "From_Until",
                table: "PersonRole");

            migrationBuilder.DropColumn(
                name: "To_Until",
                table: "PersonRole");

            migrationBuilder.DropColumn(
                name: "Since_Until",
                table: "PartyMemberships");

            migrationBuilder.DropColumn(
                name: "Date_Until",
                table: "DateClaims");

            migrationBuilder.DropColumn(
                name: "Date_Until",
                table: "CommitmentOutcome");
        }
    }
}
