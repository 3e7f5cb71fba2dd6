using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;
using Search.Core.Analysis;
using Search.Core.Territories;

namespace Search.Core.Documents;

/// <summary>
/// The index schema: field names, how each is indexed and stored, and the mapping between
/// <see cref="SearchDocument"/> and Lucene documents. The only place that knows field names.
/// </summary>
public static class Schema
{
    // Identity and provenance (exact tokens, stored).
    public const string Id = "id";
    public const string Url = "url";
    public const string Origin = "origin";
    public const string SourcePath = "path";
    public const string ContentHash = "hash";

    // Full text. "Stemmed" fields use the French analysis chain; "*_exact" fields are folded but not
    // stemmed, for exact-form boosts, prefixes and typo tolerance.
    public const string Title = "title";
    public const string TitleExact = "title_exact";
    public const string Summary = "summary";
    public const string Body = "body";          // multi-valued: one value per page, stored
    public const string BodyExact = "body_exact";
    public const string Meta = "meta";
    // The synonym data's multi-word expressions found in a text field, one term per occurrence (PhrasePostings): not stored,
    // frequencies only; an exact phrase of such an expression is matched from them instead of from the field's positions.
    public const string TitlePhrases = "title_phrases";
    public const string TitleExactPhrases = "title_exact_phrases";
    public const string BodyPhrases = "body_phrases";
    public const string BodyExactPhrases = "body_exact_phrases";
    public const string SummaryPhrases = "summary_phrases";
    public const string MetaPhrases = "meta_phrases";
    public const string FileNamePhrases = "file_phrases";
    public const string DescriptionPhrases = "desc_phrases";
    public const string PhraseSet = "phrase_set";   // StringField on every document whose phrase fields were written: which expressions they hold
    public const string FileName = "file";          // the words of the file name or the URL's last segment (FileNameWords)
    public const string Description = "desc";       // what the document is, in readers' words (DocumentDescription)
    public const string Series = "series";        // stored and exact; its words also go to meta
    public const string Language = "language";          // publisher, type, year and themes as searchable words

    // Facets and filters: StringField (filter) + SortedSetDocValues (counting).
    public const string Publisher = "publisher";
    public const string Type = "type";
    public const string Year = "year";
    public const string Theme = "theme";
    public const string CoveredYear = "covered_year";   // years the figures describe: StringField (matched by a year query), stored, SortedSetDocValues
    public static readonly IReadOnlyList<string> FacetFields = [Publisher, Type, Year, Theme];

    // Territories (see Territories/TerritoryFields): "level:code" keys.
    public const string TerritoryTree = "territory";               // about + ancestors: filter (StringField) and facet (SortedSetDocValues)
    public const string TerritoryAbout = "territory_about";        // exact "about" keys
    public const string TerritoryMentioned = "territory_mentioned"; // exact "mentioned" keys
    public const string TerritoryMentionedTree = "territory_mentioned_tree"; // mentioned + ancestors: a weak ranking signal
    public const string TerritoriesJson = "territories";          // stored JSON for display

    // Sorting and display.
    public const string Duplicates = "dup_sig";     // BinaryDocValues: DuplicateSignature (content, title key, MinHash of the text)
    public const string DateSort = "date_sort";   // NumericDocValues yyyymmdd, 0 when unknown
    public const string Date = "date";
    public const string Format = "format";
    public const string TextStatus = "text_status";
    public const string OcrPages = "ocr_pages";          // stored only: pages whose text comes from OCR
    public const string SizeBytes = "size";
    public const string IndexedAt = "indexed_at";

    /// <summary>The body keeps offsets in its postings: snippets are cut from them without re-analysis.</summary>
    private static readonly FieldType BodyType = CreateBodyType();

    private static FieldType CreateBodyType()
    {
        var type = new FieldType(TextField.TYPE_STORED) { IndexOptions = Lucene.Net.Index.IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS };
        type.Freeze();
        return type;
    }

