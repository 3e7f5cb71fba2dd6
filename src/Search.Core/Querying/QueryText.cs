using System.Globalization;
using System.Text;

namespace Search.Core.Querying;

/// <summary>Cleans what a person typed before it reaches the parser.</summary>
public static partial class QueryText
{
    /// <summary>
    /// Replaces control and format characters by spaces, folds typographic quotes and apostrophes,
    /// collapses white space, and checks the length. Throws <see cref="InvalidSearchRequestException"/>
    /// for a query longer than <see cref="SearchRequest.MaxQueryLength"/>.
    /// </summary>
    public static string Clean(string? raw)
    {
        if (string.IsNullOrEmpty(raw)) return "";
        if (raw.Length > SearchRequest.MaxQueryLength * 4)
            throw new InvalidSearchRequestException(SearchErrors.QueryTooLong, $"The query is too long ({raw.Length} characters; at most {SearchRequest.MaxQueryLength}).");
        var sb = new StringBuilder(raw.Length);
        var lastSpace = true;
        foreach (var ch in raw.Normalize(NormalizationForm.FormC))
        {
            var c = ch switch
            {
                '\u2019' or '\u2018' or '\u02BC' => '\'',
                '\u00AB' or '\u00BB' or '\u201C' or '\u201D' => '"',
                '\u2212' or '\u2013' or '\u2014' => '-',   // Unicode minus breaks the parser (lucenenet #846)
                _ => ch,
            };
            var category = char.GetUnicodeCategory(c);
            var isSpace = char.IsWhiteSpace(c) || category is UnicodeCategory.Control or UnicodeCategory.Format
                or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned;
            if (isSpace)
            {
                if (!lastSpace) sb.Append(' ');
                lastSpace = true;
                continue;
            }
            sb.Append(c);
            lastSpace = false;
        }
        var cleaned = sb.ToString().Trim();
        if (cleaned.Length > SearchRequest.MaxQueryLength)
            throw new InvalidSearchRequestException(SearchErrors.QueryTooLong, $"The query is too long ({cleaned.Length} characters; at most {SearchRequest.MaxQueryLength}).");
        return cleaned;
    }

    /// <summary>The words of a text (runs of letters and digits), folded (<see cref="Fold"/>): how titles are compared word by
    /// word (<see cref="YearSeries"/>, <see cref="LevelSiblings"/>, a running title against the title).</summary>
    public static IEnumerable<string> FoldedWords(string text) => WordPattern().Matches(Fold(text)).Select(m => m.Value);

    [System.Text.RegularExpressions.GeneratedRegex(@"[\p{L}\p{Nd}]+")]
    private static partial System.Text.RegularExpressions.Regex WordPattern();

    /// <summary>Lower case without diacritics (œ -> oe): the form of the exact fields, for prefixes.</summary>
    /// <remarks>
    /// A text made only of characters of <see cref="FoldTable"/> is folded character by character from the table (built
    /// once with <see cref="FoldByUnicode"/>); any other text goes through <see cref="FoldByUnicode"/> whole. The two agree:
    /// lower-casing is per character, œ and æ are replaced per character, and the decomposition of a character of the table
    /// is a base letter followed by non-spacing marks, which are dropped; the recomposition then finds no mark to put back,
    /// and no two characters of the table compose (<c>QueryTextTests</c> checks every character and every pair). The table
    /// spares ICU's case mapping and two normalisations per call, which the ingest paid on every page of every document.
    /// </remarks>
    public static string Fold(string text)
    {
        var i = 0;
        for (; i < text.Length; i++)
        {
            var folded = Folded(text[i]);
            if (folded is null) return FoldByUnicode(text);
            if (folded.Length != 1 || folded[0] != text[i]) break;
        }
        if (i == text.Length) return text;
        var sb = new StringBuilder(text.Length + 8);
        sb.Append(text, 0, i);
        for (; i < text.Length; i++)
        {
            var folded = Folded(text[i]);
            if (folded is null) return FoldByUnicode(text);
            if (folded.Length == 1) sb.Append(folded[0]);
            else sb.Append(folded);
        }
        return sb.ToString();
    }

    /// <summary>The characters folded from <see cref="FoldTable"/>: Latin (to U+024F) and general punctuation with the euro sign (U+2000–U+20CF).</summary>
    public static bool InFoldTable(char c) => c < LatinEnd || c is >= PunctuationStart and < PunctuationEnd;

    private const char LatinEnd = (char)0x250, PunctuationStart = (char)0x2000, PunctuationEnd = (char)0x20D0;

    private static readonly string[] FoldTable = BuildFoldTable();

    private static string[] BuildFoldTable()
    {
        var table = new string[LatinEnd + (PunctuationEnd - PunctuationStart)];
        for (var c = 0; c < LatinEnd; c++) table[c] = FoldByUnicode(((char)c).ToString());
        for (int c = PunctuationStart; c < PunctuationEnd; c++) table[LatinEnd + c - PunctuationStart] = FoldByUnicode(((char)c).ToString());
        return table;
    }

    private static string? Folded(char c) =>
        !InFoldTable(c) ? null : FoldTable[c < LatinEnd ? c : LatinEnd + c - PunctuationStart];

    /// <summary>The definition of <see cref="Fold"/>, through Unicode's case mapping and normalisations.</summary>
    public static string FoldByUnicode(string text)
    {
        var decomposed = text.ToLowerInvariant().Replace("œ", "oe").Replace("æ", "ae").Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) sb.Append(c);
        }
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }
}
