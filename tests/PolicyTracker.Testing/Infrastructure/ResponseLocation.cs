namespace PolicyTracker.Tests.Infrastructure;

public static class ResponseLocation
{
    /// <summary>The path a redirect points to, whether its Location is absolute or (as the sign-in redirects are) relative.</summary>
    public static string LocationPath(this HttpResponseMessage response)
    {
        var location = response.Headers.Location ?? throw new InvalidOperationException($"A {(int)response.StatusCode} without a Location.");
        return location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString.Split('?')[0];
    }
}
