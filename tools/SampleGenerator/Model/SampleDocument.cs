namespace SampleGenerator.Model;

/// <summary>What every generated publication declares: the sidecar fields plus its body in <see cref="Markup"/>.</summary>
public abstract record SampleDocument
{
    /// <summary>File name inside its kind folder (pdf/ or html/), with extension.</summary>
    public required string FileName { get; init; }
    public required string Title { get; init; }
    public required string Publisher { get; init; }
    /// <summary>ISO date (yyyy-MM-dd).</summary>
    public required string Date { get; init; }
    /// <summary>One of the labels in <see cref="DocumentTypeLabels"/>.</summary>
    public required string Type { get; init; }
    public required IReadOnlyList<string> Themes { get; init; }
    public required string Url { get; init; }
    /// <summary>False for the few files whose metadata must be inferred from their content.</summary>
    public bool HasSidecar { get; init; } = true;
    /// <summary>The text, in the small line-based markup parsed by <see cref="Markup"/>.</summary>
    public required string Body { get; init; }
    /// <summary>A phrase that must read back from the rendered file (checked after generation).</summary>
    public string? CheckPhrase { get; init; }
}

/// <summary>A publication rendered as PDF with PdfPig's builder.</summary>
public sealed record PdfSample : SampleDocument
{
    /// <summary>Running header on pages 2+, e.g. "Bulletin d'information statistique n° 170".</summary>
    public required string RunningHeader { get; init; }
    /// <summary>Footer before " — page i/n"; defaults to <see cref="RunningHeader"/>.</summary>
    public string? FooterLabel { get; init; }
    /// <summary>Small lines printed above the title on page 1 (publisher, collection, date cues).</summary>
    public IReadOnlyList<string> Masthead { get; init; } = [];
    public string? Subtitle { get; init; }
    /// <summary>Lines printed under the title (date cue, authors).</summary>
    public IReadOnlyList<string> Byline { get; init; } = [];
    /// <summary>Info dictionary title: null = <see cref="SampleDocument.Title"/>, "" = none, anything else as given (junk titles).</summary>
    public string? InfoTitle { get; init; }
    public string? InfoAuthor { get; init; }
    /// <summary>When false, the Info dictionary has no dates.</summary>
    public bool InfoDates { get; init; } = true;
    /// <summary>
    /// Body lines may end with a long word split at a syllable ("collecti-" / "vités") or a compound at its
    /// own hyphen ("Île-de-" / "France"); the ground truth keeps the word whole on the line where it starts.
    /// </summary>
    public bool Hyphenate { get; init; }
    /// <summary>"fi", "fl", "ff", "ffi", "ffl" are drawn as the ligature glyphs U+FB00–U+FB04; the ground truth keeps the letters.</summary>
    public bool Ligatures { get; init; }
}

public enum HtmlMeta { None, DublinCore, Citation, OpenGraph, JsonLd }

public enum HtmlEncoding { Utf8, Utf8Bom, Latin1, Latin1HttpEquiv }

/// <summary>A publication page of a publisher's web site.</summary>
public sealed record HtmlSample : SampleDocument
{
    public HtmlMeta Meta { get; init; } = HtmlMeta.None;
    public HtmlEncoding Encoding { get; init; } = HtmlEncoding.Utf8;
    /// <summary>Writes the publication date in a &lt;time datetime&gt; element.</summary>
    public bool TimeElement { get; init; }
    /// <summary>Text shown for the date when <see cref="TimeElement"/> is false (e.g. "Paru le 29/11/2022"); null = none.</summary>
    public string? DateCue { get; init; }
    /// <summary>Breadcrumb labels between the home page and the page itself.</summary>
    public IReadOnlyList<string> Breadcrumb { get; init; } = [];
    public string? Lead { get; init; }
    public (string Url, string Label)? PdfLink { get; init; }
    /// <summary>Uses &lt;article&gt; inside a div instead of &lt;main&gt;.</summary>
    public bool ArticleOnly { get; init; }
}

