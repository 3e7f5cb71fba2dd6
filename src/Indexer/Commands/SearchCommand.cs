using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Search.Core.Documents;
using Search.Core.Querying;

namespace Search.Indexer.Commands;

/// <summary><c>search "&lt;query&gt;" --index &lt;dir&gt;</c>: ranked hits, or the API's JSON with --json.</summary>
public static partial class SearchCommand
{
    public static int Run(Arguments args)
    {
        args.AllowOnly("index", "size", "page", "sort", "json", Schema.Publisher, Schema.Type, Schema.Year, Schema.Theme);
        if (args.Positional.Count > 1) throw new UsageException("search takes one query; put it in quotes.");
        var indexPath = args.Required("index");
        var sort = args.One("sort") switch
        {
            null or "relevance" => SearchSort.Relevance,
            "date" => SearchSort.Date,
            var other => throw new UsageException($"--sort must be relevance or date, not '{other}'."),
        };
        var request = new SearchRequest
        {
            Query = args.Positional.FirstOrDefault() ?? "",
            Size = args.Int("size", 10),
            Page = args.Int("page", 1),
            Sort = sort,
            Filters = Schema.FacetFields.Where(f => args.All(f).Count > 0).ToDictionary(f => f, f => args.All(f)),
        };

        using var provider = new IndexSearcherProvider(indexPath);
        if (!provider.IsOpen)
        {
            Console.Error.WriteLine($"error: no index at {indexPath}; build it with: Indexer index <folder> --index {indexPath}");
            return 1;
        }
        SearchResponse response;
        try
        {
            response = new SearchService(provider).Search(request);
        }
        catch (InvalidSearchRequestException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 2;
        }

        if (args.Flag("json"))
        {
            Console.WriteLine(JsonSerializer.Serialize(response, SearchJson.Options));
            return 0;
        }
        Print(response);
        return 0;
    }

    private static void Print(SearchResponse r)
    {
        var first = (r.Page - 1) * r.Size + 1;
        Console.WriteLine(r.Total == 0
            ? $"No document matches \"{r.Query}\" ({r.TookMs} ms)."
            : $"{r.Total} documents match \"{r.Query}\"; {first}-{first + r.Hits.Count - 1} ({r.TookMs} ms):");
        var rank = first;
        foreach (var hit in r.Hits)
        {
            Console.WriteLine();
            Console.WriteLine($"{rank++,3}. {hit.Title}  [{hit.Score:0.00}]");
            Console.WriteLine($"     {string.Join(" · ", new[] { hit.Publisher, hit.Type, hit.Date }.Where(x => !string.IsNullOrEmpty(x)))}");
            Console.WriteLine($"     {hit.Url}{(hit.Page is { } p ? $"#page={p}" : "")}");
            Console.WriteLine($"     {PlainSnippet(hit.Snippet)}");
        }
    }

    [GeneratedRegex("</?mark>")]
    private static partial Regex MarkTag();

    /// <summary>The snippet for a terminal: matches in brackets, entities decoded.</summary>
    private static string PlainSnippet(string html) =>
        WebUtility.HtmlDecode(MarkTag().Replace(html, m => m.Value == "<mark>" ? "[" : "]"));
}
