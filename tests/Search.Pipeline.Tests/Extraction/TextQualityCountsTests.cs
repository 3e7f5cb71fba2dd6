using System.Globalization;
using System.Text;
using Search.Pipeline.Extraction;

namespace Search.Pipeline.Tests.Extraction;

/// <summary>The one-pass counts of <see cref="TextQualityHeuristics.Assess"/> against the character tests and the word pass they replace.</summary>
public class TextQualityCountsTests
{
    /// <summary>The counts as a loop of the char methods and <see cref="TextQualityHeuristics.CountPlausibleWords"/> give them.</summary>
    private static (int, int, int, int, int, int, int, int) Expected(string text)
    {
        int letters = 0, digits = 0, nonSpace = 0, bad = 0, latin = 0, punctuation = 0;
        foreach (var ch in text)
        {
            if (char.IsWhiteSpace(ch)) continue;
            nonSpace++;
            if (char.IsLetter(ch))
            {
                letters++;
                if (ch < '\u0250' || (ch >= '\u1E00' && ch <= '\u1EFF') || ch is 'ﬀ' or 'ﬁ' or 'ﬂ' or 'ﬃ' or 'ﬄ') latin++;
            }
            else if (char.IsDigit(ch)) digits++;
            else if (char.IsPunctuation(ch)) punctuation++;
            else if (CharUnicodeInfo.GetUnicodeCategory(ch) is UnicodeCategory.Control or UnicodeCategory.PrivateUse
                     or UnicodeCategory.OtherNotAssigned or UnicodeCategory.Surrogate || ch == '\uFFFD') bad++;
        }
        var (words, plausible) = TextQualityHeuristics.CountPlausibleWords(text);
        return (letters, digits, nonSpace, bad, latin, punctuation, words, plausible);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Les dépenses de fonctionnement des collectivités locales progressent en 2022.")]
    [InlineData("DGCL EPCI CRC aBcDe Xyzzz strengths ŒUVRE œuvre Ǆemal ǅemal İstanbul ﬁnances ﬂux")]
    [InlineData("Ελληνικά кириллица 漢字 Ｆｕｌｌ ſtraße ẞ Ỳên Ấp \uE000\uE001 \uFFFD \u0007 \uD83D\uDE00 fin")]
    [InlineData("mot")]
    [InlineData("ab")]
    public void The_one_pass_counts_are_those_of_the_character_tests_and_the_word_pass(string text)
    {
        Assert.Equal(Expected(text), TextQualityHeuristics.Count(text));
    }

    [Fact]
    public void Random_texts_of_every_kind_of_character_count_alike()
    {
        var random = new Random(17);
        // Latin letters of both cases, accented and extended ones (up to U+024F and past it), Latin Extended Additional,
        // ligatures, Greek, Cyrillic, CJK, digits, punctuation, spaces of several kinds, controls, private use, unassigned,
        // lone surrogates and the replacement character.
        char[][] pools =
        [
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ".ToCharArray(),
            "aeiouyAEIOUYàâäéèêëîïôöùûüÿœæÀÂÄÉÈÊËÎÏÔÖÙÛÜŸŒÆ".ToCharArray(),
            Enumerable.Range(0x00C0, 0x0250 - 0x00C0).Select(c => (char)c).ToArray(),
            Enumerable.Range(0x0250, 0x80).Select(c => (char)c).ToArray(),
            Enumerable.Range(0x1E00, 0x100).Select(c => (char)c).ToArray(),
            "ﬀﬁﬂﬃﬄ".ToCharArray(),
            "αβγΔΣΩжзиЖЗИ漢字仮名".ToCharArray(),
            "0123456789٣".ToCharArray(),
            ".,;:!?-–—'’\"«»()[]…•/".ToCharArray(),
            " \t\n\r\u00A0\u2009\u3000".ToCharArray(),
            "\u0001\u007F\uE000\uF8FF\u0378\uD800\uDC00\uFFFD\u00AD\u200B".ToCharArray(),
        ];
        for (var trial = 0; trial < 3_000; trial++)
        {
            var text = new StringBuilder();
            var length = random.Next(0, 200);
            // Mostly words of plain letters, with runs from the other pools.
            while (text.Length < length)
            {
                var pool = random.Next(3) == 0 ? pools[random.Next(pools.Length)] : pools[random.Next(2)];
                var run = random.Next(1, 9);
                for (var k = 0; k < run; k++) text.Append(pool[random.Next(pool.Length)]);
                if (random.Next(2) == 0) text.Append(' ');
            }
            var s = text.ToString();
            Assert.True(Expected(s) == TextQualityHeuristics.Count(s), $"trial {trial}: {string.Join(" ", s.Select(c => ((int)c).ToString("X4", CultureInfo.InvariantCulture)))}");
        }
    }
}