public static class DocumentTypeLabels
{
    public const string Bis = "Bulletin d'information statistique";
    public const string Publication = "Publication statistique";
    public const string Etude = "Étude";
    public const string Rod = "Rapport d'observations définitives";
    public const string Rapport = "Rapport";
    public const string Methodo = "Note méthodologique";
    public const string Dataset = "Jeu de données";
    public const string Guide = "Guide";
    public const string Page = "Page d'information";
}

public static class Themes
{
    public const string Dotations = "Aide & Dotations";
    public const string Culture = "Culture & Éducation";
    public const string Durable = "Développement durable";
    public const string Emploi = "Emploi & Fonction publique territoriale";
    public const string Finances = "Finances & Fiscalité";
    public const string Geo = "Géographie & Intercommunalités";
    public const string Parite = "Parité";
    public const string Social = "Santé & Social";
    public const string Securite = "Sécurité";
}

/// <summary>Implemented by one class per document under Content/.</summary>
public interface ISampleSource
{
    SampleDocument Create();
}

/// <summary>
/// Marks the documents of the held-out territory-recognition test set (Content/TerritoryTest): written to
/// eval/territories/docs with <c>--territory-test</c>, never to corpus-samples.
/// </summary>
public interface ITerritoryTestSource : ISampleSource;

/// <summary>
/// Marks the documents of the blind territory-recognition split (Content/TerritoryBlind, issue 13): written to
/// eval/territories/docs-blind with <c>--territory-blind</c>, never to corpus-samples. Annotated in
/// tools/Bench/Territories/gold-blind.tsv before the recognizer was first run on them.
/// </summary>
public interface ITerritoryBlindSource : ISampleSource;

/// <summary>
/// Marks the documents of the second blind territory-recognition split (Content/TerritoryBlind2, issue 13): written to
/// eval/territories/docs-blind2 with <c>--territory-blind2</c>, never to corpus-samples. Annotated in
/// tools/Bench/Territories/gold-blind2.tsv before any recognition run on them.
/// </summary>
public interface ITerritoryBlind2Source : ISampleSource;

/// <summary>
/// Marks the documents of the third blind territory-recognition split (Content/TerritoryBlind3, issue 13): written to
/// eval/territories/docs-blind3 with <c>--territory-blind3</c>, never to corpus-samples. Annotated in
/// tools/Bench/Territories/gold-blind3.tsv before any recognition run on them.
/// </summary>
public interface ITerritoryBlind3Source : ISampleSource;

/// <summary>
/// Marks the documents of the fourth blind territory-recognition split (Content/TerritoryBlind4, issue 13): written to
/// eval/territories/docs-blind4 with <c>--territory-blind4</c>, never to corpus-samples. Annotated in
/// tools/Bench/Territories/gold-blind4.tsv before any recognition run on them.
/// </summary>
public interface ITerritoryBlind4Source : ISampleSource;

/// <summary>
/// Marks the documents of the fifth blind territory-recognition split (Content/TerritoryBlind5, issue 13): written to
/// eval/territories/docs-blind5 with <c>--territory-blind5</c>, never to corpus-samples. Annotated in
/// tools/Bench/Territories/gold-blind5.tsv before any recognition run on them.
/// </summary>
public interface ITerritoryBlind5Source : ISampleSource;

/// <summary>
/// Marks the documents of the sixth blind territory-recognition split (Content/TerritoryBlind6, issue 13): written to
/// eval/territories/docs-blind6 with <c>--territory-blind6</c>, never to corpus-samples. Annotated in
/// tools/Bench/Territories/gold-blind6.tsv before any recognition run on them.
/// </summary>
public interface ITerritoryBlind6Source : ISampleSource;

