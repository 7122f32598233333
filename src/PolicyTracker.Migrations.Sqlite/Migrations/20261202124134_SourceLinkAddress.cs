using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PolicyTracker.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SourceLinkAddress : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Address",
                table: "SourceLinks",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Address",
                table: "SourceLinks");
        }
    }
}