    /// <summary>Text fields analysed with the stemmed French chain.</summary>
    public static readonly IReadOnlyList<string> StemmedTextFields = [Title, Summary, Body, Meta, FileName, Description];

    /// <summary>Text fields analysed with the exact (folded, unstemmed) chain.</summary>
    public static readonly IReadOnlyList<string> ExactTextFields = [TitleExact, BodyExact];

    public static Document ToLucene(SearchDocument doc)
    {
        var d = new Document
        {
            new StringField(Id, doc.Id, Field.Store.YES),
            new StringField(Url, doc.Url, Field.Store.YES),
            new TextField(Title, doc.Title, Field.Store.YES),
            new TextField(TitleExact, doc.Title, Field.Store.NO),
            new StringField(Format, doc.Format, Field.Store.YES),
            new StringField(TextStatus, doc.TextStatus, Field.Store.YES),
            new Int64Field(SizeBytes, doc.SizeBytes, Field.Store.YES),
            new StoredField(IndexedAt, doc.IndexedAt.ToString("O", CultureInfo.InvariantCulture)),
        };
        // A name printed at the top of every page, searched as a title when it says something the title does not.
        if (RunningTitleWords(doc.Title, doc.RunningTitle) is { } running)
        {
            d.Add(new TextField(Title, running, Field.Store.NO));
            d.Add(new TextField(TitleExact, running, Field.Store.NO));
        }
        if (doc.Origin is not null) d.Add(new StringField(Origin, doc.Origin, Field.Store.YES));
        if (doc.SourcePath is not null) d.Add(new StringField(SourcePath, doc.SourcePath, Field.Store.YES));
        if (doc.ContentHash is not null) d.Add(new StringField(ContentHash, doc.ContentHash, Field.Store.YES));
        if (!string.IsNullOrWhiteSpace(doc.Summary)) d.Add(new TextField(Summary, doc.Summary, Field.Store.YES));
        if (!string.IsNullOrWhiteSpace(doc.Language)) d.Add(new StringField(Language, doc.Language, Field.Store.YES));
        foreach (var page in doc.OcrPages.Distinct().Order()) d.Add(new StoredField(OcrPages, page));

        foreach (var page in doc.Pages)
        {
            // Every page is a value, empty ones too, so that value i is page i+1.
            d.Add(new Field(Body, page, BodyType));
            if (page.Length > 0) d.Add(new TextField(BodyExact, page, Field.Store.NO));
        }

        var meta = new List<string>();
        AddFacet(d, Publisher, doc.Publisher, meta);
        AddFacet(d, Type, doc.Type, meta);
        AddFacet(d, Year, doc.Year?.ToString(CultureInfo.InvariantCulture), meta);
        foreach (var theme in doc.Themes.Distinct()) AddFacet(d, Theme, theme, meta);
        foreach (var year in doc.CoveredYears.Distinct().Order())
        {
            var value = year.ToString("D4", CultureInfo.InvariantCulture);
            d.Add(new StringField(CoveredYear, value, Field.Store.YES));
            d.Add(new SortedSetDocValuesField(CoveredYear, new BytesRef(value)));
        }
        if (!string.IsNullOrWhiteSpace(doc.Series))
        {
            d.Add(new StringField(Series, doc.Series.Trim(), Field.Store.YES));
            meta.Add(doc.Series.Trim());
        }
        if (meta.Count > 0) d.Add(new TextField(Meta, string.Join(" . ", meta), Field.Store.NO));
        if (FileNameWords(doc.Url) is { Length: > 0 } fileWords) d.Add(new TextField(FileName, fileWords, Field.Store.NO));
        if (DocumentDescription.Of(doc) is { Length: > 0 } description) d.Add(new TextField(Description, description, Field.Store.NO));

        Territories.TerritoryFields.AddTo(d, doc.Territories);
        d.Add(new BinaryDocValuesField(Duplicates, new BytesRef(DuplicateSignature.Of(doc))));
        // A year alone sorts before the dated documents of its year.
        d.Add(new NumericDocValuesField(DateSort, doc.Date is { } date ? date.Year * 10000L + date.Month * 100 + date.Day : doc.Year * 10000L ?? 0));
        if (doc.Date is { } dd) d.Add(new StringField(Date, dd.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Field.Store.YES));
        return d;
    }

