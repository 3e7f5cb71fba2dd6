namespace Search.Core.Querying;

/// <summary>
/// Sentence boundaries for snippets, found by scanning around the asked offset only: after a line or
/// page break, and after a full stop, question or exclamation mark or ellipsis (with its closing
/// quotes and spaces) unless the sentence goes on: a lower-case letter comes next ("M. le maire",
/// "nombreux. 65 % des agents"), or a letter or digit follows without a space ("L.1231-1", "1.5"). ICU's rule-based sentence iterator gave nearly the same
/// passages at several times the cost on long reports (its cache is rebuilt around every match).
/// </summary>
public sealed class SentenceBreaks : ScanningBreakIterator
{
    /// <summary>The characters a boundary's run starts with: a sentence's end, or a line or page break.</summary>
    private static readonly System.Buffers.SearchValues<char> RunStarts = System.Buffers.SearchValues.Create(".!?…\n\r\u2029\u2028\f");

    /// <summary>
    /// The first boundary at or after <paramref name="from"/>, without testing every offset: a boundary at p follows a
    /// run of the text made of a sentence's end or a line break then closers and spaces only (what
    /// <see cref="IsBoundaryAt"/> reads backwards), so where the character before p is anything else, the next boundary
    /// lies after the next character that starts such a run (found by a vectorised search). Same boundaries as testing
    /// every offset (a test compares both on generated texts).
    /// </summary>
    protected override int NextBoundary(int from)
    {
        var p = Math.Max(from, 1);
        while (p < Chars.Length)
        {
            if (InRun(Chars[p - 1]))
            {
                if (IsBoundaryAt(p)) return p;
                p++;
                continue;
            }
            var start = Chars.AsSpan(p).IndexOfAny(RunStarts);
            if (start < 0) return Chars.Length;
            p += start + 1;
        }
        return Chars.Length;
    }

    /// <summary>The last boundary at or before <paramref name="from"/>, without testing every offset backwards: where the
    /// character before p cannot end a boundary's run, a boundary before p follows the last character before it that
    /// starts a run (found by a vectorised search) and the closers and spaces after that one, so the scan resumes at the
    /// end of those. Same boundaries as testing every offset (a test compares both on generated texts).</summary>
    protected override int PreviousBoundary(int from)
    {
        var p = Math.Min(from, Chars.Length - 1);
        while (p > 0)
        {
            if (InRun(Chars[p - 1]))
            {
                if (IsBoundaryAt(p)) return p;
                p--;
                continue;
            }
            // Between that run's start and p - 1 only closers and spaces can precede a boundary (Chars[p - 1] cannot).
            var start = Chars.AsSpan(0, p - 1).LastIndexOfAny(RunStarts);
            if (start < 0) return 0;
            var end = start + 1;
            while (InRun(Chars[end])) end++;
            p = end;
        }
        return 0;
    }

    /// <summary>Characters that may precede a boundary: a sentence's end, a line break, a closer or a space.</summary>
    private static bool InRun(char c) => c is '.' or '!' or '?' or '…' || IsLineBreak(c) || IsCloser(c) || char.IsWhiteSpace(c);

    protected override bool IsBoundaryAt(int p)
    {
        var c = Chars[p];
        if (IsLineBreak(Chars[p - 1])) return !IsLineBreak(c);
        if (char.IsWhiteSpace(c) || IsCloser(c)) return false;
        var i = p - 1;
        var spaces = false;
        while (i > 0 && char.IsWhiteSpace(Chars[i]) && !IsLineBreak(Chars[i]))
        {
            i--;
            spaces = true;
        }
        while (i > 0 && IsCloser(Chars[i])) i--;
        if (Chars[i] is not ('.' or '!' or '?' or '…')) return false;
        // "L.1231-1", "U.S.", "1.5": no break inside a token.
        if (!spaces && char.IsLetterOrDigit(c)) return false;
        // The next letter decides: a lower-case one continues the sentence ("nombreux. 65 % des agents").
        for (var j = p; j < Chars.Length && j < p + 64; j++)
        {
            if (IsLineBreak(Chars[j])) break;
            if (char.IsLetter(Chars[j])) return !char.IsLower(Chars[j]);
        }
        return true;
    }

    private static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u2029' or '\u2028' or '\f';

    private static bool IsCloser(char c) => c is '»' or '"' or ')' or ']' or '\'' or '’' or '”';
}
