namespace Search.Core.Documents;

/// <summary>
/// What a document URL may be: an absolute http(s) URL (the only kind stored as a web address and linked to), or,
/// for a local file without one, its relative path, written so that no browser reads it as a scheme
/// ("javascript:", "data:", "file:"…).
/// </summary>
public static class DocumentUrls
{
    /// <summary>True for an absolute http or https URL with a host.</summary>
    public static bool IsWeb(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && uri.Host.Length > 0;

    /// <summary>The URL of a local file from its relative path: "./" is put first when a ':' comes before any '/', so that no part reads as a scheme.</summary>
    public static string ForLocalPath(string relativePath) => MayReadAsScheme(relativePath) ? "./" + relativePath : relativePath;

    /// <summary>True for a web URL or a relative path that cannot be read as a scheme: what a document may be stored under.</summary>
    public static bool IsStorable(string url) => IsWeb(url) || (url.Length > 0 && !url.StartsWith("//", StringComparison.Ordinal) && !MayReadAsScheme(url));

    private static bool MayReadAsScheme(string url)
    {
        var colon = url.IndexOf(':');
        if (colon < 0) return false;
        var end = url.IndexOfAny(['/', '?', '#', '\\']);
        return end < 0 || colon < end;
    }
}
