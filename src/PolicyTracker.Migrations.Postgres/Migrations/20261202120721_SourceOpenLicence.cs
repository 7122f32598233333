using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PolicyTracker.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class SourceOpenLicence : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "OpenLicence",
                table: "Sources",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "None"); // every source stays not openly licensed until an editor says otherwise

            migrationBuilder.AddColumn<string>(
                name: "OpenLicenceReason",
                table: "Sources",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "OpenLicence",
                table: "Sources");

            migrationBuilder.DropColumn(
                name: "OpenLicenceReason",
                table: "Sources");
        }
    }
}
