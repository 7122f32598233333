# Build and publish with the SDK, run on the smaller ASP.NET Core runtime image.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY Directory.Build.props Directory.Packages.props ./
COPY src/PolicyTracker.Core/PolicyTracker.Core.csproj src/PolicyTracker.Core/
COPY src/PolicyTracker.Migrations.Postgres/PolicyTracker.Migrations.Postgres.csproj src/PolicyTracker.Migrations.Postgres/
COPY src/PolicyTracker.Migrations.Sqlite/PolicyTracker.Migrations.Sqlite.csproj src/PolicyTracker.Migrations.Sqlite/
COPY src/PolicyTracker.Web/PolicyTracker.Web.csproj src/PolicyTracker.Web/
RUN dotnet restore src/PolicyTracker.Web/PolicyTracker.Web.csproj
COPY src/ src/
RUN dotnet publish src/PolicyTracker.Web/PolicyTracker.Web.csproj -c Release -o /app --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app .
ENV ASPNETCORE_HTTP_PORTS=8080
EXPOSE 8080
USER $APP_UID
ENTRYPOINT ["dotnet", "PolicyTracker.Web.dll"]
