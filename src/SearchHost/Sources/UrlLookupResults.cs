using System.Text.Json;
using System.Text.Json.Nodes;
using Search.Core.Querying;
using Search.Host.Documents;
using Search.Pipeline.Crawling;

namespace Search.Host.Sources;

/// <summary>
/// The answer of <c>GET /api/documents?url=</c>: a referenced URL gives the stored document (200, as
/// always) plus <c>referenced</c>, <c>canonicalUrl</c> (the URL it is indexed under) and
/// <c>referrers</c>; any other URL a 404 saying why (<see cref="UrlLookupResult.Reason"/>).
/// </summary>
public static class UrlLookupResults
{
    public static IResult ToResult(UrlLookupResult lookup)
    {
        if (lookup.Document is { } doc)
        {
            var json = JsonSerializer.SerializeToNode(DocumentView.From(doc), SearchJson.Options)!.AsObject();
            json["referenced"] = true;
            json["requestedUrl"] = lookup.RequestedUrl;
            json["canonicalUrl"] = lookup.CanonicalUrl;
            json["referrers"] = new JsonArray(lookup.Referrers.Select(r => (JsonNode?)JsonValue.Create(r)).ToArray());
            json["source"] = lookup.Source;
            return Results.Json(json, SearchJson.Options);
        }
        return Results.Json(new UrlNotReferenced
        {
            Error = $"No document is referenced under the URL '{lookup.RequestedUrl}': {lookup.Detail}",
            Url = lookup.RequestedUrl,
            NormalizedUrl = lookup.NormalizedUrl,
            Reason = lookup.Reason ?? "never-seen",
            Detail = lookup.Detail,
            Rule = lookup.Rule,
            Source = lookup.Source,
            LastVisit = lookup.LastVisit,
            LastStatus = lookup.LastStatus,
        }, SearchJson.Options, statusCode: StatusCodes.Status404NotFound);
    }
}

/// <summary>A 404 of <c>GET /api/documents?url=</c>: the URL is not referenced, and why.</summary>
public sealed record UrlNotReferenced
{
    public required string Error { get; init; }
    public int Status { get; init; } = 404;
    public bool Referenced { get; init; }
    public required string Url { get; init; }
    public string? NormalizedUrl { get; init; }
    public required string Reason { get; init; }
    public string? Detail { get; init; }
    public string? Rule { get; init; }
    public string? Source { get; init; }
    public DateTime? LastVisit { get; init; }
    public int? LastStatus { get; init; }
}
