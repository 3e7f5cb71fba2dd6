namespace Search.Host.Contracts;

/// <summary>
/// The codes of the API's errors that are not about a search's parameters (those are
/// <see cref="Search.Core.Querying.SearchErrors"/>). Every 4xx/5xx answer of the API is an RFC 9457
/// problem details object with one of these in its <c>code</c> member.
/// </summary>
public static class ApiErrors
{
    public const string BadRequest = "bad-request";
    public const string MissingParameter = "missing-parameter";
    public const string NotFound = "not-found";
    public const string Unauthorized = "unauthorized";
    public const string IndexNotReady = "index-not-ready";
    public const string TooManyRequests = "too-many-requests";
    public const string Internal = "internal-error";
}
