using Search.Pipeline.Extraction;

namespace Search.Pipeline.Tests.Extraction;

public class TextNormalizerTests
{
    [Theory]
    [InlineData("les ﬁnances", "les finances")]
    [InlineData("un eﬀet", "un effet")]
    [InlineData("le cœur des œuvres", "le cœur des œuvres")]
    [InlineData("Universite ´ de Lyon", "Université de Lyon")]
    [InlineData("d´epartement", "département")]
    [InlineData("Fran¸cais", "Français")]
    [InlineData("pe`re et me`re", "père et mère")]
    [InlineData("  trop   d'espaces\u00A0ici ", "trop d'espaces ici")]
    [InlineData("Les collectivite\u0301s", "Les collectivités")]
    public void Normalizes(string input, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(input));

    [Fact]
    public void KeepsParagraphBreaksAndDropsControlCharacters()
    {
        var text = TextNormalizer.Normalize("Premier\u0001 paragraphe\n\n\n\nSecond \uE000paragraphe");
        Assert.Equal("Premier paragraphe\n\nSecond paragraphe", text);
    }

    [Fact]
    public void Characters_taken_as_already_normalised_are_their_own_nfkc_form()
    {
        var stable = Enumerable.Range(0, 65536).Select(c => (char)c).Where(c => !char.IsSurrogate(c) && TextNormalizer.IsNfkcStable(c.ToString())).ToArray();
        Assert.Contains('é', stable);
        Assert.DoesNotContain('\u00A0', stable);   // NBSP: NFKC makes it a space
        Assert.DoesNotContain('…', stable);         // NFKC makes it "..."
        foreach (var c in stable) Assert.Equal(c.ToString(), c.ToString().Normalize(System.Text.NormalizationForm.FormKC));
        var random = new Random(3);
        for (var n = 0; n < 20_000; n++)
        {
            var s = new string(Enumerable.Range(0, random.Next(1, 12)).Select(_ => stable[random.Next(stable.Length)]).ToArray());
            Assert.True(TextNormalizer.IsNfkcStable(s));
            Assert.Equal(s, s.Normalize(System.Text.NormalizationForm.FormKC));
        }
    }

    /// <summary>The whitespace collapsing as it was written with a regex, line by line.</summary>
    private static string CollapseSpacesReference(string text)
    {
        var sb = new System.Text.StringBuilder();
        var blank = 0;
        foreach (var raw in text.Split('\n'))
        {
            var line = System.Text.RegularExpressions.Regex.Replace(raw, "[ \\t\\r\\f\\v\\u00A0\\u2000-\\u200B\\u202F\\u205F\\u3000]+", " ").Trim();
            if (line.Length == 0) { blank++; continue; }
            if (sb.Length > 0) sb.Append(blank > 0 ? "\n\n" : "\n");
            blank = 0;
            sb.Append(line);
        }
        return sb.ToString();
    }

    [Fact]
    public void Collapsing_spaces_gives_what_the_regex_gave()
    {
        const string pool = "ab é\t\r\f\v\n\u00A0\u2000\u2005\u200A\u200B\u202F\u205F\u3000\u2028\u0085\u1680x  \n\n";
        var random = new Random(5);
        foreach (var text in new[] { "", " ", "\n", "\n\n\n", "a\n", "\na", " a  b \n\n\n c " })
            Assert.Equal(CollapseSpacesReference(text), TextNormalizer.CollapseSpaces(text));
        for (var n = 0; n < 20_000; n++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 40)).Select(_ => pool[random.Next(pool.Length)]).ToArray());
            Assert.Equal(CollapseSpacesReference(text), TextNormalizer.CollapseSpaces(text));
        }
    }

    /// <summary>
    /// The HTML extractor normalises a rendered page at once: it must give what normalising each line and collapsing
    /// the joined lines gave (detached accents, combining marks and controls next to line ends, ligatures, spaces).
    /// </summary>
    [Fact]
    public void Normalising_a_whole_text_gives_what_normalising_each_line_gave()
    {
        static string LineByLine(string text) =>
            TextNormalizer.CollapseSpaces(string.Join("\n", text.Split('\n').Select(TextNormalizer.Normalize)));
        const string pool = "ae cé\n\n \u00B4`\u00A8\u00B8\u02C6\u0301\u0308\u0327ﬁ\u00A0\u2003\t\r\u0001\u00AD\uFFFD\uE000\u2028\u200Bœ…½Ａ";
        foreach (var text in new[] { "", "\n", "e\n\u00B4e", "e \n\u00B4", "Universite ´\nde\n´e", "a\u0301\n\u0301a", "\n\n\n x \n" })
            Assert.Equal(LineByLine(text), TextNormalizer.Normalize(text));
        var random = new Random(11);
        for (var n = 0; n < 20_000; n++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 40)).Select(_ => pool[random.Next(pool.Length)]).ToArray());
            Assert.Equal(LineByLine(text), TextNormalizer.Normalize(text));
        }
    }
}

