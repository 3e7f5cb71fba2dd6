using System.Globalization;
using System.Text.RegularExpressions;

namespace Search.Pipeline.Metadata;

/// <summary>A date found in French text, with how much it can be trusted as a publication date.</summary>
public sealed record DateCue(DateOnly Date, bool HasDay, bool Strong, int Position, string Text)
{
    /// <summary>The date of a cited text ("loi du 28 juillet 1961", "décret n° 2016-33 du …"), never a publication date.</summary>
    public bool Citation { get; init; }
}

/// <summary>
/// Finds dates in French text: "Paru le 29/11/2022", "Publié le 3 mars 2023", "Publication : 14 mars 2023",
/// "novembre 2022", "1er janvier 2022" (month names with or without accents), "29/11/2022", "29.11.2022", "29-11-2022". Cues preceded by
/// paru/publié/publication/mise à jour are "strong".
/// </summary>
public static partial class FrenchDates
{
    private static readonly Dictionary<string, int> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        ["janvier"] = 1, ["janv"] = 1, ["février"] = 2, ["fevrier"] = 2, ["févr"] = 2, ["fevr"] = 2, ["mars"] = 3,
        ["avril"] = 4, ["avr"] = 4, ["mai"] = 5, ["juin"] = 6, ["juillet"] = 7, ["juil"] = 7, ["août"] = 8, ["aout"] = 8,
        ["septembre"] = 9, ["sept"] = 9, ["octobre"] = 10, ["oct"] = 10, ["novembre"] = 11, ["nov"] = 11,
        ["décembre"] = 12, ["decembre"] = 12, ["déc"] = 12, ["dec"] = 12,
    };

    /// <summary>All date cues of the text, in order of position; far-future dates (beyond <paramref name="today"/> + 1 month) dropped.</summary>
    public static IReadOnlyList<DateCue> FindAll(string text, DateOnly? today = null)
    {
        var limit = (today ?? DateOnly.FromDateTime(DateTime.UtcNow)).AddMonths(1);
        var cues = new List<DateCue>();
        var taken = new List<(int Start, int End)>();

        void Add(Match m, int y, int mo, int d, bool hasDay)
        {
            if (y is < 1900 or > 2100 || mo is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, mo)) return;
            foreach (var t in taken)
            {
                if (m.Index < t.End && t.Start < m.Index + m.Length) return;
            }
            var date = new DateOnly(y, mo, d);
            if (date > limit) return;
            taken.Add((m.Index, m.Index + m.Length));
            // The 45 characters before the date, matched in place (the patterns anchor on that window's ends).
            var before = text.AsSpan(Math.Max(0, m.Index - 45), Math.Min(45, m.Index));
            var strong = StrongCue().IsMatch(before) || LetterDateCue().IsMatch(before);
            cues.Add(new DateCue(date, hasDay, strong, m.Index, m.Value) { Citation = !strong && CitationCue().IsMatch(before) });
        }

        foreach (Match m in DayMonthYear().Matches(text))
        {
            if (!Months.TryGetValue(m.Groups[2].Value.TrimEnd('.'), out var mo)) continue;
            Add(m, Int(m.Groups[3].Value), mo, Int(m.Groups[1].Value), true);
        }
        foreach (Match m in NumericDate().Matches(text))
            Add(m, Int(m.Groups[4].Value), Int(m.Groups[3].Value), Int(m.Groups[1].Value), true);
        foreach (Match m in IsoDate().Matches(text))
            Add(m, Int(m.Groups[1].Value), Int(m.Groups[2].Value), Int(m.Groups[3].Value), true);
        foreach (Match m in MonthYear().Matches(text))
        {
            if (!Months.TryGetValue(m.Groups[1].Value.TrimEnd('.'), out var mo)) continue;
            Add(m, Int(m.Groups[2].Value), mo, 1, false);
        }
        cues.Sort((a, b) => a.Position.CompareTo(b.Position));
        return cues;
    }

    /// <summary>
    /// The most likely publication date: the first strong cue; else, when <paramref name="allowWeak"/>, the
    /// first full date near the start (first 1,500 characters), else the first month-year there.
    /// </summary>
    public static DateOnly? FindPublicationDate(string text, bool allowWeak = true, DateOnly? today = null) =>
        FindPublicationDateCue(text, today) is { } found && (found.Strong || allowWeak) ? found.Date : null;

    /// <summary>The date <see cref="FindPublicationDate"/> would give (weak dates allowed), and whether a publication cue announced it.</summary>
    public static (DateOnly Date, bool Strong)? FindPublicationDateCue(string text, DateOnly? today = null)
    {
        var cues = FindAll(text, today);
        var strong = cues.FirstOrDefault(c => c.Strong);
        if (strong is not null) return (strong.Date, true);
        var early = cues.Where(c => c.Position < 1500 && !c.Citation).ToList();
        return (early.FirstOrDefault(c => c.HasDay) ?? early.FirstOrDefault()) is { } weak ? (weak.Date, false) : null;
    }

    /// <summary>A plausible publication year (1990..next year) in a title, heading or file name.</summary>
    public static int? FindYear(string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        var max = DateTime.UtcNow.Year + 1;
        foreach (Match m in Year().Matches(text))
        {
            var y = Int(m.Value);
            if (y >= 1990 && y <= max) return y;
        }
        return null;
    }

    private static int Int(string s) => int.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture);

    private const string MonthAlternation =
        "janvier|janv\\.?|f[ée]vrier|f[ée]vr\\.?|mars|avril|avr\\.?|mai|juin|juillet|juil\\.?|ao[uû]t|septembre|sept\\.?|octobre|oct\\.?|novembre|nov\\.?|d[ée]cembre|d[ée]c\\.?";

    [GeneratedRegex(@"\b(\d{1,2})(?:er|ᵉʳ)?\s+(" + MonthAlternation + @")\s+(\d{4})\b", RegexOptions.IgnoreCase)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"(?<![\d/\-])(\d{1,2})([/.\-])(\d{1,2})\2(\d{4})(?![\d/\-])")]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"(?<![\p{L}])(" + MonthAlternation + @")\s+(\d{4})\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"(paru|parution|publi[ée]e?s?|publication|mis[e]?\s+[àa]\s+jour|mise\s+en\s+ligne|actualis[ée]e?|[ée]dition\s+(du|de)|date\s*:)\W*(le|du|en|au|:)?\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex StrongCue();

    /// <summary>The date line of a letter: "Lyon, le 6 juin 2016", "Dijon, le 23/03/2016".</summary>
    [GeneratedRegex(@"(^|\n|\s)\p{Lu}[\p{L}\-' ]{1,40},\s+le\s*$")]
    private static partial Regex LetterDateCue();

    [GeneratedRegex(@"\b(lois?|d[ée]crets?|ordonnances?|arr[êe]t[ée]s?|circulaires?|directives?|d[ée]lib[ée]rations?|jugements?|arr[êe]ts?|codes?|articles?|r[èe]glements?|conventions?|lettres?|courriers?|n°\s*[\w\-/]+)\b[^.;:]{0,25}?\b(du|en\s+date\s+du)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex CitationCue();

    [GeneratedRegex(@"(?<!\d)(19|20)\d{2}(?!\d)")]
    private static partial Regex Year();
}
