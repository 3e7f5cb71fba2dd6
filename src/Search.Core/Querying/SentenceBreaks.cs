using ICU4N.Support.Text;
using ICU4N.Text;

namespace Search.Core.Querying;

/// <summary>
/// Sentence boundaries for snippets, found by scanning around the asked offset only: after a line or
/// page break, and after a full stop, question or exclamation mark or ellipsis (with its closing
/// quotes and spaces) unless the sentence goes on: a lower-case letter comes next ("M. le maire",
/// "nombreux. 65 % des agents"), or a letter or digit follows without a space ("L.1231-1", "1.5"). ICU's rule-based sentence iterator gave nearly the same
/// passages at several times the cost on long reports (its cache is rebuilt around every match).
/// </summary>
public sealed class SentenceBreaks : BreakIterator
{
    private string _text = "";
    private int _current;
    private CharacterIterator? _iterator;

    public override int Current => _current;

    public override CharacterIterator Text => _iterator ??= new StringCharacterIterator(_text);

    public override void SetText(CharacterIterator newText)
    {
        var chars = new System.Text.StringBuilder();
        for (var c = newText.First(); c != CharacterIterator.Done; c = newText.Next()) chars.Append(c);
        SetText(chars.ToString());
    }

    public override void SetText(string newText)
    {
        _text = newText ?? "";
        _iterator = null;
        _current = 0;
    }

    public override int First() => _current = 0;

    public override int Last() => _current = _text.Length;

    public override int Next()
    {
        if (_current >= _text.Length) return Done;
        return _current = NextBoundary(_current + 1);
    }

    public override int Next(int n)
    {
        var result = _current;
        for (; n > 0 && result != Done; n--) result = Next();
        for (; n < 0 && result != Done; n++) result = Previous();
        return result;
    }

    public override int Previous()
    {
        if (_current <= 0) return Done;
        return _current = PreviousBoundary(_current - 1);
    }

    public override int Following(int offset)
    {
        if (offset >= _text.Length)
        {
            _current = _text.Length;
            return Done;
        }
        return _current = NextBoundary(Math.Max(0, offset) + 1);
    }

    public override int Preceding(int offset)
    {
        if (offset <= 0) return Done;
        return _current = PreviousBoundary(Math.Min(offset, _text.Length) - 1);
    }

    public override bool IsBoundary(int offset) => offset == 0 || offset == _text.Length || (offset > 0 && offset < _text.Length && IsBoundaryAt(offset));

    /// <summary>The first boundary at or after <paramref name="from"/>.</summary>
    private int NextBoundary(int from)
    {
        for (var p = from; p < _text.Length; p++) if (IsBoundaryAt(p)) return p;
        return _text.Length;
    }

    /// <summary>The last boundary at or before <paramref name="from"/>.</summary>
    private int PreviousBoundary(int from)
    {
        for (var p = from; p > 0; p--) if (IsBoundaryAt(p)) return p;
        return 0;
    }

    private bool IsBoundaryAt(int p)
    {
        var c = _text[p];
        if (IsLineBreak(_text[p - 1])) return !IsLineBreak(c);
        if (char.IsWhiteSpace(c) || IsCloser(c)) return false;
        var i = p - 1;
        var spaces = false;
        while (i > 0 && char.IsWhiteSpace(_text[i]) && !IsLineBreak(_text[i]))
        {
            i--;
            spaces = true;
        }
        while (i > 0 && IsCloser(_text[i])) i--;
        if (_text[i] is not ('.' or '!' or '?' or '…')) return false;
        // "L.1231-1", "U.S.", "1.5": no break inside a token.
        if (!spaces && char.IsLetterOrDigit(c)) return false;
        // The next letter decides: a lower-case one continues the sentence ("nombreux. 65 % des agents").
        for (var j = p; j < _text.Length && j < p + 64; j++)
        {
            if (IsLineBreak(_text[j])) break;
            if (char.IsLetter(_text[j])) return !char.IsLower(_text[j]);
        }
        return true;
    }

    private static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u2029' or '\u2028' or '\f';

    private static bool IsCloser(char c) => c is '»' or '"' or ')' or ']' or '\'' or '’' or '”';
}
