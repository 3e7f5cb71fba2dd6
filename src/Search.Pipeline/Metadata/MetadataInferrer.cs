using System.Text.RegularExpressions;
using Search.Core.Documents;
using Search.Pipeline.Extraction;

namespace Search.Pipeline.Metadata;

/// <summary>
/// Merges metadata in this order of trust: sidecar, what the file declares, what the text and the file
/// name suggest (French cues for dates, publishers and document types).
/// </summary>
public static partial class MetadataInferrer
{
    /// <summary>How many characters of the first pages are searched for cues.</summary>
    private const int CueWindow = 6000;

    public static InferredMetadata Infer(ExtractedContent content, string relativePath, SidecarMetadata? sidecar = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        var fileName = Path.GetFileName(relativePath ?? "");
        var head = HeadText(content).Replace('’', '\'');
        var declaredTitle = content.DeclaredTitle;
        // A site name used as <title> ("Cour des comptes") is not the document's title.
        if (declaredTitle is not null && IsGenericTitle(declaredTitle)) declaredTitle = null;

        var title = Pick(sidecar?.Title, declaredTitle, MetadataFilters.CleanTitle(content.HeadingTitle, fileName))
                    ?? FirstMeaningfulLine(head)
                    ?? PrettifyFileName(fileName);

        var publisher = Pick(sidecar?.Publisher)
                        ?? (content.DeclaredPublisher is { } declared ? CanonicalPublisher(declared) ?? declared.Trim() : null)
                        ?? InferPublisher(head, relativePath ?? "", title);

        var type = !string.IsNullOrWhiteSpace(sidecar?.Type)
            ? DocumentTypes.Normalize(sidecar!.Type!)
            : InferType(title, content.HeadingTitle, head, relativePath ?? "", content.Format);

        DateOnly? date = sidecar?.Date;
        int? year = sidecar?.Year;
        if (date is null && year is null)
        {
            if (content.DeclaredDate is { } d && !content.DeclaredDateIsFileCreationDate) date = d;
            // A date in the title ("Journal officiel ... du 11 décembre 2014") comes first.
            date ??= FrenchDates.FindAll(title).FirstOrDefault(c => c.HasDay)?.Date;
            date ??= FrenchDates.FindPublicationDate(head);
            if (date is null && content.DeclaredDate is { } weak) date = weak;
            year = date?.Year ?? FrenchDates.FindYear(title) ?? FrenchDates.FindYear(fileName);
        }
        year ??= date?.Year;

        var summary = Pick(sidecar?.Summary, content.Description) ?? FirstSentences(content.FullText, 300);
        if (summary is not null && summary.Length > 300) summary = Shorten(summary, 300);

        return new InferredMetadata
        {
            Title = title,
            Publisher = publisher,
            Type = type,
            Date = date,
            Year = year,
            Themes = sidecar?.Themes ?? [],
            Summary = summary,
            Url = Pick(sidecar?.Url, content.CanonicalUrl),
        };
    }

    private static bool IsGenericTitle(string title)
    {
        var t = title.Trim().TrimEnd('.');
        if (CanonicalPublisher(t) is { } p && t.Length <= p.Length + 25 && t.Split(' ').Length <= 5) return true;
        return t.Equals("Accueil", StringComparison.OrdinalIgnoreCase) || t.Equals("Home", StringComparison.OrdinalIgnoreCase);
    }

    private static string? Pick(params string?[] values) =>
        values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim();

