using System.Text.RegularExpressions;
using Search.Core.Documents;
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

    /// <summary>
    /// The names of the bodies of <see cref="Publishers"/> that are cues in a text, in the data file's order: each
    /// variant a pattern that ignores case and accents, an acronym a whole word. Compiled: every document's head is
    /// scanned by each of them, and interpreted they cost 4 % of the CPU of an HTML ingest (same matches either way).
    /// </summary>
    private static readonly (Regex Pattern, string Publisher)[] PublisherCues = Publishers.Bodies
        .Where(b => b.IsCue)
        .Select(b => (new Regex(string.Join('|', b.Names.Select(CuePattern)), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled), b.Name))
        .ToArray();

    /// <summary>"Direction générale des collectivités locales" -> <c>\bdir[eéèêë]ction\s+…\b</c>: letters match with or
    /// without their accents, a run of spaces and punctuation matches any such run.</summary>
    internal static string CuePattern(string name)
    {
        var sb = new System.Text.StringBuilder(@"\b");
        var separator = false;
        foreach (var c in Search.Core.Querying.QueryText.Fold(name))
        {
            if (!char.IsLetterOrDigit(c)) { separator = true; continue; }
            if (separator && sb.Length > 2) sb.Append(@"[\s\p{P}]+");
            separator = false;
            sb.Append(c switch
            {
                'a' => "[aàâä]",
                'e' => "[eéèêë]",
                'i' => "[iîï]",
                'o' => "[oôö]",
                'u' => "[uùûü]",
                'c' => "[cç]",
                _ => Regex.Escape(c.ToString()),
            });
        }
        return sb.Append(@"\b").ToString();
    }

    /// <summary>
    /// "Chambre régionale des comptes" and the name after it: capitalised words joined by spaces, hyphens, commas and
    /// up to two linking words ("Pays de la Loire", "d'Alsace, Champagne-Ardenne, Lorraine"), on one line.
    /// </summary>
    [GeneratedRegex(@"\b(?i:chambre\s+r[ée]gionale\s+des\s+comptes)(?<gap>\s+)(?<name>(?:d'|de[ \t]+l'|de[ \t]+la[ \t]+|des[ \t]+|du[ \t]+|de[ \t]+)?\p{Lu}[\p{L}'\-]*(?:(?:[ \t]+|[ \t]*-[ \t]*|,[ \t]+)(?:(?:et|de|du|des|la|le|d'|l')[ \t]*){0,2}\p{Lu}[\p{L}'\-]*){0,4})")]
    private static partial Regex CrcCue();

    /// <summary>Maps a declared publisher/author to its canonical form ("Par l'Observatoire des Territoires" -> "Observatoire des territoires").</summary>
    public static string? CanonicalPublisher(string declared)
    {
        // A known spelling of a body ("SENAT", "DGCL – DESL"), then a chamber, then a body named within the declared name.
        if (Publishers.Known(declared) is { } known) return known;
        var crc = CrcMatch(declared);
        if (crc is not null) return crc;
        foreach (var (pattern, publisher) in PublisherCues)
            if (pattern.IsMatch(declared)) return publisher;
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
        if (lower.Contains(" crc ") || lower.Contains(" ccomptes ")) return CourDesComptes;
        if (lower.Contains(" minfi ")) return "Ministère de l'Économie et des Finances";
        if (lower.Contains(" beauvau ")) return "Ministère de l'Intérieur";
        return null;
    }

    private const string CourDesComptes = "Cour des comptes";

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
            if (m.Success && m.Index < best.Index && !(publisher == CourDesComptes && crc.Success)) best = (m.Index, publisher);
        }
        return best.Publisher;
    }

    [GeneratedRegex(@"\s+(Le|La|Les|Rapport|Observations|Chambre|Jugement|Exercices?)\b.*$", RegexOptions.IgnoreCase)]
    private static partial Regex NotRegionTail();

    [GeneratedRegex(@"[_\-/\\.]+")]
    private static partial Regex PathSeparators();
}