    /// <summary>
    /// The words of a document's file name, or of its URL's last segment: a description its publisher wrote
    /// ("fiche-action-cot-reemploi.pdf", "jo_1512-an-rattachement-2016.pdf"). Without the extension, the query string and
    /// the separators; empty when the URL has no such segment. A word written as two joined words ("granddebat") is
    /// followed by its two words (<see cref="JoinedWords"/>, this machine's word list and the gazetteer).
    /// </summary>
    public static string FileNameWords(string url) => FileNameWords(url, FrenchLexicon.Folded, Gazetteer.Default);

    /// <summary><see cref="FileNameWords(string)"/> with a given word list and gazetteer (an empty list splits nothing).</summary>
    public static string FileNameWords(string url, FoldedWords lexicon, Gazetteer? gazetteer)
    {
        var path = DocumentUrls.IsWeb(url) && Uri.TryCreate(url, UriKind.Absolute, out var web) ? web.AbsolutePath : url;
        var cut = path.IndexOfAny(['?', '#']);
        if (cut >= 0) path = path[..cut];
        var segment = path.TrimEnd('/', '\\');
        segment = segment[(segment.LastIndexOfAny(['/', '\\']) + 1)..];
        if (segment.Length == 0) return "";
        try { segment = Uri.UnescapeDataString(segment); }
        catch (UriFormatException) { }
        var dot = segment.LastIndexOf('.');
        if (dot > 0 && segment.Length - dot <= 5) segment = segment[..dot];
        var words = new System.Text.StringBuilder(segment.Length);
        foreach (var c in segment) words.Append(char.IsLetterOrDigit(c) ? c : ' ');
        var list = new List<string>();
        foreach (var word in words.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            list.Add(word);
            if (JoinedWords(word, lexicon, gazetteer) is { } parts) list.AddRange(parts);
        }
        return string.Join(' ', list);
    }

    /// <summary>The shortest part <see cref="JoinedWords"/> accepts: 5 letters ("department" is no "départ" + "ment").</summary>
    public const int JoinedWordPart = 5;

    /// <summary>
    /// The two words a file name's word is made of when its publisher wrote them joined ("granddebat": "grand", "debat"),
    /// or null: a word of letters that the word list lacks (accents ignored), that starts no place name of the gazetteer
    /// ("bellegarde" is a commune, "villefranche" starts several), and that splits in exactly one way into two words of the list of at
    /// least <see cref="JoinedWordPart"/> letters each.
    /// </summary>
    public static string[]? JoinedWords(string word, FoldedWords lexicon, Gazetteer? gazetteer)
    {
        if (word.Length < 2 * JoinedWordPart || lexicon.Count == 0 || !word.All(char.IsLetter)) return null;
        var folded = Querying.QueryText.Fold(word.ToLowerInvariant());
        if (folded.Length != word.Length || lexicon.Contains(folded) || gazetteer?.StartingWith(folded) != null) return null;
        string[]? found = null;
        for (var cut = JoinedWordPart; cut <= folded.Length - JoinedWordPart; cut++)
        {
            if (!lexicon.Contains(folded[..cut]) || !lexicon.Contains(folded[cut..])) continue;
            if (found != null) return null; // two readings: none is sure
            found = [word[..cut], word[cut..]];
        }
        return found;
    }

    /// <summary>The running title (<see cref="SearchDocument.RunningTitle"/>) when it holds a word of two letters or more the title lacks
    /// (folded), else null: "Sénat - Subventions aux collectivités locales" under "Annexe Réserve parlementaire Senat - P122 - v1909".</summary>
    public static string? RunningTitleWords(string title, string? running)
    {
        // A running line with a number ("Texte 133 sur 157", a list's year) or in capitals is a page's masthead, the journal's name
        // every issue prints ("JOURNAL OFFICIEL DE LA RÉPUBLIQUE FRANÇAISE"), not the document's own.
        if (string.IsNullOrWhiteSpace(running) || running.Any(char.IsDigit) || !running.Any(char.IsLower)) return null;
        static IEnumerable<string> Words(string text) => Querying.QueryText.FoldedWords(text).Where(w => w.Length >= 2);
        var own = Words(title).ToHashSet(StringComparer.Ordinal);
        return Words(running).Any(w => !own.Contains(w)) ? running.Trim() : null;
    }

