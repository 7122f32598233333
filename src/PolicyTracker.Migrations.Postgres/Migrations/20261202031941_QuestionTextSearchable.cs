using Microsoft.EntityFrameworkCore.Migrations;
using NpgsqlTypes;

#nullable disable

namespace PolicyTracker.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class QuestionTextSearchable : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<NpgsqlTsVector>(
                name: "SearchVector",
                table: "Records",
                type: "tsvector",
                nullable: true,
                computedColumnSql: "setweight(to_tsvector('english', coalesce(\"Title\", '')), 'A')\n|| setweight(to_tsvector('english', coalesce(\"Summary\", '') || ' ' || coalesce(\"Text\", '') || ' ' || coalesce(\"QuestionText\", '')), 'B')",
                stored: true,
                oldClrType: typeof(NpgsqlTsVector),
                oldType: "tsvector",
                oldNullable: true,
                oldComputedColumnSql: "setweight(to_tsvector('english', coalesce(\"Title\", '')), 'A')\n|| setweight(to_tsvector('english', coalesce(\"Summary\", '') || ' ' || coalesce(\"Text\", '')), 'B')",
                oldStored: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<NpgsqlTsVector>(
                name: "SearchVector",
                table: "Records",
                type: "tsvector",
                nullable: true,
                computedColumnSql: "setweight(to_tsvector('english', coalesce(\"Title\", '')), 'A')\n|| setweight(to_tsvector('english', coalesce(\"Summary\", '') || ' ' || coalesce(\"Text\", '')), 'B')",
                stored: true,
                oldClrType: typeof(NpgsqlTsVector),
                oldType: "tsvector",
                oldNullable: true,
                oldComputedColumnSql: "setweight(to_tsvector('english', coalesce(\"Title\", '')), 'A')\n|| setweight(to_tsvector('english', coalesce(\"Summary\", '') || ' ' || coalesce(\"Text\", '') || ' ' || coalesce(\"QuestionText\", '')), 'B')",
                oldStored: true);
        }
    }
}
