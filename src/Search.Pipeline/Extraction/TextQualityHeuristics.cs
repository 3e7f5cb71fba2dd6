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
        var (letters, digits, nonSpace, bad, latinLetters, punctuation, words, plausible) = Count(rawText);
        if (letters == 0) return new(false, "no letters", 0, 0, 0);
        var letterRatio = (double)(letters + digits) / Math.Max(1, nonSpace - punctuation);
        var badRatio = (double)bad / Math.Max(1, nonSpace);
        var latinRatio = (double)latinLetters / letters;

        var plausibleRatio = words == 0 ? 0 : (double)plausible / words;

        if (letters < 3) return new(false, "almost no letters", letters, letterRatio, plausibleRatio);
        if (badRatio > 0.15) return new(false, "control/private-use glyphs", letters, letterRatio, plausibleRatio);
        if (letterRatio < 0.4) return new(false, "few letters among characters", letters, letterRatio, plausibleRatio);
        if (latinRatio < 0.6) return new(false, "non-Latin glyphs", letters, letterRatio, plausibleRatio);
        if (words >= 8 && plausibleRatio < 0.5) return new(false, "implausible words", letters, letterRatio, plausibleRatio);
        if (words > 0 && words < 8 && plausible == 0) return new(false, "no plausible word", letters, letterRatio, plausibleRatio);
        return new(true, "ok", letters, letterRatio, plausibleRatio);
    }

    /// <summary>
    /// What <see cref="Assess"/> counts, in one pass: the characters by kind, and the words of <see cref="CountPlausibleWords"/>
    /// (runs of letters; a letter is exactly a character of kind <see cref="Kind.Letter"/>, no white space being a letter),
    /// each judged where it ends: a word made only of characters below U+0250 (nearly all of them) by
    /// <see cref="LooksLikeLatinWord"/>, from one table, the others by <see cref="LooksLikeWord"/>. The same counts as the
    /// character loop and <see cref="CountPlausibleWords"/> made in two passes (<c>TextQualityCountsTests</c>).
    /// </summary>
    internal static (int Letters, int Digits, int NonSpace, int Bad, int LatinLetters, int Punctuation, int Words, int Plausible) Count(string rawText)
    {
        int letters = 0, digits = 0, nonSpace = 0, bad = 0, latinLetters = 0, punctuation = 0, words = 0, plausible = 0;
        var wordStart = -1;
        var wordLatin = true;
        for (var i = 0; i < rawText.Length; i++)
        {
            var ch = rawText[i];
            // The Latin block from the table, the rest by the same tests.
            var kind = ch < LatinKinds.Length ? (Kind)LatinKinds[ch] : KindOf(ch);
            if (kind == Kind.Letter)
            {
                if (wordStart < 0) (wordStart, wordLatin) = (i, true);
                if (ch >= LatinKinds.Length) wordLatin = false;
            }
            else if (wordStart >= 0)
            {
                EndWord(rawText.AsSpan(wordStart, i - wordStart), wordLatin, ref words, ref plausible);
                wordStart = -1;
            }
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
        if (wordStart >= 0) EndWord(rawText.AsSpan(wordStart), wordLatin, ref words, ref plausible);
        return (letters, digits, nonSpace, bad, latinLetters, punctuation, words, plausible);

        static void EndWord(ReadOnlySpan<char> word, bool latin, ref int words, ref int plausible)
        {
            if (word.Length < 3) return;
            words++;
            if (latin ? LooksLikeLatinWord(word) : LooksLikeWord(word)) plausible++;
        }
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

    private const byte UpperFlag = 1, LowerFlag = 2, VowelFlag = 4;

    /// <summary>
    /// What <see cref="LooksLikeWord"/> asks of a character: <c>char.IsUpper</c>, <c>char.IsLower</c>, and whether its lower
    /// case is a vowel.
    /// </summary>
    private static byte FlagsOf(char ch)
    {
        var lower = char.ToLowerInvariant(ch);
        var vowel = lower < IsLowerVowel.Length ? IsLowerVowel[lower] : Vowels.Contains(lower);
        return (byte)((char.IsUpper(ch) ? UpperFlag : 0) | (char.IsLower(ch) ? LowerFlag : 0) | (vowel ? VowelFlag : 0));
    }

    /// <summary><see cref="FlagsOf"/> of each character below U+0250, computed once.</summary>
    private static readonly byte[] WordFlags = Enumerable.Range(0, 0x250).Select(c => FlagsOf((char)c)).ToArray();

    /// <summary><see cref="LooksLikeWord"/> of a word with no non-Latin character (the caller knows), without that check:
    /// the counts of its vowel and consonant runs and casing, the characters below U+0250 from <see cref="WordFlags"/>.</summary>
    private static bool LooksLikeLatinWord(ReadOnlySpan<char> word)
    {
        int vowels = 0, consonantRun = 0, maxConsonantRun = 0, vowelRun = 0, maxVowelRun = 0, upper = 0, lowerAfterUpper = 0;
        var previous = 0;
        foreach (var ch in word)
        {
            int flags = ch < WordFlags.Length ? WordFlags[ch] : FlagsOf(ch);
            if ((flags & UpperFlag) != 0)
            {
                upper++;
                if ((previous & LowerFlag) != 0) lowerAfterUpper++;
            }
            if ((flags & VowelFlag) != 0)
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
            previous = flags;
        }
        return Plausible(word.Length, vowels, maxConsonantRun, maxVowelRun, upper, lowerAfterUpper);
    }

    /// <summary>A vowel present, no long consonant or vowel runs, sane casing (lower, Capitalised or UPPER); no character
    /// of another script than Latin (Latin Extended Additional included).</summary>
    public static bool LooksLikeWord(ReadOnlySpan<char> word)
    {
        foreach (var ch in word)
            if (ch >= '\u0250' && !(ch >= '\u1E00' && ch <= '\u1EFF')) return false;
        return LooksLikeLatinWord(word);
    }

    /// <summary>The verdict of <see cref="LooksLikeWord"/> on a word's counts.</summary>
    private static bool Plausible(int length, int vowels, int maxConsonantRun, int maxVowelRun, int upper, int lowerAfterUpper)
    {
        var allUpper = upper == length;
        if (vowels == 0) return allUpper && length <= 6; // acronyms: DGCL, EPCI, CRC
        if (maxConsonantRun > 4 && !allUpper) return false;
        if (maxVowelRun > 3) return false;
        if (lowerAfterUpper > 1) return false; // "aBcDe"
        if (upper > 1 && !allUpper && lowerAfterUpper > 0 && length < 6) return false;
        return true;
    }
}
