using Search.Core.Querying;

namespace Search.Core.Tests;

public class SentenceBreaksTests
{
    private static List<int> Boundaries(string text)
    {
        var breaks = new SentenceBreaks();
        breaks.SetText(text);
        var found = new List<int> { breaks.First() };
        for (var b = breaks.Next(); b != ICU4N.Text.BreakIterator.Done; b = breaks.Next()) found.Add(b);
        return found;
    }

    [Fact]
    public void Sentences_end_after_a_terminator_and_spaces_before_a_capital()
    {
        const string text = "Les dépenses augmentent. Les recettes baissent ! Pourquoi ? Voir plus loin.";
        Assert.Equal([0, 25, 49, 60, text.Length], Boundaries(text));
    }

    [Theory]
    [InlineData("Le maire, M. le président et l'article L.1231-1 du code.")]
    [InlineData("Les départs sont peu nombreux. 65 % des agents ont moins de 45 ans.")]
    [InlineData("Une hausse de 1.5 point.")]
    public void Abbreviations_numbers_and_lower_case_continuations_do_not_end_a_sentence(string text)
    {
        Assert.Equal([0, text.Length], Boundaries(text));
    }

    [Fact]
    public void A_page_or_line_break_ends_a_sentence_and_preceding_finds_the_start()
    {
        const string text = "Titre du rapport\u2029Première page de texte. Suite du texte";
        Assert.Equal([0, 17, 41, text.Length], Boundaries(text));
        var breaks = new SentenceBreaks();
        breaks.SetText(text);
        Assert.Equal(17, breaks.Preceding(30));
        Assert.Equal(41, breaks.Following(30));
        Assert.Equal(ICU4N.Text.BreakIterator.Done, breaks.Following(text.Length));
        Assert.Equal(ICU4N.Text.BreakIterator.Done, breaks.Preceding(0));
    }

    [Fact]
    public void Following_and_preceding_find_the_boundaries_that_testing_every_offset_finds()
    {
        // The iterator skips offsets that cannot be boundaries; on texts made of the characters that matter (ends of
        // sentences, closers, spaces, line and page breaks, letters of both cases, digits), every answer must be the
        // one a test of every offset gives.
        const string alphabet = "aaaaeeezZ09 .  !?…»\")’\n\r\u2029\fLM";
        var random = new Random(20261204);
        for (var round = 0; round < 300; round++)
        {
            var chars = new char[random.Next(1, 120)];
            for (var i = 0; i < chars.Length; i++) chars[i] = alphabet[random.Next(alphabet.Length)];
            var text = new string(chars);
            var breaks = new SentenceBreaks();
            breaks.SetText(text);
            var boundaries = Enumerable.Range(1, Math.Max(0, text.Length - 1)).Where(breaks.IsBoundary).ToList();
            for (var offset = -1; offset <= text.Length + 1; offset++)
            {
                var following = offset >= text.Length ? ICU4N.Text.BreakIterator.Done
                    : boundaries.Where(b => b > Math.Max(0, offset)).DefaultIfEmpty(text.Length).First();
                var preceding = offset <= 0 ? ICU4N.Text.BreakIterator.Done
                    : boundaries.Where(b => b < Math.Min(offset, text.Length)).DefaultIfEmpty(0).Last();
                Assert.True(following == breaks.Following(offset), $"Following({offset}) of \"{text}\"");
                Assert.True(preceding == breaks.Preceding(offset), $"Preceding({offset}) of \"{text}\"");
            }
        }
    }
}
