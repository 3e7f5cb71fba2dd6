using System.Globalization;
using Search.Core.Territories;

namespace Search.Core.Tests.Territories;

/// <summary>
/// The tokens are what recognition reads and what the gazetteer's keys are made of: the one-pass tokenizer must give the
/// tokens of the plain one (a scan for the word's end, then folding, then letters and capitals counted, then two backward
/// scans for what is before the word).
/// </summary>
public sealed class TerritoryTextTests
{
    /// <summary>The tokenizer as it was written before the one-pass scan.</summary>
    private static List<TerritoryToken> Reference(string text)
    {
        var tokens = new List<TerritoryToken>();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i])) { i++; continue; }
            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || char.GetUnicodeCategory(text[i]) == UnicodeCategory.NonSpacingMark)) i++;
            var word = text.AsSpan(start, i - start);
            var folded = TerritoryText.Fold(word) switch { "st" => "saint", "ste" => "sainte", "sts" => "saints", "stes" => "saintes", var f => f };
            var letters = 0;
            var upper = 0;
            foreach (var c in word)
            {
                if (!char.IsLetter(c)) continue;
                letters++;
                if (char.IsUpper(c)) upper++;
            }
            tokens.Add(new TerritoryToken(folded, start, i, char.IsUpper(word[0]) || char.IsDigit(word[0]), letters > 1 && upper == letters,
                SentenceStart(text, start), AfterFullStop(text, start)));
        }
        return tokens;

        static bool SentenceStart(string text, int start)
        {
            for (var j = start - 1; j >= 0; j--)
            {
                var c = text[j];
                if (c == '\n') return true;
                if (char.IsWhiteSpace(c) || c is '"' or '«' or '(' or '\'' or '’' or '-' or '–' or '—' or '•') continue;
                return c is '.' or '!' or '?' or ':' or ';';
            }
            return true;
        }

        static bool AfterFullStop(string text, int start)
        {
            for (var j = start - 1; j >= 0; j--)
            {
                var c = text[j];
                if (char.IsWhiteSpace(c) || c is '"' or '«' or '(' or '\'' or '’' or '-' or '–' or '—' or '•') continue;
                return c is '.' or '!' or '?';
            }
            return false;
        }
    }

    public static TheoryData<string> Texts()
    {
        var data = new TheoryData<string>
        {
            "",
            "Saint-Étienne",
            "La communauté de communes du Pays de Lunel. À Paris ; SAINT-DENIS : Ste-Marie\n\nle 1er janvier 2020",
            "ÉVRY-COURCOURONNES, l’Haÿ-les-Roses (94) — « Œuvre » n°12 … m² Ⅻ ﬁnances",
            "e\u0301cole Cafe\u0301 \u0301accent seul, ١٢٣ chiffres arabes, ＡＢＣ pleine chasse, Ωmega αβγ",
        };
        // Random texts over words and separators that exercise each branch: ASCII and Latin letters in both cases, digits,
        // combining marks, punctuation before words, line breaks, abbreviations that expand.
        var random = new Random(15);
        string[] pieces = ["la", "Le", "ST", "st", "Ste", "stes", "Saint", "É", "é", "Œ", "œ", "ÉTAT", "Île", "l'", "L’", "d'", "2021", "1er",
            "Ⅻ", "\u0301", "ß", "İ", "ﬁ", "Ω", "x", "A", "Z", "a", "z", "0", "9", "@", "[", "`", "{", "é\u0301"];
        string[] separators = [" ", "  ", "\n", "\n\n", ". ", "! ", "? ", ": ", "; ", ", ", " - ", "-", " « ", "(", "’", "—", "•", "\t", "\u00a0", ""];
        for (var t = 0; t < 40; t++)
        {
            var sb = new System.Text.StringBuilder();
            var n = random.Next(1, 200);
            for (var k = 0; k < n; k++) sb.Append(separators[random.Next(separators.Length)]).Append(pieces[random.Next(pieces.Length)]);
            data.Add(sb.ToString());
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void The_one_pass_tokenizer_gives_the_tokens_of_the_plain_one(string text)
    {
        Assert.Equal(Reference(text), TerritoryText.Tokenize(text));
    }
}
