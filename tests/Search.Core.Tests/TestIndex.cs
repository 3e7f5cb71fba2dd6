using Search.Core.Documents;
using Search.Core.Indexing;
using Search.Core.Querying;

namespace Search.Core.Tests;

/// <summary>A real Lucene index in a temporary folder, deleted at the end.</summary>
public sealed class TestIndex : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "search-core-tests-" + Guid.NewGuid().ToString("N"));
    public IndexSearcherProvider Provider { get; }
    public SearchService Service { get; }

    public TestIndex(params SearchDocument[] documents)
    {
        using (var writer = DocumentIndexWriter.Open(Path))
        {
            foreach (var d in documents) writer.Upsert(d);
            writer.Commit();
        }
        Provider = new IndexSearcherProvider(Path);
        Service = new SearchService(Provider);
    }

    public static SearchDocument Doc(string url, string title, string body, string? publisher = null, string? type = null,
        DateOnly? date = null, string? summary = null, params string[] themes) => new()
    {
        Id = DocumentIds.FromUrl(url),
        Url = url,
        Title = title,
        Pages = body.Split('\f'),
        Publisher = publisher,
        Type = type,
        Date = date,
        Summary = summary,
        Themes = themes,
        Format = "pdf",
        IndexedAt = DateTimeOffset.UnixEpoch,
    };

    public void Dispose()
    {
        Provider.Dispose();
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { }
    }
}
