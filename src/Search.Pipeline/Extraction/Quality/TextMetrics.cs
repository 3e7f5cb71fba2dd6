using System.Text;

namespace Search.Pipeline.Extraction.Quality;

/// <summary>
/// Measures of extracted text against a reference: character error rate (edit distance over the
/// reference length, whitespace runs counted as one space) and bag-of-words F1.
/// </summary>
public static class TextMetrics
{
    /// <summary>Whitespace runs to one space, trimmed, NFC.</summary>
    public static string Canonical(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var ch in text.Normalize(NormalizationForm.FormC))
        {
            if (char.IsWhiteSpace(ch)) { space = sb.Length > 0; continue; }
            if (space) { sb.Append(' '); space = false; }
            sb.Append(ch);
        }
        return sb.ToString();
    }

    /// <summary>Levenshtein distance (insertions, deletions, substitutions), O(n·m) time, O(m) memory.</summary>
    public static int EditDistance(string a, string b)
    {
        if (a.Length == 0) return b.Length;
        if (b.Length == 0) return a.Length;
        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) prev[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            var ca = a[i - 1];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = ca == b[j - 1] ? 0 : 1;
                var v = prev[j - 1] + cost;
                var del = prev[j] + 1;
                if (del < v) v = del;
                var ins = cur[j - 1] + 1;
                if (ins < v) v = ins;
                cur[j] = v;
            }
            (prev, cur) = (cur, prev);
        }
        return prev[b.Length];
    }

    /// <summary>Errors and reference length of one page (canonical forms compared).</summary>
    public static (int Errors, int Length) CharacterErrors(string extracted, string reference)
    {
        var r = Canonical(reference);
        var e = Canonical(extracted);
        return (EditDistance(e, r), r.Length);
    }

    /// <summary>Character error rate of a document: total edits over total reference length, page by page.</summary>
    public static double CharacterErrorRate(IReadOnlyList<string> extractedPages, IReadOnlyList<string> referencePages)
    {
        long errors = 0, length = 0;
        for (var i = 0; i < Math.Max(extractedPages.Count, referencePages.Count); i++)
        {
            var (e, l) = CharacterErrors(i < extractedPages.Count ? extractedPages[i] : "", i < referencePages.Count ? referencePages[i] : "");
            errors += e;
            length += l;
        }
        return length == 0 ? 0 : (double)errors / length;
    }

    /// <summary>Lower-cased word tokens (letters and digits).</summary>
    public static List<string> Words(string text)
    {
        var words = new List<string>();
        var sb = new StringBuilder();
        foreach (var ch in text.Normalize(NormalizationForm.FormC))
        {
            if (char.IsLetterOrDigit(ch)) { sb.Append(char.ToLowerInvariant(ch)); continue; }
            if (sb.Length > 0) { words.Add(sb.ToString()); sb.Clear(); }
        }
        if (sb.Length > 0) words.Add(sb.ToString());
        return words;
    }

    /// <summary>Bag-of-words precision, recall and F1 of <paramref name="candidate"/> against <paramref name="reference"/>.</summary>
    public static (double Precision, double Recall, double F1) WordF1(string candidate, string reference)
    {
        var c = Count(Words(candidate));
        var r = Count(Words(reference));
        var cTotal = c.Values.Sum();
        var rTotal = r.Values.Sum();
        if (cTotal == 0 && rTotal == 0) return (1, 1, 1);
        long common = 0;
        foreach (var (w, n) in c) common += Math.Min(n, r.GetValueOrDefault(w));
        var p = cTotal == 0 ? 0 : (double)common / cTotal;
        var rec = rTotal == 0 ? 0 : (double)common / rTotal;
        var f1 = p + rec == 0 ? 0 : 2 * p * rec / (p + rec);
        return (p, rec, f1);

        static Dictionary<string, int> Count(List<string> words)
        {
            var d = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var w in words) d[w] = d.GetValueOrDefault(w) + 1;
            return d;
        }
    }
}