    /// <summary>
    /// The first stored value of each of a few fields that <see cref="ToLucene"/> stores before the pages (<see cref="Id"/>,
    /// <see cref="Url"/>, <see cref="Title"/>), read without the rest: the reader stops once each has its value, so the pages
    /// are not decoded, and those of a long document (compressed in slices) not even decompressed. A field the document
    /// lacks stays null (the whole document is then read through, as a <see cref="DocumentStoredFieldVisitor"/> would).
    /// </summary>
    public sealed class LeadingStoredFields(params string[] fields) : StoredFieldVisitor
    {
        private readonly Dictionary<string, string> _values = new(fields.Length, StringComparer.Ordinal);

        public string? this[string field] => _values.GetValueOrDefault(field);

        public override Status NeedsField(Lucene.Net.Index.FieldInfo fieldInfo) =>
            _values.Count == fields.Length ? Status.STOP
            : Array.IndexOf(fields, fieldInfo.Name) >= 0 && !_values.ContainsKey(fieldInfo.Name) ? Status.YES
            : Status.NO;

        public override void StringField(Lucene.Net.Index.FieldInfo fieldInfo, string value) => _values.TryAdd(fieldInfo.Name, value);
    }

    private static void AddFacet(Document d, string field, string? value, List<string> meta)
    {
        if (string.IsNullOrWhiteSpace(value)) return;
        value = value.Trim();
        d.Add(new StringField(field, value, Field.Store.YES));
        d.Add(new SortedSetDocValuesField(field, new BytesRef(value)));
        meta.Add(value);
    }

    /// <summary>When a document was indexed: the round-trip form <see cref="ToLucene"/> writes, read by its exact format
    /// first (the general parser tries every form it knows), else as any date; default when none.</summary>
    private static DateTimeOffset IndexedAtOf(string? stored) =>
        DateTimeOffset.TryParseExact(stored, "O", CultureInfo.InvariantCulture, DateTimeStyles.None, out var exact) ? exact
        : DateTimeOffset.TryParse(stored, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) ? at : default;

    public static SearchDocument FromLucene(Document d, bool withPages = true)
    {
        var date = d.Get(Date) is { } ds && DateOnly.TryParseExact(ds, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
            ? parsed
            : (DateOnly?)null;
        return new SearchDocument
        {
            Id = d.Get(Id),
            Url = d.Get(Url),
            Title = d.Get(Title) ?? "",
            Publisher = d.Get(Publisher),
            Type = d.Get(Type),
            Date = date,
            Year = int.TryParse(d.Get(Year), NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : null,
            Themes = d.GetValues(Theme),
            CoveredYears = d.GetValues(CoveredYear).Select(v => int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : 0).Where(y => y > 0).ToList(),
            Summary = d.Get(Summary),
            Series = d.Get(Series),
            Language = d.Get(Language),
            Pages = withPages ? d.GetValues(Body) : [],
            Format = d.Get(Format) ?? "",
            TextStatus = d.Get(TextStatus) ?? TextStatuses.Ok,
            OcrPages = d.GetFields(OcrPages).Select(f => f.GetInt32Value() ?? 0).Where(p => p > 0).ToList(),
            Origin = d.Get(Origin),
            SourcePath = d.Get(SourcePath),
            ContentHash = d.Get(ContentHash),
            SizeBytes = d.GetField(SizeBytes)?.GetInt64Value() ?? 0,
            Territories = Territories.TerritoryFields.Read(d),
            IndexedAt = IndexedAtOf(d.Get(IndexedAt)),
        };
    }
}
