using System.Globalization;
using System.Text;

namespace Search.Core.Querying;

/// <summary>Cleans what a person typed before it reaches the parser.</summary>
public static class QueryText
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

    /// <summary>Lower case without diacritics (œ -> oe): the form of the exact fields, for prefixes.</summary>
    public static string Fold(string text)
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
