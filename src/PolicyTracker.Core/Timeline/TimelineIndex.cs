namespace PolicyTracker.Core.Timeline;

/// <summary>
/// The index the timeline is read through: the state, then <see cref="TimelineOrder"/>, so a page of the timeline is
/// read in index order, forwards or backwards. EF Core cannot declare an index on a complex property's columns, so
/// the baseline migrations create it with this statement, and the baseline upgrade adds it where it is missing.
/// A SQLite migration that rebuilds the records table drops it (EF Core rebuilds only the indexes it knows): such a
/// migration must run this statement again (MigrationTests checks that it is there).
/// </summary>
public static class TimelineIndex
{
    public const string CreateSql =
        """
        CREATE INDEX IF NOT EXISTS "IX_Records_Timeline" ON "Records"
        ("State", ("Date_Start" IS NULL), "Date_Start", "Date_Precision", "Date_Approximate", "Title", "Id");
        """;
}
