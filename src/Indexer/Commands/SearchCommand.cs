using System.CommandLine;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Search.Core.Documents;
using Search.Core.Querying;

namespace Search.Indexer.Commands;

/// <summary><c>search "&lt;query&gt;" --index &lt;dir&gt;</c>: ranked hits, or the API's JSON with --json.</summary>
public static partial class SearchCommand
{
    public static Command Create()
    {
        var query = new Argument<string>("query") { Description = "Words (all must match), \"a phrase\", -excluded, a | b, prefix*; empty for filters only.", Arity = ArgumentArity.ZeroOrOne, DefaultValueFactory = _ => "" };
        var index = new Option<string>("--index") { Description = "The index folder.", HelpName = "dir", Required = true };
        var size = new Option<int>("--size") { Description = "Hits per page (1-100).", DefaultValueFactory = _ => 10 };
        var page = new Option<int>("--page") { Description = "Page of results, from 1.", DefaultValueFactory = _ => 1 };
        var sort = new Option<string>("--sort") { Description = "Order of the hits.", DefaultValueFactory = _ => "relevance" }.AcceptOnlyFromAmong("relevance", "date");
        var json = new Option<bool>("--json") { Description = "Print exactly the JSON of GET /api/search." };
        var filters = Schema.FacetFields.Select(f => new Option<string[]>("--" + f) { Description = $"Only documents with this {f} (repeatable: OR).", HelpName = f }).ToList();
        var command = new Command("search", "Prints ranked hits; with --json, exactly the JSON of GET /api/search.") { query, index, size, page, sort, json };
        foreach (var filter in filters) command.Options.Add(filter);
        command.SetAction(parsed => Run(parsed.GetRequiredValue(index), new SearchRequest
        {
            Query = parsed.GetValue(query) ?? "",
            Size = parsed.GetValue(size),
            Page = parsed.GetValue(page),
            Sort = parsed.GetValue(sort) == "date" ? SearchSort.Date : SearchSort.Relevance,
            Filters = filters.Where(f => parsed.GetValue(f) is { Length: > 0 })
                .ToDictionary(f => f.Name[2..], f => (IReadOnlyList<string>)parsed.GetValue(f)!),
        }, parsed.GetValue(json)));
        return command;
    }

    private static int Run(string indexPath, SearchRequest request, bool json)
    {
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
            return CommandLine.UsageError;
        }

        if (json)
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
