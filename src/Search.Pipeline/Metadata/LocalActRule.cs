using System.Text.RegularExpressions;

namespace Search.Pipeline.Metadata;

/// <summary>The acts of local authorities (deliberations, arrêtés): their title and the commune that issued them.</summary>
public static partial class LocalActRule
{
    /// <summary>A line that names an arrêté: "ARRETE DE RADIATION DES CADRES POUR …".</summary>
    [GeneratedRegex(@"(?m)^\s*(?<line>(?i:arr[êe]t[ée])\s+(?i:de|du|des|portant|relatif|d')\b[^\n]{10,400})$")]
    internal static partial Regex NamedAct();

    [GeneratedRegex(@"(?:^|\n)\s*(?i:collectivit[ée]\s*:\s*)?(?<kind>(?i:commune|mairie|ville))\s+(?<de>(?i:de\s+la\s+|de\s+l'|du\s+|des\s+|de\s+|d'))(?<name>\p{Lu}[\p{L}'\-]+(?:[ \t\-]+(?:(?i:sur|sous|en|de|du|des|la|le|les|lès|lez|et|d'|l')[ \t\-]+)?\p{Lu}[\p{L}'\-]+){0,4})")]
    private static partial Regex LocalAuthorityHeading();

    /// <summary>The title of a local authority's act: "Délibération – Vote du compte administratif 2019" from its "OBJET :" line.</summary>
    public static string? ActTitle(string headText)
    {
        var start = headText[..Math.Min(headText.Length, 2500)].Replace('’', '\'');
        // A scanned arrêté often names itself on a line of its own: "ARRETE DE RADIATION DES CADRES POUR …".
        var named = NamedAct().Match(start[..Math.Min(start.Length, 800)]);
        if (!ActCue().IsMatch(start))
            return named.Success ? SummaryRule.Shorten(TitleRule.SentenceCase(named.Groups["line"].Value), 160) : null;
        var obj = ActObjectLine().Match(start);
        if (!obj.Success) return null;
        var kind = DeliberationWord().IsMatch(start) ? "Délibération" : "Arrêté";
        return kind + " – " + MetadataText.Sentence(obj.Groups["what"].Value);
    }

    /// <summary>
    /// A local authority's own act (deliberation, arrêté): "COMMUNE D'AIZAC" heading the first lines of an
    /// "extrait du registre des délibérations" gives "Commune d'Aizac".
    /// </summary>
    public static string? LocalAuthorityPublisher(string headText)
    {
        var start = headText[..Math.Min(headText.Length, 1200)].Replace('’', '\'');
        if (!ActCue().IsMatch(start) && !NamedAct().IsMatch(start)) return null;
        var m = LocalAuthorityHeading().Match(start);
        if (!m.Success) return null;
        var name = MetadataText.Sentence(m.Groups["name"].Value);
        var de = m.Groups["de"].Value.Trim().ToLowerInvariant();
        return "Commune " + (de.EndsWith('\'') ? de : de + " ") + name;
    }

    [GeneratedRegex(@"\bObjet\s*:\s*(?<what>[^\n]{5,200})", RegexOptions.IgnoreCase)]
    private static partial Regex ActObjectLine();

    [GeneratedRegex(@"d[ée]lib[ée]ration", RegexOptions.IgnoreCase)]
    private static partial Regex DeliberationWord();

    [GeneratedRegex(@"registre\s+des\s+d[ée]lib[ée]rations|\bd[ée]lib[ée]ration\s+(n°|du\s+conseil)|\barr[êe]t[ée]\s+(municipal|pr[ée]fectoral|n°)", RegexOptions.IgnoreCase)]
    internal static partial Regex ActCue();
}
