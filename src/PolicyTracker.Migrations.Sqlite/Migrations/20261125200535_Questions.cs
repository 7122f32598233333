using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PolicyTracker.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Questions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AskedBy",
                table: "Records",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "AskedOfId",
                table: "Records",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "AskedOfOrganisationId",
                table: "Records",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "QuestionText",
                table: "Records",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ReferredToId",
                table: "Records",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "RespondedOn_Approximate",
                table: "Records",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RespondedOn_Precision",
                table: "Records",
                type: "INTEGER",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "RespondedOn_Start",
                table: "Records",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Response",
                table: "Records",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Records_AskedOfId",
                table: "Records",
                column: "AskedOfId");

            migrationBuilder.CreateIndex(
                name: "IX_Records_AskedOfOrganisationId",
                table: "Records",
                column: "AskedOfOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_Records_ReferredToId",
                table: "Records",
                column: "ReferredToId");

            migrationBuilder.AddForeignKey(
                name: "FK_Records_Organisations_AskedOfOrganisationId",
                table: "Records",
                column: "AskedOfOrganisationId",
                principalTable: "Organisations",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Records_People_AskedOfId",
                table: "Records",
                column: "AskedOfId",
                principalTable: "People",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Records_People_ReferredToId",
                table: "Records",
                column: "ReferredToId",
                principalTable: "People",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Records_Organisations_AskedOfOrganisationId",
                table: "Records");

            migrationBuilder.DropForeignKey(
                name: "FK_Records_People_AskedOfId",
                table: "Records");

            migrationBuilder.DropForeignKey(
                name: "FK_Records_People_ReferredToId",
                table: "Records");

            migrationBuilder.DropIndex(
                name: "IX_Records_AskedOfId",
                table: "Records");

            migrationBuilder.DropIndex(
                name: "IX_Records_AskedOfOrganisationId",
                table: "Records");

            migrationBuilder.DropIndex(
                name: "IX_Records_ReferredToId",
                table: "Records");

            migrationBuilder.DropColumn(
                name: "AskedBy",
                table: "Records");

            migrationBuilder.DropColumn(
                name: "AskedOfId",
                table: "Records");

            migrationBuilder.DropColumn(
                name: "AskedOfOrganisationId",
                table: "Records");

            migrationBuilder.DropColumn(
                name: "QuestionText",
                table: "Records");

            migrationBuilder.DropColumn(
                name: "ReferredToId",
                table: "Records");

            migrationBuilder.DropColumn(
                name: "RespondedOn_Approximate",
                table: "Records");

            migrationBuilder.DropColumn(
                name: "RespondedOn_Precision",
                table: "Records");

            migrationBuilder.DropColumn(
                name: "RespondedOn_Start",
                table: "Records");

            migrationBuilder.DropColumn(
                name: "Response",
                table: "Records");
        }
    }
}
