using System.Text;
using Search.Core.Territories;

namespace Search.Bench.Scale;

/// <summary>
/// Queries typed the way people type them, for the scale corpus: 1 to 4 words (mostly 2 or 3) drawn with the documents'
/// word distribution (topic words and frequent background words, never only stop words); about a quarter name a territory
/// (commune, département, région), a fifth a year (2015-2024), a tenth carry a typo (a letter swapped, dropped or doubled
/// in a word of 6 letters or more), some lose their accents, and a few are one frequent word ("budget", "communes").
/// Deterministic: query i of seed s depends only on (i, s) and the vocabulary; the list has no duplicates.
/// </summary>
public static class ScaleQueries
{
    public static IReadOnlyList<string> Generate(int count, int seed = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var v = ScaleVocabulary.Default;
        var frequent = FrequentWords(v, 40);
        var result = new List<string>(count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; result.Count < count; i++)
        {
            var r = new ScaleRandom(seed, i, 0x51);
            var q = One(v, frequent, ref r);
            // Distinct queries; a repeat is kept only when the vocabulary cannot give more.
            if (seen.Add(q) || i >= count * 50) result.Add(q);
        }
        return result;
    }

    /// <summary>The most frequent one-word nouns of the samples: what a hurried user types alone.</summary>
    private static string[] FrequentWords(ScaleVocabulary v, int n) =>
        v.Nouns.Where(x => x.SingleWord && x.SampleCount > 0 && !x.Acronym && x.Text.Length >= 4)
            .OrderByDescending(x => x.SampleCount).ThenBy(x => x.Text, StringComparer.Ordinal).Take(n).Select(x => x.Text).ToArray();

    private static string One(ScaleVocabulary v, string[] frequent, ref ScaleRandom r)
    {
        if (r.Chance(0.05)) return frequent[r.Below(frequent.Length)];

        var total = r.NextDouble() switch { < 0.10 => 1, < 0.52 => 2, < 0.86 => 3, _ => 4 };
        var territory = r.Chance(0.25) ? Territory(v, ref r) : null;
        var year = r.Chance(0.2) ? r.Between(2015, 2024).ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
        var contentSlots = Math.Max(1, total - (territory is null ? 0 : 1) - (year is null ? 0 : 1));

        var words = new List<string>(4);
        var topic = v.Topics[r.Below(v.Topics.Length)];
        var first = r.Chance(0.8) ? topic.Noun(ref r) : v.Nouns[v.NounTable.Sample(ref r)];
        AddContent(words, first.Text, contentSlots);
        while (words.Count < contentSlots)
        {
            var x = r.NextDouble();
            if (x < 0.3 && topic.AdjectiveTable is { } adjectives && words.Count == 1 && first.SingleWord)
                words.Add(topic.Adjectives[adjectives.Sample(ref r)].Form(first));
            else if (x < 0.75)
                AddContent(words, topic.Noun(ref r).Text, contentSlots);
            else
                AddContent(words, v.Nouns[v.NounTable.Sample(ref r)].Text, contentSlots);
        }

        // Acronyms are often typed in lower case.
        for (var i = 0; i < words.Count; i++)
            if (words[i].Length > 1 && IsUpper(words[i]) && r.Chance(0.4)) words[i] = words[i].ToLowerInvariant();

        if (r.Chance(0.1)) Typo(words, ref r);

        var parts = new List<string>(words);
        if (territory is not null)
        {
            var name = r.Chance(0.45) ? territory.ToLowerInvariant() : territory;
            if (r.Chance(0.3)) parts.Insert(0, name); else parts.Add(name);
        }
        if (year is not null) parts.Add(year);
        var query = string.Join(' ', parts);
        if (r.Chance(0.12)) query = TerritoryText.Fold(query);
        return query;
    }

    private static bool IsUpper(string s)
    {
        foreach (var c in s) if (char.IsLetter(c) && !char.IsUpper(c)) return false;
        return true;
    }

    private static readonly HashSet<string> QueryStopWords =
        ["de", "du", "des", "la", "le", "les", "l", "d", "à", "au", "aux", "en", "sur", "pour", "et", "par", "dans", "un", "une"];

    /// <summary>The content words of a noun phrase ("taxe foncière sur les propriétés bâties" -> taxe, foncière, propriétés, bâties), up to the free slots.</summary>
    private static void AddContent(List<string> words, string phrase, int slots)
    {
        foreach (var raw in phrase.Split(' '))
        {
            if (words.Count >= slots) return;
            var w = raw;
            var apostrophe = w.IndexOf('\'');
            if (apostrophe >= 0) w = w[(apostrophe + 1)..];
            if (w.Length < 2 || QueryStopWords.Contains(w.ToLowerInvariant()) || words.Contains(w)) continue;
            words.Add(w);
        }
    }

    private static string Territory(ScaleVocabulary v, ref ScaleRandom r)
    {
        var x = r.NextDouble();
        if (x < 0.5) return v.Communes[v.CommuneTable.Sample(ref r)].Name;
        if (x < 0.8) return v.Departements[v.DepartementTable.Sample(ref r)].Name;
        return v.Regions[v.RegionTable.Sample(ref r)].Name;
    }

    /// <summary>One typo in a word of 6 letters or more: two letters swapped, one dropped or one doubled.</summary>
    private static void Typo(List<string> words, ref ScaleRandom r)
    {
        var candidates = 0;
        foreach (var w in words) if (w.Length >= 6) candidates++;
        if (candidates == 0) return;
        var pick = r.Below(candidates);
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            if (w.Length < 6 || pick-- > 0) continue;
            var at = r.Between(1, w.Length - 2);
            var sb = new StringBuilder(w);
            switch (r.Below(3))
            {
                case 0: (sb[at], sb[at + 1]) = (sb[at + 1], sb[at]); break;
                case 1: sb.Remove(at, 1); break;
                default: sb.Insert(at, sb[at]); break;
            }
            var typo = sb.ToString();
            // Swapping two equal letters changes nothing: drop one instead.
            words[i] = typo == w ? w.Remove(at, 1) : typo;
            return;
        }
    }
}