    /// <summary>The first pages' text, up to <see cref="CueWindow"/> characters.</summary>
    private static string HeadText(ExtractedContent content)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var page in content.Pages.Take(3))
        {
            if (page.Length == 0) continue;
            if (sb.Length > 0) sb.Append("\n\n");
            sb.Append(page, 0, Math.Min(page.Length, CueWindow - sb.Length));
            if (sb.Length >= CueWindow) break;
        }
        return sb.ToString();
    }

    // ---------- Publisher ----------

    private static readonly (Regex Pattern, string Publisher)[] PublisherCues =
    [
        (new Regex(@"direction\s+g[ée]n[ée]rale\s+des\s+collectivit[ée]s\s+locales|\bDGCL\b", RegexOptions.IgnoreCase), "DGCL"),
        (new Regex(@"observatoire\s+des\s+finances\s+et\s+de\s+la\s+gestion\s+publique\s+locales|\bOFGL\b", RegexOptions.IgnoreCase), "OFGL"),
        (new Regex(@"direction\s+g[ée]n[ée]rale\s+des\s+finances\s+publiques|\bDGFiP\b", RegexOptions.IgnoreCase), "DGFiP"),
        (new Regex(@"\bInsee\b|institut\s+national\s+de\s+la\s+statistique", RegexOptions.IgnoreCase), "INSEE"),
        (new Regex(@"\bADEME\b|agence\s+de\s+la\s+transition\s+[ée]cologique|agence\s+de\s+l'environnement\s+et\s+de\s+la\s+ma[îi]trise", RegexOptions.IgnoreCase), "ADEME"),
        (new Regex(@"observatoire\s+des\s+territoires", RegexOptions.IgnoreCase), "Observatoire des territoires"),
        (new Regex(@"\bANCT\b|agence\s+nationale\s+de\s+la\s+coh[ée]sion\s+des\s+territoires", RegexOptions.IgnoreCase), "ANCT"),
        (new Regex(@"\bDREES\b|direction\s+de\s+la\s+recherche,\s+des\s+[ée]tudes,\s+de\s+l'[ée]valuation\s+et\s+des\s+statistiques", RegexOptions.IgnoreCase), "DREES"),
        (new Regex(@"\bCour\s+des\s+comptes\b", RegexOptions.IgnoreCase), "Cour des comptes"),
    ];

    [GeneratedRegex(@"\b(?i:chambre\s+r[ée]gionale\s+des\s+comptes)\s+((?:d'|de\s+l'|de\s+la\s+|des\s+|du\s+|de\s+)?\p{Lu}[\p{L}'\-]*(?:(?:\s+|\s*-\s*|,\s+)(?:(?:et|de|du|des|la|le|d'|l')\s*)?\p{Lu}[\p{L}'\-]*){0,4})")]
    private static partial Regex CrcCue();

    /// <summary>Maps a declared publisher/author to its canonical form ("Par l'Observatoire des Territoires" -> "Observatoire des territoires").</summary>
    public static string? CanonicalPublisher(string declared)
    {
        var crc = CrcMatch(declared);
        if (crc is not null) return crc;
        foreach (var (pattern, publisher) in PublisherCues)
            if (pattern.IsMatch(declared)) return publisher;
        return null;
    }

    private static string? CrcMatch(string text)
    {
        var m = CrcCue().Match(text);
        if (!m.Success) return null;
        var region = Regex.Replace(m.Groups[1].Value, @"\s+", " ").Trim(' ', '-', ',', '.');
        // Stop at words that are not part of a region name.
        region = Regex.Replace(region, @"\s+(Le|La|Les|Rapport|Observations|Chambre|Jugement|Exercices?)\b.*$", "", RegexOptions.IgnoreCase).Trim();
        return region.Length == 0 ? null : "Chambre régionale des comptes " + region;
    }

    /// <summary>Publisher from cues: the start of the text first, then the file path, then the rest of the first pages.</summary>
    public static string? InferPublisher(string headText, string relativePath, string? title = null)
    {
        var start = (title ?? "") + "\n" + headText[..Math.Min(headText.Length, 800)];
        var found = EarliestPublisher(start);
        if (found is not null) return found;
        var pathWords = Regex.Replace(relativePath, @"[_\-/\\.]+", " ");
        var fromPath = EarliestPublisher(pathWords) ?? PathPublisher(pathWords);
        if (fromPath is not null) return fromPath;
        return EarliestPublisher(headText);
    }

    private static string? PathPublisher(string pathWords)
    {
        var lower = " " + pathWords.ToLowerInvariant() + " ";
        if (lower.Contains(" crc ") || lower.Contains(" ccomptes ")) return "Cour des comptes";
        if (lower.Contains(" minfi ")) return "Ministère de l'Économie et des Finances";
        return null;
    }

    private static string? EarliestPublisher(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var best = (Index: int.MaxValue, Publisher: (string?)null);
        var crc = CrcCue().Match(text);
        if (crc.Success) best = (crc.Index, CrcMatch(crc.Value));
        foreach (var (pattern, publisher) in PublisherCues)
        {
            var m = pattern.Match(text);
            // A regional chamber outranks the Cour des comptes it belongs to.
            if (m.Success && m.Index < best.Index && !(publisher == "Cour des comptes" && crc.Success)) best = (m.Index, publisher);
        }
        return best.Publisher;
    }

    // ---------- Type ----------

    [GeneratedRegex(@"bulletin\s+d['’]information\s+statistique|\bBIS\s+n\s*[°o]", RegexOptions.IgnoreCase)]
    private static partial Regex BulletinCue();

    [GeneratedRegex(@"rapport\s+d['’]observations\s+d[ée]finitives", RegexOptions.IgnoreCase)]
    private static partial Regex AuditCue();

    [GeneratedRegex(@"note\s+m[ée]thodologique|m[ée]thodologie|\bm[ée]thodo\b", RegexOptions.IgnoreCase)]
    private static partial Regex MethodologyCue();

    [GeneratedRegex(@"\bjeux?\s+de\s+donn[ée]es\b", RegexOptions.IgnoreCase)]
    private static partial Regex DatasetCue();

    [GeneratedRegex(@"\bguide\b", RegexOptions.IgnoreCase)]
    private static partial Regex GuideCue();

    [GeneratedRegex(@"\binsee\s+(analyses|premi[èe]re|focus|r[ée]f[ée]rences)\b|\b[ée]tudes?\b", RegexOptions.IgnoreCase)]
    private static partial Regex StudyCue();

    [GeneratedRegex(@"registre\s+des\s+d[ée]lib[ée]rations|\bd[ée]lib[ée]ration\s+(n°|du\s+conseil)|\barr[êe]t[ée]\s+(municipal|pr[ée]fectoral|n°)", RegexOptions.IgnoreCase)]
    private static partial Regex ActCue();

    [GeneratedRegex(@"^\s*rapport\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReportTitleCue();

    /// <summary>Document type from cues in the title, the start of the text and the file path.</summary>
    public static string? InferType(string? title, string? heading, string headText, string relativePath, string format)
    {
        var titles = $"{title}\n{heading}";
        var start = headText[..Math.Min(headText.Length, 1500)];
        var titlesAndStart = titles + "\n" + start;
        var pathWords = Regex.Replace(relativePath, @"[_\-/\\.]+", " ");

        if (BulletinCue().IsMatch(titlesAndStart)) return DocumentTypes.StatisticalBulletin;
        if (AuditCue().IsMatch(titlesAndStart)) return DocumentTypes.AuditReport;
        if (MethodologyCue().IsMatch(titlesAndStart) || MethodologyCue().IsMatch(pathWords)) return DocumentTypes.MethodologyNote;
        if (DatasetCue().IsMatch(titlesAndStart)) return DocumentTypes.Dataset;
        if (GuideCue().IsMatch(titles)) return DocumentTypes.Guide;
        if (StudyCue().IsMatch(titles) || Regex.IsMatch(start[..Math.Min(start.Length, 500)], @"\binsee\s+(analyses|premi[èe]re)\b", RegexOptions.IgnoreCase))
            return DocumentTypes.Study;
        if (ActCue().IsMatch(titlesAndStart)) return DocumentTypes.AdministrativeAct;
        if (ReportTitleCue().IsMatch(title ?? "") || ReportTitleCue().IsMatch(heading ?? "")) return DocumentTypes.Report;
        return format == "html" ? DocumentTypes.StatisticalPublication : null;
    }

    // ---------- Title and summary ----------

    /// <summary>The first line that reads like a title: 2+ words, 8+ letters, not a table row, at most 200 characters.</summary>
    public static string? FirstMeaningfulLine(string text)
    {
        foreach (var raw in text.Split('\n').Take(40))
        {
            var line = raw.Trim();
            if (line.Length is < 8 or > 200 || line.Contains(" | ")) continue;
            if (line.Count(char.IsLetter) < 8 || line.Split(' ').Length < 2) continue;
            if (line.Count(char.IsDigit) > line.Length / 3) continue;
            if (line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 15) continue; // a list of names, not a title
            return line;
        }
        return null;
    }

    /// <summary>"dgcl_methodo-commune_2013.pdf" -> "Dgcl methodo commune 2013".</summary>
    public static string PrettifyFileName(string fileName)
    {
        var stem = Path.GetFileNameWithoutExtension(fileName);
        var words = Regex.Replace(stem, @"[_\-.+]+", " ").Trim();
        words = Regex.Replace(words, @"\s+", " ");
        if (words.Length == 0) return string.IsNullOrEmpty(fileName) ? "Sans titre" : fileName;
        return char.ToUpperInvariant(words[0]) + words[1..];
    }

    /// <summary>The first one or two substantial sentences (prose, not table rows or headings), at most <paramref name="max"/> characters.</summary>
    public static string? FirstSentences(string text, int max = 300)
    {
        foreach (var para in text.Split("\n\n").Take(200))
        {
            var p = para.Replace('\n', ' ').Trim();
            if (p.Length < 60 || p.Contains(" | ")) continue;
            var words = p.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < 8) continue;
            if (words.Count(w => FunctionWords.Contains(w.ToLowerInvariant())) < 2) continue; // prose, not a list of names
            var letters = p.Count(char.IsLetter);
            if (letters < p.Length * 0.6 || p.Count(char.IsLower) < letters / 2) continue;
            var sentences = SentenceEnd().Split(p).Where(s => s.Length > 0).ToList();
            var result = sentences[0].Trim();
            if (result.Length < 40 && sentences.Count == 1) continue;
            if (result.Length < 150 && sentences.Count > 1 && result.Length + 1 + sentences[1].Length <= max)
                result += " " + sentences[1].Trim();
            return Shorten(result, max);
        }
        return null;
    }

    private static readonly HashSet<string> FunctionWords =
    [
        "de", "la", "le", "les", "des", "du", "et", "en", "un", "une", "à", "au", "aux", "pour", "par", "sur", "dans",
        "est", "sont", "a", "ont", "qui", "que", "avec", "ce", "cette", "ces", "se", "sa", "son", "ses", "il", "elle", "ne", "pas",
    ];

    private static string Shorten(string s, int max)
    {
        if (s.Length <= max) return s;
        var cut = s.LastIndexOf(' ', max - 1);
        return (cut > max / 2 ? s[..cut] : s[..(max - 1)]).TrimEnd(',', ';', ':', ' ') + "…";
    }

    [GeneratedRegex(@"(?<=[.!?…])\s+(?=[\p{Lu}«""])")]
    private static partial Regex SentenceEnd();
}
