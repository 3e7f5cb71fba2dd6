using System.Text.RegularExpressions;
using Search.Pipeline.Extraction;

namespace Search.Pipeline.Metadata;

/// <summary>The publisher of a document: a declared name made canonical, or cues in its text and path.</summary>
public static partial class PublisherRule
{
    /// <summary>The declared publisher (canonical name when known), else the audit chambers' rules, else cues in the text and path.</summary>
    public static string? Infer(ExtractedContent content, string head, string relativePath, string title) =>
        (MetadataFilters.DeclaredPublisher(content) is { } declared ? CanonicalPublisher(declared) ?? declared.Trim() : null)
        ?? AuditRule.AuditPublisher(head)
        ?? InferPublisher(head, relativePath, title);

    private static readonly (Regex Pattern, string Publisher)[] PublisherCues =
    [
        (DgclCue(), "DGCL"),
        (OfglCue(), "OFGL"),
        (DgfipCue(), "DGFiP"),
        (InseeCue(), "INSEE"),
        (AdemeCue(), "ADEME"),
        (TerritoriesObservatoryCue(), "Observatoire des territoires"),
        (AnctCue(), "ANCT"),
        (DreesCue(), "DREES"),
        (CourCue(), "Cour des comptes"),
    ];

    [GeneratedRegex(@"direction\s+g[ée]n[ée]rale\s+des\s+collectivit[ée]s\s+locales|\bDGCL\b", RegexOptions.IgnoreCase)]
    private static partial Regex DgclCue();

    [GeneratedRegex(@"observatoire\s+des\s+finances\s+et\s+de\s+la\s+gestion\s+publique\s+locales|\bOFGL\b", RegexOptions.IgnoreCase)]
    private static partial Regex OfglCue();

    [GeneratedRegex(@"direction\s+g[ée]n[ée]rale\s+des\s+finances\s+publiques|\bDGFiP\b", RegexOptions.IgnoreCase)]
    private static partial Regex DgfipCue();

    [GeneratedRegex(@"\bInsee\b|institut\s+national\s+de\s+la\s+statistique", RegexOptions.IgnoreCase)]
    private static partial Regex InseeCue();

    [GeneratedRegex(@"\bADEME\b|agence\s+de\s+la\s+transition\s+[ée]cologique|agence\s+de\s+l'environnement\s+et\s+de\s+la\s+ma[îi]trise", RegexOptions.IgnoreCase)]
    private static partial Regex AdemeCue();

    [GeneratedRegex(@"observatoire\s+des\s+territoires", RegexOptions.IgnoreCase)]
    private static partial Regex TerritoriesObservatoryCue();

    [GeneratedRegex(@"\bANCT\b|agence\s+nationale\s+de\s+la\s+coh[ée]sion\s+des\s+territoires", RegexOptions.IgnoreCase)]
    private static partial Regex AnctCue();

    [GeneratedRegex(@"\bDREES\b|direction\s+de\s+la\s+recherche,\s+des\s+[ée]tudes,\s+de\s+l'[ée]valuation\s+et\s+des\s+statistiques", RegexOptions.IgnoreCase)]
    private static partial Regex DreesCue();

    [GeneratedRegex(@"\bCour\s+des\s+comptes\b", RegexOptions.IgnoreCase)]
    private static partial Regex CourCue();

    /// <summary>
    /// "Chambre régionale des comptes" and the name after it: capitalised words joined by spaces, hyphens, commas and
    /// up to two linking words ("Pays de la Loire", "d'Alsace, Champagne-Ardenne, Lorraine"), on one line.
    /// </summary>
    [GeneratedRegex(@"\b(?i:chambre\s+r[ée]gionale\s+des\s+comptes)(?<gap>\s+)(?<name>(?:d'|de[ \t]+l'|de[ \t]+la[ \t]+|des[ \t]+|du[ \t]+|de[ \t]+)?\p{Lu}[\p{L}'\-]*(?:(?:[ \t]+|[ \t]*-[ \t]*|,[ \t]+)(?:(?:et|de|du|des|la|le|d'|l')[ \t]*){0,2}\p{Lu}[\p{L}'\-]*){0,4})")]
    private static partial Regex CrcCue();

