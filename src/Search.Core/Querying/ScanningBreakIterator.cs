using ICU4N.Support.Text;
using ICU4N.Text;

namespace Search.Core.Querying;

/// <summary>
/// A break iterator over a string that finds boundaries by scanning from the asked offset (what the highlighter
/// asks: the boundaries around a match); a subclass says where a boundary is (<see cref="IsBoundaryAt"/>) and may
/// find the next or previous one faster than by testing every offset.
/// </summary>
public abstract class ScanningBreakIterator : BreakIterator
{
    private string _text = "";
    private int _current;
    private CharacterIterator? _iterator;

    /// <summary>The text being iterated.</summary>
    protected string Chars => _text;

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
    protected virtual int NextBoundary(int from)
    {
        for (var p = from; p < _text.Length; p++) if (IsBoundaryAt(p)) return p;
        return _text.Length;
    }

    /// <summary>The last boundary at or before <paramref name="from"/>.</summary>
    protected virtual int PreviousBoundary(int from)
    {
        for (var p = from; p > 0; p--) if (IsBoundaryAt(p)) return p;
        return 0;
    }

    /// <summary>Whether a passage may start at <paramref name="p"/> (0 &lt; p &lt; the text's length).</summary>
    protected abstract bool IsBoundaryAt(int p);
}