public class TextQualityHeuristicsTests
{
    [Fact]
    public void FrenchProseIsUsable() =>
        Assert.True(TextQualityHeuristics.IsUsable("Les dépenses de fonctionnement des communes ont augmenté de 2,3 % en 2022 selon la DGCL."));

    [Fact]
    public void FinancialTableIsUsable() =>
        Assert.True(TextQualityHeuristics.IsUsable("Ain 1 234 567 € 12,5 % Aisne 2 345 678 € 13,1 % Allier 987 654 € 9,8 % Total 4 567 899 €"));

    [Fact]
    public void TableOfContentsWithLeadersIsUsable() =>
        Assert.True(TextQualityHeuristics.IsUsable("Sommaire ........................................ 3\nIntroduction .................................... 5\nMéthodologie ..................................... 7"));

    [Theory]
    [InlineData("")]
    [InlineData("   12  ")]
    [InlineData("\uE001\uE002\uE003\uE004 \uE005\uE006\uE007 \uE008\uE009\uE00A\uE00B")]
    [InlineData("\u0003\u0011\u0004\u0015\u0003 \u0012\u0013\u0014 \u0016\u0017\u0018\u0019 \u001A\u001B ab")]
    [InlineData("Xqzkrtv Bvcxwpl Mnbvcxz Qwrtzpk Lkjhgfd Zxcvbnm Pqrstvw Hgfdskl Trzpqxw Kvbnmlr")]
    public void GarbageIsNotUsable(string text) => Assert.False(TextQualityHeuristics.IsUsable(text));

    /// <summary>The counts of <see cref="TextQualityHeuristics.Assess"/> as written with Unicode lookups for every character.</summary>
    private static (int Letters, double LetterRatio) Reference(string text)
    {
        int letters = 0, digits = 0, nonSpace = 0, punctuation = 0;
        foreach (var ch in text)
        {
            if (char.IsWhiteSpace(ch)) continue;
            nonSpace++;
            if (char.IsLetter(ch)) letters++;
            else if (char.IsDigit(ch)) digits++;
            else if (char.IsPunctuation(ch)) punctuation++;
        }
        return (letters, (double)(letters + digits) / Math.Max(1, nonSpace - punctuation));
    }

    [Fact]
    public void Character_classes_from_the_table_are_those_of_the_unicode_lookups()
    {
        // Every character of the Latin block (the table's range) and some beyond it, in words and alone.
        var chars = Enumerable.Range(0, 0x260).Select(c => (char)c).Concat("\uFFFD\uE000\u1E9E\u0410\u4E00ﬁ…€").ToArray();
        var random = new Random(7);
        for (var n = 0; n < 20_000; n++)
        {
            var text = "les " + new string(Enumerable.Range(0, random.Next(1, 30)).Select(_ => chars[random.Next(chars.Length)]).ToArray()) + " finances";
            var assessment = TextQualityHeuristics.Assess(text);
            var (letters, ratio) = Reference(text);
            Assert.Equal(letters, assessment.Letters);
            Assert.Equal(ratio, assessment.LetterRatio, 12);
        }
        // Control and private-use characters still count as bad glyphs, whichever side of the table they are on.
        Assert.Equal("control/private-use glyphs", TextQualityHeuristics.Assess("abc \u0001\u0002\u0003\u0004 def").Reason);
        Assert.Equal("control/private-use glyphs", TextQualityHeuristics.Assess("abc \uE001\uE002\uE003\uE004 def").Reason);
    }
}
