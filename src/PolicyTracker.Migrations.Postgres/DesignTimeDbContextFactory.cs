using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using PolicyTracker.Core.Data;

namespace PolicyTracker.Migrations.Postgres;

/// <summary>Lets `dotnet ef migrations add` build the model for this provider without starting the web app.</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<PolicyTrackerDbContext>
{
    public PolicyTrackerDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PolicyTrackerDbContext>();
        options.UsePolicyTrackerDatabase(DatabaseProvider.Postgres, "Host=localhost;Database=policytracker_design");
        return new PolicyTrackerDbContext(options.Options);
    }
}
