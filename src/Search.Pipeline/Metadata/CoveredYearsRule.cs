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
        foreach (var m in CuedMatches(head.Replace('’', '\'')))
            foreach (var y in Expand(m, last)) counts[y] = counts.GetValueOrDefault(y) + 1;

        return counts.OrderByDescending(kv => kv.Value).ThenByDescending(kv => kv.Key).Take(MaxYears)
            .Select(kv => kv.Key).Order().ToList();
    }

    /// <summary>
    /// The matches <c>CuedYearOrPeriod().Matches(text)</c> gives, the same ones in the same order, with the regex run only
    /// in a window around each year instead of over the whole text (it stopped at nearly every word, the first letters
    /// of its cues being so common). Exact: every match holds a year ("19[5-9]d" or "20dd") at the start of a word; from
    /// its cue to that year it crosses at most <see cref="CueSpaces"/> runs of white space, and from the year on it spans
    /// at most <see cref="PeriodWords"/> words; no cue word holds such a year. So a match whose year is the first one
    /// after the previous match starts within <see cref="CueSpaces"/> words before it, and the regex's paths to it read
    /// nothing past the window; a window whose first match starts after its year means no match holds that year. The
    /// windows start after white space, a digit or the text's start, so the cue's lookbehind (no letter before) answers
    /// as in the whole text; white space is the regex's <c>\s</c> (<see cref="char.IsWhiteSpace(char)"/>).
    /// </summary>
    internal static IEnumerable<Match> CuedMatches(string text)
    {
        var regex = CuedYearOrPeriod();
        var from = 0; // no match starts before: the end of the previous one
        for (var year = NextYear(text, 0); year >= 0; year = NextYear(text, Math.Max(from, year + 1)))
        {
            // The year of a match follows white space (after its cue, or "de", "du").
            if (year == 0 || !char.IsWhiteSpace(text[year - 1])) continue;
            var start = Math.Max(from, WordsBefore(text, year, CueSpaces, from));
            var end = WordsFrom(text, year, PeriodWords);
            var m = regex.Match(text, start, end - start);
            if (!m.Success || m.Index > year) continue;
            yield return m;
            from = m.Index + m.Length;
        }
    }

    /// <summary>
    /// Runs of white space a match may cross from its cue's first letter to its year: two in the cue ("au 1er janvier",
    /// "à la fin", "comptes de gestion"), two in "de l'année" or "de l'exercice" after it, one before "de" or "du" and
    /// one before the year, i.e. six; two more kept as a margin.
    /// </summary>
    private const int CueSpaces = 8;

    /// <summary>Words a period spans from its first year: "2017", "à", "2021" (one more kept as a margin).</summary>
    private const int PeriodWords = 4;

    /// <summary>The first place at or after <paramref name="from"/> where "19[5-9]d" or "20dd" starts (d: a decimal digit, as the regex's \d), -1 if none.</summary>
    private static int NextYear(string text, int from)
    {
        for (var i = from; i + 4 <= text.Length;)
        {
            var k = text.AsSpan(i, text.Length - i - 3).IndexOfAny('1', '2');
            if (k < 0) return -1;
            i += k;
            if (text[i] == '1' ? text[i + 1] == '9' && text[i + 2] is >= '5' and <= '9' && char.IsDigit(text[i + 3])
                : text[i + 1] == '0' && char.IsDigit(text[i + 2]) && char.IsDigit(text[i + 3]))
                return i;
            i++;
        }
        return -1;
    }

    /// <summary>The start of the word <paramref name="runs"/> runs of white space before <paramref name="at"/> (a word's start), not before <paramref name="floor"/>.</summary>
    private static int WordsBefore(string text, int at, int runs, int floor)
    {
        var i = at;
        for (var r = 0; r < runs && i > floor; r++)
        {
            while (i > floor && char.IsWhiteSpace(text[i - 1])) i--;
            while (i > floor && !char.IsWhiteSpace(text[i - 1])) i--;
        }
        return i;
    }

    /// <summary>One character past the end of the <paramref name="words"/> words from <paramref name="at"/> (the text's end at most).</summary>
    private static int WordsFrom(string text, int at, int words)
    {
        var i = at;
        for (var w = 0; w < words && i < text.Length; w++)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            while (i < text.Length && !char.IsWhiteSpace(text[i])) i++;
        }
        return Math.Min(text.Length, i + 1);
    }

    /// <summary>The regex of <see cref="CuedMatches"/> (tests compare the two).</summary>
    internal static Regex CuedYearOrPeriodRegex => CuedYearOrPeriod();

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
