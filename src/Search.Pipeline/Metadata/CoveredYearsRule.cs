using System.Globalization;
using System.Text.RegularExpressions;

namespace Search.Pipeline.Metadata;

/// <summary>
/// The years a document's figures describe, which are often not the year it was published: "comptes 2019",
/// "exercices 2017 à 2021", "au 1er janvier 2020", "données 2018", "pour 2015" (a list published in December
/// 2014). From the title (every year or period but full dates) and from the first pages (a year or period after a
/// cue word), and from the file name, a label its publisher wrote ("jo_1512-an-rattachement-2016.pdf": the list of
/// the 2016 financing, published in December 2015). A year query matches them as well as the publication year.
/// </summary>
public static partial class CoveredYearsRule
{
    /// <summary>At most this many years: a longer period, or more cued years, keeps the title's and the most cited ones.</summary>
    public const int MaxYears = 12;

    private const int FirstYear = 1950;

    /// <param name="publicationYear">No covered year is later than the year after it (a list "pour 2015" published in 2014).</param>
    /// <param name="fileName">The file name or the URL's last segment: its years rank below the title's, above the text's.</param>
    public static IReadOnlyList<int> Infer(string? title, string head, int? publicationYear, int? today = null, string? fileName = null)
    {
        var last = (publicationYear ?? today ?? DateTime.UtcNow.Year) + 1;
        var counts = new Dictionary<int, int>();
        var fromTitle = new HashSet<int>();
        if (!string.IsNullOrWhiteSpace(title))
        {
            // "Journal officiel … du 19 décembre 2018": a full date is when, not what ("au 1er janvier 2020" is what).
            var undated = FullDate().Replace(title, " ");
            foreach (Match m in YearOrPeriod().Matches(undated))
                foreach (var y in Expand(m, last)) { fromTitle.Add(y); counts[y] = counts.GetValueOrDefault(y) + 1000; }
        }
        if (!string.IsNullOrWhiteSpace(fileName))
        {
            // Separators become spaces: "rattachement-2016" is a year, "1512" (yymm) and "392092" are not.
            var words = NonWord().Replace(Path.GetFileNameWithoutExtension(fileName), " ");
            foreach (Match m in YearOrPeriod().Matches(words))
                foreach (var y in Expand(m, last)) counts[y] = counts.GetValueOrDefault(y) + 100;
        }
        foreach (Match m in CuedYearOrPeriod().Matches(head.Replace('’', '\'')))
            foreach (var y in Expand(m, last)) counts[y] = counts.GetValueOrDefault(y) + 1;

        return counts.OrderByDescending(kv => kv.Value).ThenByDescending(kv => kv.Key).Take(MaxYears)
            .Select(kv => kv.Key).Order().ToList();
    }

    private static IEnumerable<int> Expand(Match m, int last)
    {
        var from = int.Parse(m.Groups["from"].Value, CultureInfo.InvariantCulture);
        var to = m.Groups["to"].Success ? int.Parse(m.Groups["to"].Value, CultureInfo.InvariantCulture) : from;
        // "2018-2019" as a session or "2014-2015" as a school year: both years; "2019-2014" is not a period.
        if (to < from || to - from >= MaxYears) to = from;
        for (var y = from; y <= to; y++)
            if (y >= FirstYear && y <= last) yield return y;
    }

    private const string YearPattern = @"(?:19[5-9]\d|20\d{2})";
    private const string Period = @"(?<from>" + YearPattern + @")(?:\s*(?:-|–|/|à|au|et)\s*(?<to>" + YearPattern + @"))?(?![\d\-/])";

    [GeneratedRegex(@"(?<![\d\-/.,])" + Period)]
    private static partial Regex YearOrPeriod();

    /// <summary>
    /// A year or period after a word that says what it covers: comptes, exercice(s), budget (primitif),
    /// compte administratif, données, situation (financière), bilan, année, millésime, au 1er janvier /
    /// au 31 décembre, fin, pour, versé(s) en, période, de … à.
    /// </summary>
    [GeneratedRegex(@"(?<!\p{L})(?:comptes?(?:\s+administratifs?|\s+de\s+gestion)?|exercices?|budgets?(?:\s+primitifs?|\s+supplémentaires?)?|donn[ée]es|situation(?:\s+financi[èe]re)?|bilans?|ann[ée]es?|mill[ée]simes?|au\s+(?:1er|premier)\s+janvier|au\s+31\s+d[ée]cembre|(?:à\s+la\s+)?fin|pour|vers[ée]e?s?\s+en|p[ée]riode|recensement)(?:\s+(?:de\s+l'ann[ée]e|de\s+l'exercice|de|du|des|d'|l'))?\s+(?:(?:de|du)\s+)?" + Period, RegexOptions.IgnoreCase)]
    private static partial Regex CuedYearOrPeriod();

    /// <summary>A date (day, month and year; or a month and year: "déclarations parvenues en novembre 2015"), but not
    /// "au 1er janvier 2020", which says what the figures describe.</summary>
    [GeneratedRegex(@"(?<!\bau\s+)\b\d{1,2}(?:er)?\s+(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre)\s+\d{4}\b|\b\d{1,2}[/.\-]\d{1,2}[/.\-]\d{4}\b|(?<!\d(?:er)?\s+)\b(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre)\s+\d{4}\b", RegexOptions.IgnoreCase)]
    private static partial Regex FullDate();

    [GeneratedRegex(@"[^\p{L}\p{N}]+")]
    private static partial Regex NonWord();
}
