using System.Text.RegularExpressions;

namespace Search.Pipeline.Metadata;

/// <summary>The publication series and number ("BIS n° 170", "Insee Première n° 1267").</summary>
public static partial class SeriesRule
{
    [GeneratedRegex(@"\b(?<name>bulletin\s+d'information\s+statistique|BIS|Insee\s+Premi[èe]re|Insee\s+Focus|Insee\s+R[ée]f[ée]rences|Insee\s+(?:Analyses|Flash|Dossier|Conjoncture)(?:\s+(?!n[°o])\p{Lu}[\p{L}\-']+){0,3}|[ÉE]tudes\s+et\s+r[ée]sultats|Cap\s+sur|Collectivit[ée]s\s+locales\s+en\s+chiffres|Les\s+cahiers?\s+de\s+l'OFGL|Dossier\s+de\s+l'OFGL)\s*(?:,\s*)?(?:n\s*[°ºo]\.?|num[ée]ro)\s*(?<num>\d{1,5})\b", RegexOptions.IgnoreCase)]
    private static partial Regex SeriesCue();

    /// <summary>The publication series and number ("BIS n° 170", "Insee Première n° 1267"), from the title or the first page.</summary>
    public static string? Infer(string? title, string headText)
    {
        foreach (var text in new[] { title ?? "", headText[..Math.Min(headText.Length, 2500)] })
        {
            var m = SeriesCue().Match(text.Replace('’', '\''));
            if (!m.Success) continue;
            var name = MetadataText.WhiteSpaceRun().Replace(m.Groups["name"].Value, " ").Trim();
            if (name.StartsWith("bulletin", StringComparison.OrdinalIgnoreCase) || name.Equals("BIS", StringComparison.OrdinalIgnoreCase)) name = "BIS";
            else if (name.StartsWith("insee", StringComparison.OrdinalIgnoreCase)) name = "Insee" + name[5..];
            else name = char.ToUpperInvariant(name[0]) + name[1..];
            return $"{name} n° {m.Groups["num"].Value}";
        }
        return null;
    }
}
