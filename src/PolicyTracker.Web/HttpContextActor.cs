using PolicyTracker.Core.Common;

namespace PolicyTracker.Web;

/// <summary>The signed-in user making a change, or "system" for work done outside a request (start-up, sample data).</summary>
public sealed class HttpContextActor(IHttpContextAccessor accessor) : IActor
{
    public string Name => accessor.HttpContext?.User.Identity?.Name ?? "system";
}
