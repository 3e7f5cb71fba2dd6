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
