using Search.Core.Documents;
using Search.Core.Querying;
using Search.Pipeline.Extraction;
using Search.Pipeline.Indexing;
using Search.Pipeline.Ingest;
using Search.TestSupport;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Search.Pipeline.Tests.Ingest;

public sealed class FolderIngesterTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "ingest-tests-" + Guid.NewGuid().ToString("N"));
    private string Corpus => Path.Combine(_root, "corpus");
    private string IndexPath => Path.Combine(_root, "index");
    private readonly FolderIngester _ingester = new(ExtractorRegistry.InProcess()) { CommitEvery = 2 };

    public FolderIngesterTests()
    {
        Directory.CreateDirectory(Path.Combine(Corpus, "html"));
        Directory.CreateDirectory(Path.Combine(Corpus, "pdf"));
        Write("html/a.html", Html("Les apprentis des collectivités en 2022", "Le nombre d'apprentis recrutés par les communes progresse en 2022."));
        Write("html/a.html.meta.json", """{ "url": "https://dgcl.example/bis/apprentis-2022", "title": "Les apprentis dans les collectivités locales en 2022", "publisher": "DGCL", "date": "2023-11-29", "type": "bulletin", "themes": ["Emploi & Fonction publique territoriale"] }""");
        Write("html/b.html", Html("Fiscalité locale des départements", "La taxe foncière sur les propriétés bâties reste la principale ressource fiscale."));
        WritePdf("pdf/c.pdf", "Budget primitif de la commune", "Les depenses d'investissement de la commune augmentent en 2021.");
        Write("pdf/broken.pdf", "%PDF-1.7\nthis is not a PDF body at all\n");
        Write("notes.txt", "ignored");
    }

    public void Dispose()
    {
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { }
    }

    [Fact]
    public void The_content_hash_is_the_sha256_of_the_file_then_its_sidecar_and_reads_without_a_buffer_per_file()
    {
        // A file larger than the read buffer, so that the hash is fed in several pieces.
        var bytes = new byte[300_000];
        new Random(7).NextBytes(bytes);
        var file = Path.Combine(Corpus, "html", "large.html");
        File.WriteAllBytes(file, bytes);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), FolderIngester.ContentHash(file));
        var sidecar = System.Text.Encoding.UTF8.GetBytes("""{ "title": "Grand fichier" }""");
        File.WriteAllBytes(file + ".meta.json", sidecar);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData([.. bytes, .. sidecar])), FolderIngester.ContentHash(file));
        File.Delete(file + ".meta.json");

        // Every file of an ingest is hashed: its read buffer is the pool's, not an 80 KB array (and a stream's own 4 KB
        // buffer) allocated and cleared for each one (docs/BENCHMARKS.md, "Twenty-third session (ingest23)").
        FolderIngester.ContentHash(file);
        var before = GC.GetAllocatedBytesForCurrentThread();
        FolderIngester.ContentHash(file);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(allocated < 4096, $"hashing a file allocated {allocated} bytes");
    }

    [Fact]
    public void Ingests_a_folder_reports_broken_files_and_is_idempotent()
    {
        var first = _ingester.Ingest(Corpus, IndexPath);
        Assert.Equal(4, first.Files);
        Assert.Equal(3, first.Count(FileOutcome.Added));
        var failure = Assert.Single(first.Failures);
        Assert.Equal("pdf/broken.pdf", failure.Path);
        Assert.False(string.IsNullOrWhiteSpace(failure.Reason));

        using (var provider = new IndexSearcherProvider(IndexPath))
        {
            var search = new SearchService(provider);
            Assert.Equal(3, search.DocumentCount());
            var a = search.GetByUrl("https://dgcl.example/bis/apprentis-2022");
            Assert.NotNull(a);
            Assert.Equal("Les apprentis dans les collectivités locales en 2022", a.Title);
            Assert.Equal("DGCL", a.Publisher);
            Assert.Equal(DocumentTypes.StatisticalBulletin, a.Type);
            Assert.Equal(new DateOnly(2023, 11, 29), a.Date);
            Assert.Equal("html/a.html", a.SourcePath);
            var c = search.GetByUrl("pdf/c.pdf");
            Assert.NotNull(c);
            Assert.Equal("pdf", c.Format);
            Assert.Contains("investissement", c.Body);
            Assert.Equal("pdf/c.pdf", search.Search(new SearchRequest { Query = "depenses investissement commune" }).Hits[0].Url);
        }

        var second = _ingester.Ingest(Corpus, IndexPath);
        Assert.Equal(3, second.Count(FileOutcome.Unchanged));
        Assert.Equal(0, second.Count(FileOutcome.Added) + second.Count(FileOutcome.Updated) + second.Deleted);
        Assert.Single(second.Failures);
        Assert.Equal(3, Count());
    }

    [Fact]
    public void A_list_is_found_by_the_name_its_running_header_gives_it()
    {
        // A list whose pages are headed by its name and whose declared title is a file's name (the réserve parlementaire's
        // annexes): the header, kept once by the extraction, makes it a hit for that name on a real index.
        var rows = Enumerable.Range(1, 6)
            .Select(i => (IReadOnlyList<(double, string)>)[(10, $"MAIRIE {i} 57 - Moselle 2010 5 000 euros"), (10, "Nature de la subvention : rénovation de la salle des fêtes.")])
            .ToList();
        File.WriteAllBytes(Path.Combine(Corpus, "pdf/liste.pdf"),
            Extraction.PdfTestFiles.Build(rows, header: "Senat - Subventions aux collectivites locales", pageNumbers: true, infoTitle: "Annexe P122 - v1909"));
        _ingester.Ingest(Corpus, IndexPath);

        using var provider = new IndexSearcherProvider(IndexPath);
        var search = new SearchService(provider);
        var list = search.GetByUrl("pdf/liste.pdf")!;
        Assert.Equal(1, System.Text.RegularExpressions.Regex.Count(list.Body, "collectivites locales"));
        var found = search.Search(new SearchRequest { Query = "Senat subventions aux collectivités locales" });
        Assert.Equal("pdf/liste.pdf", found.Hits[0].Url);
        Assert.Empty(found.Hits[0].Missing);
    }

    [Fact]
    public void Changed_files_are_replaced_and_deleted_files_removed()
    {
        _ingester.Ingest(Corpus, IndexPath);

        Write("html/b.html", Html("Fiscalité locale des régions", "La cotisation sur la valeur ajoutée des entreprises a été remplacée par une fraction de TVA."));
        File.Delete(Path.Combine(Corpus, "pdf/c.pdf"));
        var run = _ingester.Ingest(Corpus, IndexPath);
        Assert.Equal(1, run.Count(FileOutcome.Updated));
        Assert.Equal(1, run.Deleted);
        Assert.Equal(2, Count());

        using var provider = new IndexSearcherProvider(IndexPath);
        var search = new SearchService(provider);
        Assert.Equal("Fiscalité locale des régions", search.GetByUrl("html/b.html")!.Title);
        Assert.Null(search.GetByUrl("pdf/c.pdf"));
        Assert.Equal(0, search.Search(new SearchRequest { Query = "propriétés bâties" }).Total);
    }

    [Fact]
    public void A_new_url_in_the_sidecar_replaces_the_old_document()
    {
        _ingester.Ingest(Corpus, IndexPath);
        Write("html/a.html.meta.json", """{ "url": "https://dgcl.example/bis/apprentis-2022-v2", "title": "Les apprentis en 2022", "publisher": "DGCL" }""");
        var run = _ingester.Ingest(Corpus, IndexPath);
        Assert.Equal(1, run.Count(FileOutcome.Added));
        Assert.Equal(1, run.Deleted);
        using var provider = new IndexSearcherProvider(IndexPath);
        var search = new SearchService(provider);
        Assert.Null(search.GetByUrl("https://dgcl.example/bis/apprentis-2022"));
        Assert.NotNull(search.GetByUrl("https://dgcl.example/bis/apprentis-2022-v2"));
    }

    [Fact]
    public void A_malformed_sidecar_is_reported_and_the_file_still_indexed()
    {
        Write("html/b.html.meta.json", "{ this is not json");
        var run = _ingester.Ingest(Corpus, IndexPath);
        var b = run.Reports.Single(r => r.Path == "html/b.html");
        Assert.Equal(FileOutcome.Added, b.Outcome);
        Assert.Contains("sidecar", b.Reason);
        Assert.Equal(3, Count());
    }

    [Theory]
    [InlineData("javascript:alert(document.cookie)")]
    [InlineData(" JavaScript:alert(1)")]
    [InlineData("java\tscript:alert(1)")]
    [InlineData("data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==")]
    [InlineData("vbscript:msgbox(1)")]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://dgcl.example/bis/fiscalite.html")]
    [InlineData("//autre-site.example/fiscalite.html")]
    [InlineData("fiscalite.html")]
    [InlineData("https://")]
    public void A_sidecar_url_that_is_not_http_is_dropped_with_a_warning_and_the_rest_kept(string url)
    {
        Write("html/b.html.meta.json", System.Text.Json.JsonSerializer.Serialize(new { url, title = "Fiscalité des départements, édition 2024", publisher = "DGFiP" }));
        var run = _ingester.Ingest(Corpus, IndexPath);
        var b = run.Reports.Single(r => r.Path == "html/b.html");
        Assert.Equal(FileOutcome.Added, b.Outcome);
        Assert.StartsWith("sidecar url ignored: ", b.Reason);
        Assert.Contains("is not an http(s) URL", b.Reason);

        using var provider = new IndexSearcherProvider(IndexPath);
        var search = new SearchService(provider);
        var doc = search.GetByUrl("html/b.html");
        Assert.NotNull(doc);
        Assert.Equal("Fiscalité des départements, édition 2024", doc.Title);
        Assert.Equal("DGFiP", doc.Publisher);
        Assert.All(search.Search(new SearchRequest { Query = "" }).Hits, h => Assert.True(DocumentUrls.IsStorable(h.Url), h.Url));
    }

    [Fact]
    public void A_local_path_that_would_read_as_a_scheme_is_stored_behind_dot_slash()
    {
        Directory.CreateDirectory(Path.Combine(Corpus, "javascript:alert(1)"));
        Write("javascript:alert(1)/d.html", Html("Dotations de l'État", "La dotation globale de fonctionnement des communes."));
        var run = _ingester.Ingest(Corpus, IndexPath);
        Assert.Equal(FileOutcome.Added, run.Reports.Single(r => r.Path == "javascript:alert(1)/d.html").Outcome);
        using var provider = new IndexSearcherProvider(IndexPath);
        var search = new SearchService(provider);
        var doc = search.GetByUrl("./javascript:alert(1)/d.html");
        Assert.NotNull(doc);
        Assert.Equal("javascript:alert(1)/d.html", doc.SourcePath);
        Assert.Null(search.GetByUrl("javascript:alert(1)/d.html"));
    }

    [Fact]
    public void A_year_alone_in_a_sidecar_reaches_the_year_facet_and_the_year_filter()
    {
        Write("html/b.html.meta.json", """{ "date": "2019" }""");
        _ingester.Ingest(Corpus, IndexPath);
        using var provider = new IndexSearcherProvider(IndexPath);
        var search = new SearchService(provider);
        var b = search.GetByUrl("html/b.html")!;
        Assert.Null(b.Date);
        Assert.Equal(2019, b.Year);
        var all = search.Search(new SearchRequest { Query = "" });
        Assert.Contains(new FacetValue("2019", 1), all.Facets[Schema.Year]);
        var filtered = search.Search(new SearchRequest { Query = "", Filters = new Dictionary<string, IReadOnlyList<string>> { [Schema.Year] = ["2019"] } });
        Assert.Equal("html/b.html", Assert.Single(filtered.Hits).Url);
        Assert.Equal(2019, filtered.Hits[0].Year);
        var range = search.Search(new SearchRequest { Query = "", YearFrom = 2018, YearTo = 2019 });
        Assert.Contains(range.Hits, h => h.Url == "html/b.html");
    }

    [Fact]
    public void After_a_pipeline_upgrade_every_file_is_extracted_again_and_the_index_stamped_with_the_new_version()
    {
        _ingester.Ingest(Corpus, IndexPath);
        Assert.Equal(IndexingSession.PipelineVersion, IndexingSession.VersionOf(IndexPath));
        OlderIndex.Simulate(IndexPath);
        Assert.Equal(OlderIndex.Version, IndexingSession.VersionOf(IndexPath));

        var upgrade = _ingester.Ingest(Corpus, IndexPath);
        Assert.Equal(3, upgrade.Count(FileOutcome.Updated));
        Assert.Equal(IndexingSession.PipelineVersion, IndexingSession.VersionOf(IndexPath));
        using (var provider = new IndexSearcherProvider(IndexPath))
            Assert.StartsWith(IndexingSession.HashPrefix, new SearchService(provider).GetByUrl("pdf/c.pdf")!.ContentHash);
        Assert.Equal(3, _ingester.Ingest(Corpus, IndexPath).Count(FileOutcome.Unchanged));
    }

    [Fact]
    public void A_first_ingest_on_two_threads_flushes_one_segment_and_merges_nothing()
    {
        for (var i = 0; i < 40; i++)
            Write($"html/page-{i:D2}.html", Html($"Dotations des communes, fiche {i}", $"La dotation forfaitaire de la commune numéro {i} baisse en 2021."));
        var ingester = new FolderIngester(ExtractorRegistry.InProcess()) { Parallelism = 2 };
        Assert.Equal(1, FolderIngester.WriteThreads(2));

        var summary = ingester.Ingest(Corpus, IndexPath);

        Assert.Equal(43, summary.Count(FileOutcome.Added));
        // Both threads' documents went to one writing thread: one in-memory segment, flushed once as the index's first
        // segment. Each thread writing its own gave two (_0, _1), merged into a third (_2) by the ingest's last step.
        Assert.Equal(["_0.si"], Directory.GetFiles(IndexPath, "*.si").Select(f => Path.GetFileName(f)!).Order().ToArray());
        Assert.Equal(43, Count());
    }

    [Fact]
    public void A_document_the_index_refuses_is_reported_failed_and_the_others_are_indexed()
    {
        // A web address over Lucene's 32,766 bytes a term: extracted, refused by the writer (on its writing thread).
        var url = "https://dgcl.example/" + new string('x', 40_000);
        Write("html/b.html.meta.json", $$"""{ "url": "{{url}}" }""");
        var ingester = new FolderIngester(ExtractorRegistry.InProcess()) { Parallelism = 2 };

        var summary = ingester.Ingest(Corpus, IndexPath);

        Assert.Equal(2, summary.Failures.Count());
        var refused = Assert.Single(summary.Failures, f => f.Path == "html/b.html");
        Assert.Contains("immense term", refused.Reason);
        Assert.Equal(2, summary.Count(FileOutcome.Added));
        Assert.Equal(2, Count());
        // Nothing of it was kept: the next run tries it again.
        Assert.Single(ingester.Ingest(Corpus, IndexPath).Failures, f => f.Path == "html/b.html");
    }

    [Fact]
    public void Progress_is_reported_for_every_file()
    {
        var seen = new List<IngestProgress>();
        _ingester.Ingest(Corpus, IndexPath, new InlineProgress<IngestProgress>(seen.Add));
        Assert.Equal(4, seen.Count);
        Assert.Equal(Enumerable.Range(1, 4), seen.Select(p => p.Done));
        Assert.All(seen, p => Assert.Equal(4, p.Total));
        Assert.Equal(1, seen[^1].Errors);
    }

    [Fact]
    public void The_workers_take_the_pdfs_spread_among_the_pages_in_their_relative_orders()
    {
        var pages = Enumerable.Range(0, 12).Select(k => $"/c/html/{k:00}.html").ToList();
        var pdfs = Enumerable.Range(0, 3).Select(k => $"/c/pdf/{k}.PDF").ToList();
        var order = FolderIngester.WorkOrder([.. pages, .. pdfs]);

        Assert.Equal(pages.Concat(pdfs).Order(StringComparer.Ordinal), order.Order(StringComparer.Ordinal));
        Assert.Equal(pages, order.Where(f => f.EndsWith(".html", StringComparison.Ordinal)));
        Assert.Equal(pdfs, order.Where(f => f.EndsWith(".PDF", StringComparison.Ordinal)));
        // 12 pages for 3 PDFs: one PDF in the middle of each run of 4 pages, none first nor last.
        Assert.Equal([2, 7, 12], pdfs.Select(p => order.ToList().IndexOf(p)));

        // Nothing to spread: the list as it is.
        Assert.Equal(pages, FolderIngester.WorkOrder(pages));
        Assert.Equal(pdfs, FolderIngester.WorkOrder(pdfs));
        Assert.Empty(FolderIngester.WorkOrder([]));
        // More PDFs than pages: the pages are spread among them the same way round.
        var few = FolderIngester.WorkOrder(["/c/a.html", "/c/p1.pdf", "/c/p2.pdf", "/c/p3.pdf", "/c/p4.pdf"]);
        Assert.Equal(["/c/p1.pdf", "/c/p2.pdf", "/c/a.html", "/c/p3.pdf", "/c/p4.pdf"], few);
    }

    [Fact]
    public void The_workers_take_the_largest_pdfs_first()
    {
        Directory.CreateDirectory(Path.Combine(Corpus, "big"));
        var sizes = new[] { ("big/a.pdf", 10), ("big/b.pdf", 3000), ("big/c.pdf", 200), ("big/d.pdf", 3000) };
        foreach (var (name, size) in sizes) File.WriteAllBytes(Path.Combine(Corpus, name), new byte[size]);
        var pages = Enumerable.Range(0, 8).Select(k => Path.Combine(Corpus, "big", $"{k}.html")).ToList();
        var pdfs = sizes.Select(s => Path.Combine(Corpus, s.Item1)).ToList();

        var order = FolderIngester.WorkOrder([.. pages, .. pdfs]);

        // By decreasing size, the path order on a tie; still spread among the pages, which keep their order.
        Assert.Equal(["b.pdf", "d.pdf", "c.pdf", "a.pdf"], order.Where(f => f.EndsWith(".pdf", StringComparison.Ordinal)).Select(Path.GetFileName));
        Assert.Equal(pages, order.Where(f => f.EndsWith(".html", StringComparison.Ordinal)));
        Assert.Equal([1, 4, 7, 10], order.Select((f, k) => (f, k)).Where(x => x.f.EndsWith(".pdf", StringComparison.Ordinal)).Select(x => x.k));
        Assert.Equal(["b.pdf", "d.pdf", "c.pdf", "a.pdf"], FolderIngester.WorkOrder(pdfs).Select(Path.GetFileName));
    }

    [Fact]
    public void A_thread_that_would_wait_for_the_pdf_worker_takes_a_page_instead()
    {
        Directory.CreateDirectory(Path.Combine(Corpus, "q"));
        var sizes = new[] { ("q/a.pdf", 10), ("q/b.pdf", 3000), ("q/c.pdf", 200) };
        foreach (var (name, size) in sizes) File.WriteAllBytes(Path.Combine(Corpus, name), new byte[size]);
        var pdfs = sizes.Select(s => Path.Combine(Corpus, s.Item1)).ToList();
        var pages = Enumerable.Range(0, 3).Select(k => Path.Combine(Corpus, "q", $"{k}.html")).ToList();
        var queue = new FolderIngester.WorkQueue([.. pages, .. pdfs], threads: 2, pdfConcurrency: 1);
        Assert.Equal(6, queue.Count);

        string Take(out Action extracted)
        {
            Assert.True(queue.TryTake(out var file, out extracted));
            return Path.GetFileName(file);
        }

        // The worker is free: the largest PDF first, though pages come first in path order.
        Assert.Equal("b.pdf", Take(out var bDone));
        // Its extraction runs: the next threads get pages, in path order, not a PDF to wait on.
        Assert.Equal("0.html", Take(out var p0));
        p0(); // (a page's callback frees nothing)
        Assert.Equal("1.html", Take(out _));
        // The extraction over (its callback is idempotent), the next PDF goes out.
        bDone();
        bDone();
        Assert.Equal("c.pdf", Take(out _));
        Assert.Equal("2.html", Take(out _));
        // No page left: a PDF is handed out though the worker is busy (the thread will wait for it).
        Assert.Equal("a.pdf", Take(out _));
        Assert.False(queue.TryTake(out _, out _));
    }

    [Fact]
    public void Without_a_limit_on_pdf_extraction_the_threads_follow_the_work_order()
    {
        var pages = Enumerable.Range(0, 12).Select(k => $"/c/html/{k:00}.html").ToList();
        var pdfs = Enumerable.Range(0, 3).Select(k => $"/c/pdf/{k}.PDF").ToList();
        foreach (var limit in new int?[] { null, 2, 4 })
        {
            var queue = new FolderIngester.WorkQueue([.. pages, .. pdfs], threads: 2, pdfConcurrency: limit);
            var taken = new List<string>();
            while (queue.TryTake(out var file, out _)) taken.Add(file); // nothing ever said extracted: no limit applies
            Assert.Equal(FolderIngester.WorkOrder([.. pages, .. pdfs]), taken);
        }
    }

    private int Count()
    {
        using var provider = new IndexSearcherProvider(IndexPath);
        return new SearchService(provider).DocumentCount();
    }

    private void Write(string relative, string content) => File.WriteAllText(Path.Combine(Corpus, relative), content);

    private static string Html(string title, string paragraph) =>
        $"<!doctype html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>{title}</title></head>" +
        $"<body><nav><a href=\"/\">Accueil</a></nav><main><h1>{title}</h1><p>{paragraph}</p></main><footer>Mentions légales</footer></body></html>";

    private void WritePdf(string relative, string title, string body)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        page.AddText(title, 16, new UglyToad.PdfPig.Core.PdfPoint(60, 760), font);
        page.AddText(body, 11, new UglyToad.PdfPig.Core.PdfPoint(60, 720), font);
        File.WriteAllBytes(Path.Combine(Corpus, relative), builder.Build());
    }
}
