using System.Text.Json;
using System.Text.Json.Nodes;
using Search.Core.Querying;
using Search.Host.Contracts;
using Search.Host.Documents;
using Search.Host.Errors;
using Search.Pipeline.Crawling;

namespace Search.Host.Sources;

/// <summary>
/// The answer of <c>GET /api/documents?url=</c>: a referenced URL gives the stored document (200, as
/// always) plus <c>referenced</c>, <c>canonicalUrl</c> (the URL it is indexed under) and
/// <c>referrers</c>; any other URL a 404 problem saying why (<c>reason</c>: <see cref="UrlLookupResult.Reason"/>; <c>detail</c>, <c>rule</c>, <c>lastVisit</c>…).
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
        return ApiProblem.Create(StatusCodes.Status404NotFound, ApiErrors.NotFound,
            $"No document is referenced under the URL '{lookup.RequestedUrl}': {lookup.Detail}",
            new Dictionary<string, object?>
            {
                ["referenced"] = false,
                ["url"] = lookup.RequestedUrl,
                ["normalizedUrl"] = lookup.NormalizedUrl,
                ["reason"] = lookup.Reason ?? "never-seen",
                ["rule"] = lookup.Rule,
                ["source"] = lookup.Source,
                ["lastVisit"] = lookup.LastVisit,
                ["lastStatus"] = lookup.LastStatus,
            });
    }
}
