using System.Globalization;

namespace Search.Pipeline.Extraction;

/// <summary>
/// Decides whether extracted text is readable (French or at least Latin-script words) or garbage, as
/// produced by fonts without a usable encoding (no ToUnicode map), or empty (scanned/image pages).
/// </summary>
public static class TextQualityHeuristics
{
    private const string Vowels = "aeiouyàâäéèêëîïôöùûüÿœæ";

    /// <summary>Result of the analysis of one page's raw (un-normalised) text.</summary>
    public readonly record struct Assessment(bool Usable, string Reason, int Letters, double LetterRatio, double PlausibleWordRatio);

    public static bool IsUsable(string rawText) => Assess(rawText).Usable;

    public static Assessment Assess(string rawText)
    {
        int letters = 0, digits = 0, nonSpace = 0, bad = 0, latinLetters = 0, punctuation = 0;
        foreach (var ch in rawText)
        {
            // The Latin block from the table, the rest by the same tests.
            var kind = ch < LatinKinds.Length ? (Kind)LatinKinds[ch] : KindOf(ch);
            if (kind == Kind.Space) continue;
            nonSpace++;
            switch (kind)
            {
                case Kind.Letter:
                    letters++;
                    if (ch < '\u0250' || (ch >= '\u1E00' && ch <= '\u1EFF') || ch is 'ﬀ' or 'ﬁ' or 'ﬂ' or 'ﬃ' or 'ﬄ') latinLetters++;
                    break;
                case Kind.Digit: digits++; break;
                case Kind.Punctuation: punctuation++; break; // neutral: TOC leaders "....", dashes
                case Kind.Bad: bad++; break;
            }
        }
        if (letters == 0) return new(false, "no letters", 0, 0, 0);
        var letterRatio = (double)(letters + digits) / Math.Max(1, nonSpace - punctuation);
        var badRatio = (double)bad / Math.Max(1, nonSpace);
        var latinRatio = (double)latinLetters / letters;

        var (words, plausible) = CountPlausibleWords(rawText);
        var plausibleRatio = words == 0 ? 0 : (double)plausible / words;

        if (letters < 3) return new(false, "almost no letters", letters, letterRatio, plausibleRatio);
        if (badRatio > 0.15) return new(false, "control/private-use glyphs", letters, letterRatio, plausibleRatio);
        if (letterRatio < 0.4) return new(false, "few letters among characters", letters, letterRatio, plausibleRatio);
        if (latinRatio < 0.6) return new(false, "non-Latin glyphs", letters, letterRatio, plausibleRatio);
        if (words >= 8 && plausibleRatio < 0.5) return new(false, "implausible words", letters, letterRatio, plausibleRatio);
        if (words > 0 && words < 8 && plausible == 0) return new(false, "no plausible word", letters, letterRatio, plausibleRatio);
        return new(true, "ok", letters, letterRatio, plausibleRatio);
    }

    private enum Kind : byte { Space, Letter, Digit, Punctuation, Bad, Other }

    /// <summary>How <see cref="Assess"/> counts a character.</summary>
    private static Kind KindOf(char ch)
    {
        if (char.IsWhiteSpace(ch)) return Kind.Space;
        if (char.IsLetter(ch)) return Kind.Letter;
        if (char.IsDigit(ch)) return Kind.Digit;
        if (char.IsPunctuation(ch)) return Kind.Punctuation;
        return CharUnicodeInfo.GetUnicodeCategory(ch) is UnicodeCategory.Control or UnicodeCategory.PrivateUse
            or UnicodeCategory.OtherNotAssigned or UnicodeCategory.Surrogate || ch == '\uFFFD' ? Kind.Bad : Kind.Other;
    }

    /// <summary>
    /// <see cref="KindOf"/> of each character below U+0250 (every one of them a Latin letter when a letter), computed
    /// once: the Unicode category lookups were made for every character of every page.
    /// </summary>
    private static readonly byte[] LatinKinds = Enumerable.Range(0, 0x250).Select(c => (byte)KindOf((char)c)).ToArray();

    /// <summary>The lower-case vowels of <see cref="Vowels"/>, by code (all of them below U+0250).</summary>
    private static readonly bool[] IsLowerVowel = Enumerable.Range(0, 0x250).Select(c => Vowels.Contains((char)c)).ToArray();

    /// <summary>Counts letter tokens of 3+ letters and those that look like words of a Latin-script language.</summary>
    public static (int Words, int Plausible) CountPlausibleWords(string text)
    {
        int words = 0, plausible = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i])) { i++; continue; }
            var start = i;
            while (i < text.Length && char.IsLetter(text[i])) i++;
            var len = i - start;
            if (len < 3) continue;
            words++;
            if (LooksLikeWord(text.AsSpan(start, len))) plausible++;
        }
        return (words, plausible);
    }

    /// <summary>char.ToLowerInvariant of the Latin letters, computed once (it goes through ICU for every non-ASCII letter).</summary>
    private static readonly char[] LowerLatin = Enumerable.Range(0, 0x250).Select(c => char.ToLowerInvariant((char)c)).ToArray();

    /// <summary>A vowel present, no long consonant or vowel runs, sane casing (lower, Capitalised or UPPER).</summary>
    public static bool LooksLikeWord(ReadOnlySpan<char> word)
    {
        int vowels = 0, consonantRun = 0, maxConsonantRun = 0, vowelRun = 0, maxVowelRun = 0, upper = 0, lowerAfterUpper = 0;
        var hasNonLatin = false;
        for (var k = 0; k < word.Length; k++)
        {
            var ch = word[k];
            if (ch >= '\u0250' && !(ch >= '\u1E00' && ch <= '\u1EFF')) hasNonLatin = true;
            var lower = ch < LowerLatin.Length ? LowerLatin[ch] : char.ToLowerInvariant(ch);
            if (char.IsUpper(ch))
            {
                upper++;
                if (k > 0 && char.IsLower(word[k - 1])) lowerAfterUpper++;
            }
            if (lower < IsLowerVowel.Length ? IsLowerVowel[lower] : Vowels.Contains(lower))
            {
                vowels++;
                vowelRun++;
                maxVowelRun = Math.Max(maxVowelRun, vowelRun);
                consonantRun = 0;
            }
            else
            {
                consonantRun++;
                maxConsonantRun = Math.Max(maxConsonantRun, consonantRun);
                vowelRun = 0;
            }
        }
        if (hasNonLatin) return false;
        var allUpper = upper == word.Length;
        if (vowels == 0) return allUpper && word.Length <= 6; // acronyms: DGCL, EPCI, CRC
        if (maxConsonantRun > 4 && !allUpper) return false;
        if (maxVowelRun > 3) return false;
        if (lowerAfterUpper > 1) return false; // "aBcDe"
        if (upper > 1 && !allUpper && lowerAfterUpper > 0 && word.Length < 6) return false;
        return true;
    }
}