    /// <summary>Maps a declared publisher/author to its canonical form ("Par l'Observatoire des Territoires" -> "Observatoire des territoires").</summary>
    public static string? CanonicalPublisher(string declared)
    {
        var crc = CrcMatch(declared);
        if (crc is not null) return crc;
        foreach (var (pattern, publisher) in PublisherCues)
            if (pattern.IsMatch(declared)) return publisher;
        // "Assemblée Nationale", "SENAT": the institutions' own spelling.
        var squashed = MetadataText.WhiteSpaceRun().Replace(declared.Trim(), " ");
        if (NationalAssemblyName().IsMatch(squashed)) return "Assemblée nationale";
        if (SenateName().IsMatch(squashed)) return "Sénat";
        return null;
    }

    internal static string? CrcMatch(string text)
    {
        var m = CrcCue().Match(text);
        if (!m.Success) return null;
        var region = MetadataText.WhiteSpaceRun().Replace(m.Groups["name"].Value, " ").Trim(' ', '-', ',', '.');
        if (AuditChambers.Named(region) is { } chamber) return chamber.Name;
        // On the next line, only a chamber's known name is its name (a letterhead); anything else is the next line's text.
        if (m.Groups["gap"].Value.Contains('\n')) return null;
        // A name the registry does not know, up to the words that cannot be part of it.
        region = NotRegionTail().Replace(region, "").Trim();
        return region.Length == 0 ? null : "Chambre régionale des comptes " + region;
    }

    /// <summary>Publisher from cues: the start of the text first, then the file path, then the rest of the first pages.</summary>
    public static string? InferPublisher(string headText, string relativePath, string? title = null)
    {
        var start = (title ?? "") + "\n" + headText[..Math.Min(headText.Length, 800)];
        var found = EarliestPublisher(start);
        if (found is not null) return found;
        var pathWords = PathSeparators().Replace(relativePath, " ");
        var fromPath = EarliestPublisher(pathWords) ?? PathPublisher(pathWords);
        if (fromPath is not null) return fromPath;
        return EarliestPublisher(headText)
               ?? LocalActRule.LocalAuthorityPublisher(headText)
               ?? ParliamentPublisher((title ?? "") + "\n" + headText[..Math.Min(headText.Length, 2000)]);
    }


    [GeneratedRegex(@"\bBureau\s+du\s+S[ée]nat\b|\bS[ée]nat(?:eurs?|rices?)?\b|\bgroupe\s+politique\s+du\s+S[ée]nat\b", RegexOptions.IgnoreCase)]
    private static partial Regex SenateCue();

    [GeneratedRegex(@"\bAssembl[ée]e\s+nationale\b|\bd[ée]put[ée]e?s?\b", RegexOptions.IgnoreCase)]
    private static partial Regex NationalAssemblyCue();

    /// <summary>
    /// The Sénat or the Assemblée nationale for their own lists ("le Bureau du Sénat a pris acte…", "Rattachement des
    /// députés…"): a last resort, after every other cue and the file path, since both are named in many texts they did not publish.
    /// </summary>
    public static string? ParliamentPublisher(string text)
    {
        var senate = SenateCue().Match(text);
        var assembly = NationalAssemblyCue().Match(text);
        if (!senate.Success && !assembly.Success) return null;
        if (senate.Success && (!assembly.Success || senate.Index < assembly.Index)) return "Sénat";
        return "Assemblée nationale";
    }

    private static string? PathPublisher(string pathWords)
    {
        var lower = " " + pathWords.ToLowerInvariant() + " ";
        if (lower.Contains(" crc ") || lower.Contains(" ccomptes ")) return "Cour des comptes";
        if (lower.Contains(" minfi ")) return "Ministère de l'Économie et des Finances";
        if (lower.Contains(" beauvau ")) return "Ministère de l'Intérieur";
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

    [GeneratedRegex(@"^(l')?Assembl[ée]e\s+nationale$", RegexOptions.IgnoreCase)]
    private static partial Regex NationalAssemblyName();

    [GeneratedRegex(@"^(le\s+)?S[ée]nat$", RegexOptions.IgnoreCase)]
    private static partial Regex SenateName();

    [GeneratedRegex(@"\s+(Le|La|Les|Rapport|Observations|Chambre|Jugement|Exercices?)\b.*$", RegexOptions.IgnoreCase)]
    private static partial Regex NotRegionTail();

    [GeneratedRegex(@"[_\-/\\.]+")]
    private static partial Regex PathSeparators();
}
