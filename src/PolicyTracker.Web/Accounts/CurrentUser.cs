using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using PolicyTracker.Core.Common;

namespace PolicyTracker.Web.Accounts;

/// <summary>
/// The signed-in user behind the current change. In a plain request that is the request's user; inside an
/// interactive circuit there is no request, so <see cref="CircuitUserTracker"/> hands over the circuit's user.
/// Outside both (start-up), it is "system", with no role.
/// </summary>
public sealed class CurrentUser(IHttpContextAccessor accessor) : IActor
{
    private ClaimsPrincipal? circuitUser;

    public ClaimsPrincipal? Principal => circuitUser ?? accessor.HttpContext?.User;

    public string Name => Principal?.Identity is { IsAuthenticated: true, Name: { } name } ? name : "system";

    public bool IsInRole(string role) => Principal?.Identity?.IsAuthenticated == true && Principal.IsInRole(role);

    internal void SetCircuitUser(ClaimsPrincipal user) => circuitUser = user;
}

/// <summary>Before each piece of circuit work, refreshes <see cref="CurrentUser"/> from the circuit's authentication state.</summary>
internal sealed class CircuitUserTracker(AuthenticationStateProvider authentication, CurrentUser currentUser) : CircuitHandler
{
    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
        async context =>
        {
            currentUser.SetCircuitUser((await authentication.GetAuthenticationStateAsync()).User);
            await next(context);
        };
}
