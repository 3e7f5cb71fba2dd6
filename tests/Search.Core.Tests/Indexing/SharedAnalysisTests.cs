using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Search.Core.Analysis;
using Search.Core.Documents;
using Search.Core.Indexing;

namespace Search.Core.Tests.Indexing;

/// <summary>
/// The index-time shortcuts of the analysis (a table-driven lower case, one analysis shared by a field and its exact
/// twin, one reusable stream for keyword fields) must not change a single indexed term: an index written by <see cref="DocumentIndexWriter"/> is compared,
/// term by term and posting by posting (documents, frequencies, positions, offsets) and norm by norm, with one written
/// the plain way by Lucene's own filters.
/// </summary>
public sealed class SharedAnalysisTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "shared-analysis-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        try { System.IO.Directory.Delete(_root, recursive: true); } catch (IOException) { }
    }

    /// <summary>The chains as they were written with Lucene's LowerCaseFilter, each field analysed on its own.</summary>
    private sealed class ReferenceChain(bool stem) : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var source = new StandardTokenizer(FrenchAnalyzers.Version, reader);
            var rows = new TableRowGapFilter(source);
            TokenStream result = new AcronymDotFilter(rows);
            result = new ElisionFilter(result, FrenchAnalyzer.DEFAULT_ARTICLES);
            result = new LowerCaseFilter(FrenchAnalyzers.Version, result);
            result = new StopFilter(FrenchAnalyzers.Version, result, FrenchAnalyzers.StopWords);
            result = new ASCIIFoldingFilter(result);
            if (stem) result = new ShortWordStemFilter(new FrenchMinimalStemFilter(new StemmerOverrideFilter(result, StemOverrides)));
            return new TableRowGapFilter.Components(source, result, rows, reader);
        }

        protected override TextReader InitReader(string fieldName, TextReader reader) => TableRowGapFilter.Prepare(fieldName, reader);

        public override int GetPositionIncrementGap(string fieldName) => FrenchAnalyzers.ValueGap;
        public override int GetOffsetGap(string fieldName) => 1;
    }

    /// <summary>The stem exceptions through Lucene's own filter (an FST, case-sensitive), as they were first applied.</summary>
    private static readonly StemmerOverrideFilter.StemmerOverrideMap StemOverrides = BuildStemOverrides();

    private static StemmerOverrideFilter.StemmerOverrideMap BuildStemOverrides()
    {
        var builder = new StemmerOverrideFilter.Builder(ignoreCase: false);
        foreach (var (form, term) in StemExceptions.Pairs) builder.Add(form, term);
        return builder.Build();
    }

    private static readonly Analyzer Reference = new PerFieldAnalyzerWrapper(
        new ReferenceChain(stem: true), Schema.ExactTextFields.ToDictionary(f => f, _ => (Analyzer)new ReferenceChain(stem: false)));

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Search.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }

    /// <summary>Texts with what can go wrong at a value's edges: trailing stop words and elisions, empty pages, long tokens, odd letters.</summary>
    private static readonly string[] EdgeTexts =
    [
        "", " ", "la", "Le budget de la commune de", "l'", "L’État et l'EPCI d'", "E.P.C.I. et C.C.A.S. ; S.A.R.L.",
        "ΟΔΟΣ Σίσυφος ΣΊΣΥΦΟΣ", "İstanbul ǅemal ǈ ǋ ß ẞ ﬁnances Ωmega K Å", "𐐀𐐨 😀 budget 𝒜𝒷𝒸 ÉTÉ", "fonctionnement fonctions élues élus rues",
        new string('x', 300) + " dépense " + new string('é', 260), "M14 M57 2022 1er 3ème n° 170 (38250) 12,5 % 1 200 €",
        "Départements\nrégions\tcommunes — « intercommunalités » … à où été",
        // The stem exceptions, each form as listed, in capitals and with its term, amid words the stemmers change.
        "Années ANNÉES annees l'année d'entrées Haute-Savoie SAVOIE retraitées portes porte partir parties moyennes cours "
            + string.Join(" ", StemExceptions.Pairs.SelectMany(p => new[] { p.Form, p.Form.ToUpperInvariant(), p.Term, p.Form + "s", "dépenses" })),
    ];

    private static IEnumerable<string> CorpusTexts()
    {
        var root = RepoRoot();
        foreach (var file in System.IO.Directory.EnumerateFiles(Path.Combine(root, "corpus-samples", "ground-truth")).Order(StringComparer.Ordinal))
            yield return File.ReadAllText(file);
        foreach (var file in System.IO.Directory.EnumerateFiles(Path.Combine(root, "corpus-samples", "html"), "*.html").Order(StringComparer.Ordinal))
        {
            var html = File.ReadAllText(file, System.Text.Encoding.Latin1);
            yield return System.Net.WebUtility.HtmlDecode(Regex.Replace(html, "<[^>]+>", " "));
        }
    }

    private static List<SearchDocument> Documents()
    {
        var texts = CorpusTexts().ToList();
        var docs = new List<SearchDocument>();
        for (var i = 0; i < texts.Count; i++)
        {
            var text = texts[i];
            var title = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.Trim() ?? "";
            // Pages: paragraphs grouped by three, with an empty page and a repeated one now and then.
            var paragraphs = text.Split("\n\n");
            var pages = paragraphs.Chunk(3).Select(c => string.Join("\n\n", c)).ToList();
            if (i % 4 == 0) pages.Insert(Math.Min(1, pages.Count), "");
            if (i % 5 == 0 && pages.Count > 0) pages.Add(pages[0]);
            var doc = Doc($"corpus/{i}", title, pages, summary: text.Length > 300 ? text[..300] : text);
            // Territory keys (many keyword fields a document): what the recognizer finds in the text.
            docs.Add(doc with { Territories = Search.Core.Territories.TerritoryRecognizer.Default.Recognize(title, doc.Summary, pages) });
        }
        for (var i = 0; i < EdgeTexts.Length; i++)
        {
            var t = EdgeTexts[i];
            docs.Add(Doc($"edge/{i}", t, [t, EdgeTexts[(i + 1) % EdgeTexts.Length], "", t], summary: t));
        }
        docs.Add(Doc("edge/no-pages", "Sans pages", []));
        return docs;
    }

    private static SearchDocument Doc(string url, string title, IReadOnlyList<string> pages, string? summary = null) => new()
    {
        Id = DocumentIds.FromUrl(url),
        Url = url,
        Title = title,
        Pages = pages,
        Summary = summary,
        Publisher = "DGCL",
        Type = "Étude",
        Date = new DateOnly(2022, 11, 29),
        Themes = ["Finances locales", "Fonction publique territoriale"],
        Series = "BIS n° 170",
        Format = "html",
        IndexedAt = DateTimeOffset.UnixEpoch,
    };

    [Fact]
    public void The_table_lower_case_is_lucenes_for_every_code_unit_and_for_mixed_tokens()
    {
        var lucene = CharacterUtils.GetInstance(FrenchAnalyzers.Version);
        var one = new char[1];
        var two = new char[1];
        for (var c = 0; c < 65536; c++)
        {
            if (char.IsSurrogate((char)c)) continue;
            one[0] = two[0] = (char)c;
            lucene.ToLower(one, 0, 1);
            FastLowerCaseFilter.LowerCase(two, 1);
            Assert.Equal(one[0], two[0]);
        }
        // Whole tokens: the mapping does not depend on neighbours (final sigma, dotted I), surrogate pairs go to Lucene.
        var random = new Random(17);
        var pool = Enumerable.Range(0, 65536).Where(c => !char.IsSurrogate((char)c)).Select(c => (char)c).ToArray();
        var specials = "ΣσςİIıiÉéŒœẞß\uD801\uDC00\uD835\uDC9C";
        for (var n = 0; n < 200_000; n++)
        {
            var length = random.Next(1, 10);
            var token = new char[length];
            for (var k = 0; k < length; k++) token[k] = random.Next(4) == 0 ? specials[random.Next(specials.Length)] : pool[random.Next(pool.Length)];
            var expected = (char[])token.Clone();
            lucene.ToLower(expected, 0, length);
            FastLowerCaseFilter.LowerCase(token, length);
            Assert.Equal(new string(expected), new string(token));
        }
    }

    [Fact]
    public void The_chains_give_the_terms_positions_and_offsets_of_lucenes_own_filters()
    {
        var texts = CorpusTexts().Concat(EdgeTexts).ToList();
        foreach (var (field, analyzer) in new[] { (Schema.Body, FrenchAnalyzers.Stemmed), (Schema.BodyExact, FrenchAnalyzers.Exact) })
        {
            foreach (var text in texts)
                Assert.Equal(Tokens(Reference, field, text), Tokens(analyzer, field, text));
        }
    }

    private static List<string> Tokens(Analyzer analyzer, string field, string text)
    {
        var result = new List<string>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        var offset = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.IOffsetAttribute>();
        var increment = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.IPositionIncrementAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) result.Add($"{term}|{offset.StartOffset}-{offset.EndOffset}|+{increment.PositionIncrement}");
        stream.End();
        result.Add($"end|{offset.StartOffset}-{offset.EndOffset}|+{increment.PositionIncrement}");
        return result;
    }

    [Fact]
    public void An_index_written_with_shared_analysis_has_every_term_posting_and_norm_of_a_plain_one()
    {
        var (plainPath, sharedPath) = WriteBoth();

        using var plain = DirectoryReader.Open(FSDirectory.Open(plainPath));
        using var shared = DirectoryReader.Open(FSDirectory.Open(sharedPath));
        var a = plain.Leaves.Single().AtomicReader;
        var b = shared.Leaves.Single().AtomicReader;
        Assert.Equal(a.MaxDoc, b.MaxDoc);
        // Same documents in the same order (ids), so doc numbers can be compared.
        for (var doc = 0; doc < a.MaxDoc; doc++) Assert.Equal(a.Document(doc).Get(Schema.Id), b.Document(doc).Get(Schema.Id));

        var fields = a.Fields.ToList();
        // (The phrase fields are the shared analysis's own: PhrasePostings, compared with Lucene's phrases below.)
        Assert.Equal(fields, b.Fields.Where(f => !PhraseFields.Contains(f)).ToList());
        Assert.Contains(Schema.BodyPhrases, b.Fields);
        Assert.Contains(Schema.PhraseSet, b.Fields);
        Assert.Contains(Schema.TerritoryMentioned, fields);
        CompareFields(a, b, fields);
    }

    private static readonly string[] PhraseFields =
    [
        Schema.TitlePhrases, Schema.TitleExactPhrases, Schema.BodyPhrases, Schema.BodyExactPhrases, Schema.SummaryPhrases, Schema.MetaPhrases,
        Schema.FileNamePhrases, Schema.DescriptionPhrases, Schema.PhraseSet,
    ];

    [Fact]
    public void Each_expression_indexed_as_a_term_has_the_documents_and_frequencies_of_lucenes_exact_phrase()
    {
        var (plainPath, sharedPath) = WriteBoth();
        using var plain = DirectoryReader.Open(FSDirectory.Open(plainPath));
        using var shared = DirectoryReader.Open(FSDirectory.Open(sharedPath));
        var a = plain.Leaves.Single();
        var b = shared.Leaves.Single();
        // Every document holds this process's set: the segment is read from its phrase fields.
        Assert.True(PhrasePostings.Covers(b.AtomicReader));
        Assert.False(PhrasePostings.Covers(a.AtomicReader));
        var searcher = new IndexSearcher(plain);
        long occurrences = 0, phrasesFound = 0, startingAfterStopWord = 0;
        var byField = new Dictionary<string, long>();
        foreach (var field in new[] { Schema.Title, Schema.TitleExact, Schema.Body, Schema.BodyExact, Schema.Summary, Schema.Meta, Schema.FileName, Schema.Description })
        {
            var companion = b.AtomicReader.GetTerms(PhrasePostings.CompanionOf(field)!)?.GetEnumerator();
            foreach (var (key, terms, positions) in PhrasePostings.Indexed(field))
            {
                if (positions[0] > 0) startingAfterStopWord++;
                // Lucene's own exact phrase scorer, over the index written by Lucene's own filters.
                var phrase = new PhraseQuery();
                for (var i = 0; i < terms.Length; i++) phrase.Add(new Term(field, terms[i]), positions[i]);
                var expected = new SortedDictionary<int, int>();
                if (searcher.CreateNormalizedWeight(phrase).GetScorer(a, null) is { } scorer)
                    for (var doc = scorer.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = scorer.NextDoc()) expected[doc] = scorer.Freq;
                var actual = new SortedDictionary<int, int>();
                if (companion is not null && companion.SeekExact(new BytesRef(key)))
                {
                    var docs = companion.Docs(null, null, DocsFlags.FREQS);
                    for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc()) actual[doc] = docs.Freq;
                }
                Assert.True(expected.SequenceEqual(actual), $"{field} \"{key}\": Lucene {string.Join(",", expected)}; indexed {string.Join(",", actual)}");
                occurrences += expected.Values.Sum();
                if (expected.Count > 0) phrasesFound++;
                byField[field] = byField.GetValueOrDefault(field) + expected.Values.Sum();
            }
        }
        foreach (var field in new[] { Schema.Title, Schema.TitleExact, Schema.Body, Schema.BodyExact, Schema.Summary, Schema.Meta })
            Assert.True(byField.GetValueOrDefault(field) > 0, $"no expression compared in {field}");
        Assert.True(occurrences > 1_000 && phrasesFound > 100, $"only {occurrences} occurrences of {phrasesFound} phrases compared");
        Assert.True(startingAfterStopWord > 0, "no expression starts after a stop word");
    }

    [Fact]
    public void A_search_scores_an_expression_from_its_indexed_term_as_from_its_positions()
    {
        var (plainPath, sharedPath) = WriteBoth();
        using var plainProvider = new Search.Core.Querying.IndexSearcherProvider(plainPath);
        using var sharedProvider = new Search.Core.Querying.IndexSearcherProvider(sharedPath);
        var positions = new Search.Core.Querying.SearchService(plainProvider);
        var indexed = new Search.Core.Querying.SearchService(sharedProvider);
        var expressions = 0;
        foreach (var query in new[] { "intercommunalité", "communauté de communes budget", "EPCI fiscalité", "élus locaux", "aide sociale départements", "DGF intercommunalités" })
        {
            var request = new Search.Core.Querying.SearchRequest { Query = query, Size = 20 };
            var x = positions.Search(request);
            var y = indexed.Search(request);
            Assert.Equal(x.Total, y.Total);
            Assert.Equal(x.Hits.Select(h => h.Id), y.Hits.Select(h => h.Id));
            // The same scores but for the order in which a conjunction adds its clauses' (it sorts them by their cost).
            foreach (var (hx, hy) in x.Hits.Zip(y.Hits)) Assert.Equal(hx.Score, hy.Score, hx.Score * 1e-6);
            if (x.Total > 0) expressions++;
        }
        Assert.True(expressions >= 4, "too few queries with an answer");
    }

    private (string Plain, string Shared) WriteBoth()
    {
        var docs = Documents();
        var plainPath = Path.Combine(_root, "plain");
        var sharedPath = Path.Combine(_root, "shared");
        using (var directory = FSDirectory.Open(plainPath))
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(FrenchAnalyzers.Version, Reference) { Similarity = IndexSettings.Similarity }))
        {
            foreach (var d in docs) writer.UpdateDocument(new Term(Schema.Id, d.Id), Schema.ToLucene(d));
            writer.ForceMerge(1);
            writer.Commit();
        }
        using (var writer = DocumentIndexWriter.Open(sharedPath))
        {
            foreach (var d in docs) writer.Upsert(d);
            writer.Commit();
        }
        using (var w = new IndexWriter(FSDirectory.Open(sharedPath), IndexSettings.WriterConfig()))
        {
            w.ForceMerge(1);
            w.Commit();
        }
        return (plainPath, sharedPath);
    }

    private static void CompareFields(AtomicReader a, AtomicReader b, List<string> fields)
    {
        var compared = 0L;
        foreach (var field in fields)
        {
            var ta = a.GetTerms(field).GetEnumerator();
            var tb = b.GetTerms(field).GetEnumerator();
            DocsAndPositionsEnum? pa = null, pb = null;
            DocsEnum? da = null, db = null;
            while (ta.MoveNext())
            {
                Assert.True(tb.MoveNext(), $"{field}: {ta.Term.Utf8ToString()} missing");
                Assert.Equal(ta.Term.Utf8ToString(), tb.Term.Utf8ToString());
                Assert.Equal(ta.DocFreq, tb.DocFreq);
                Assert.Equal(ta.TotalTermFreq, tb.TotalTermFreq);
                pa = ta.DocsAndPositions(null, pa, DocsAndPositionsFlags.OFFSETS);
                pb = tb.DocsAndPositions(null, pb, DocsAndPositionsFlags.OFFSETS);
                if (pa is null)
                {
                    Assert.Null(pb);
                    da = ta.Docs(null, da, DocsFlags.FREQS);
                    db = tb.Docs(null, db, DocsFlags.FREQS);
                    for (var doc = da.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = da.NextDoc())
                    {
                        Assert.Equal(doc, db.NextDoc());
                        Assert.Equal(da.Freq, db.Freq);
                    }
                    Assert.Equal(DocIdSetIterator.NO_MORE_DOCS, db.NextDoc());
                    continue;
                }
                Assert.NotNull(pb);
                for (var doc = pa.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = pa.NextDoc())
                {
                    Assert.Equal(doc, pb.NextDoc());
                    Assert.Equal(pa.Freq, pb.Freq);
                    for (var k = 0; k < pa.Freq; k++)
                    {
                        Assert.Equal(pa.NextPosition(), pb.NextPosition());
                        Assert.Equal(pa.StartOffset, pb.StartOffset);
                        Assert.Equal(pa.EndOffset, pb.EndOffset);
                        compared++;
                    }
                }
                Assert.Equal(DocIdSetIterator.NO_MORE_DOCS, pb.NextDoc());
            }
            Assert.False(tb.MoveNext(), $"{field}: extra terms");

            var na = a.GetNormValues(field);
            var nb = b.GetNormValues(field);
            Assert.Equal(na is null, nb is null);
            if (na is not null)
                for (var doc = 0; doc < a.MaxDoc; doc++) Assert.Equal(na.Get(doc), nb!.Get(doc));
        }
        Assert.True(compared > 50_000, $"only {compared} positions compared");
        // The stored pages are still there.
        for (var doc = 0; doc < a.MaxDoc; doc++)
            Assert.Equal(a.Document(doc).GetValues(Schema.Body), b.Document(doc).GetValues(Schema.Body));
    }
}
