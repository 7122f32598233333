using Microsoft.EntityFrameworkCore.Migrations;
using NpgsqlTypes;

#nullable disable

namespace PolicyTracker.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class TitleSearchVector : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<NpgsqlTsVector>(
                name: "TitleVector",
                table: "Records",
                type: "tsvector",
                nullable: true,
                computedColumnSql: "to_tsvector('english', coalesce(\"Title\", ''))",
                stored: true);

            migrationBuilder.CreateIndex(
                name: "IX_Records_TitleVector",
                table: "Records",
                column: "TitleVector")
                .Annotation("Npgsql:IndexMethod", "GIN");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Records_TitleVector",
                table: "Records");

            migrationBuilder.DropColumn(
                name: "TitleVector",
                table: "Records");
        }
    }
}
