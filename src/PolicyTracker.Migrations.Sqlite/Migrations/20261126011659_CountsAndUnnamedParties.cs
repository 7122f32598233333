using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PolicyTracker.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CountsAndUnnamedParties : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "PartOfId",
                table: "Records",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UnnamedParties",
                table: "Records",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Records_PartOfId",
                table: "Records",
                column: "PartOfId");

            migrationBuilder.AddForeignKey(
                name: "FK_Records_Records_PartOfId",
                table: "Records",
                column: "PartOfId",
                principalTable: "Records",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Records_Records_PartOfId",
                table: "Records");

            migrationBuilder.DropIndex(
                name: "IX_Records_PartOfId",
                table: "Records");

            migrationBuilder.DropColumn(
                name: "PartOfId",
                table: "Records");

            migrationBuilder.DropColumn(
                name: "UnnamedParties",
                table: "Records");
        }
    }
}