/// <summary>
/// Marks the documents of the seventh blind territory-recognition split (Content/TerritoryBlind7, issue 13): written to
/// eval/territories/docs-blind7 with <c>--territory-blind7</c>, never to corpus-samples. Annotated in
/// tools/Bench/Territories/gold-blind7.tsv before any recognition run on them.
/// </summary>
public interface ITerritoryBlind7Source : ISampleSource;

/// <summary>
/// Marks the documents of the eighth blind territory-recognition split (Content/TerritoryBlind8, issue 13): written to
/// eval/territories/docs-blind8 with <c>--territory-blind8</c>, never to corpus-samples. Annotated in
/// tools/Bench/Territories/gold-blind8.tsv before any recognition run on them.
/// </summary>
public interface ITerritoryBlind8Source : ISampleSource;

/// <summary>
/// Marks the documents of the ninth blind territory-recognition split (Content/TerritoryBlind9, issue 13): written to
/// eval/territories/docs-blind9 with <c>--territory-blind9</c>, never to corpus-samples. Annotated in
/// tools/Bench/Territories/gold-blind9.tsv before any recognition run on them.
/// </summary>
public interface ITerritoryBlind9Source : ISampleSource;

/// <summary>
/// Marks the documents of the tenth blind territory-recognition split (Content/TerritoryBlind10, issue 13): written to
/// eval/territories/docs-blind10 with <c>--territory-blind10</c>, never to corpus-samples. Annotated in
/// tools/Bench/Territories/gold-blind10.tsv before any recognition run on them.
/// </summary>
public interface ITerritoryBlind10Source : ISampleSource;

/// <summary>
/// Marks the documents of the eleventh blind territory-recognition split (Content/TerritoryBlind11, issue 13): written to
/// eval/territories/docs-blind11 with <c>--territory-blind11</c>, never to corpus-samples. Annotated in
/// tools/Bench/Territories/gold-blind11.tsv before any recognition run on them.
/// </summary>
public interface ITerritoryBlind11Source : ISampleSource;

/// <summary>
/// Marks the documents of the twelfth blind territory-recognition split (Content/TerritoryBlind12, issue 13): written to
/// eval/territories/docs-blind12 with <c>--territory-blind12</c>, never to corpus-samples. Annotated in
/// tools/Bench/Territories/gold-blind12.tsv before any recognition run on them.
/// </summary>
public interface ITerritoryBlind12Source : ISampleSource;

/// <summary>
/// Marks the documents of the thirteenth blind territory-recognition split (Content/TerritoryBlind13, issue 13): written to
/// eval/territories/docs-blind13 with <c>--territory-blind13</c>, never to corpus-samples. Annotated in
/// tools/Bench/Territories/gold-blind13.tsv before any recognition run on them.
/// </summary>
public interface ITerritoryBlind13Source : ISampleSource;

/// <summary>
/// Marks the documents of the fourteenth blind territory-recognition split (Content/TerritoryBlind14, issue 13): written to
/// eval/territories/docs-blind14 with <c>--territory-blind14</c>, never to corpus-samples. Annotated in
/// tools/Bench/Territories/gold-blind14.tsv before any recognition run on them.
/// </summary>
public interface ITerritoryBlind14Source : ISampleSource;

/// <summary>
/// Marks the documents of the fifteenth blind territory-recognition split (Content/TerritoryBlind15, issue 13): written to
/// eval/territories/docs-blind15 with <c>--territory-blind15</c>, never to corpus-samples. Annotated in
/// tools/Bench/Territories/gold-blind15.tsv before any recognition run on them.
/// </summary>
public interface ITerritoryBlind15Source : ISampleSource;

/// <summary>
/// Marks the documents of the sixteenth blind territory-recognition split (Content/TerritoryBlind16, issue 13): written to
/// eval/territories/docs-blind16 with <c>--territory-blind16</c>, never to corpus-samples. Annotated in
/// tools/Bench/Territories/gold-blind16.tsv before any recognition run on them.
/// </summary>
public interface ITerritoryBlind16Source : ISampleSource;
