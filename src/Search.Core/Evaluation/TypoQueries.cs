using System.Globalization;
using System.Text;
using Search.Core.Analysis;
using Search.Core.Querying;
using Search.Core.Territories;

namespace Search.Core.Evaluation;

/// <summary>A clean query to misspell: where it comes from (a judged query's id, a document's title) and its text.</summary>
public sealed record CleanQuery(string Source, string Text);

/// <summary>A clean query with one or two typing errors of one class; <see cref="Change"/> says what was changed.</summary>
public sealed record TypoQuery(string Source, string Clean, string Typo, string Class, string Change, int Half);

/// <summary>
/// Realistic French typing errors applied to clean queries, seeded and deterministic (no clock, no process-dependent hash):
/// the same clean queries and seed give the same typo queries on every machine and run. Each clean query gets at most one
/// typo query per class (<see cref="Classes"/>), when the class applies to it. The errors never touch a word's first letter
/// except the phonetic spellings that begin words ("ph", "qu", "h"), keep to words of four letters or more that carry
/// meaning (not stop words, not numbers, not acronyms in capitals), and leave the place names of the query to the
/// <c>place</c> class. Each clean query falls in one of two halves by a seeded hash of its text (<see cref="TypoQuery.Half"/>):
/// rules are tuned on half 0 and reported on half 1, whose clean queries are different ones.
/// </summary>
public static class TypoQueries
{
    /// <summary>The error classes, in report order.</summary>
    public static IReadOnlyList<string> Classes { get; } =
    [
        "deletion", "insertion", "substitution", "transposition", "double", "accent", "phonetic", "split", "glue", "place", "two",
    ];

    /// <summary>Neighbours of each letter on an AZERTY keyboard (same row and the rows above and below).</summary>
    private static IReadOnlyDictionary<char, string> Neighbours => Spelling.AzertyNeighbours;

    /// <summary>Phonetic spellings: a pattern of the word (lower case; "$" ends the word) and what a writer may type instead.</summary>
    private static readonly (string From, string To)[] Phonetic =
    [
        ("ph", "f"), ("tion$", "sion"), ("tions$", "sions"), ("ent", "ant"), ("ant", "ent"), ("emb", "amb"), ("emp", "amp"),
        ("eau", "o"), ("au", "o"), ("qu", "k"), ("ca", "ka"), ("co", "ko"), ("é$", "er"), ("é$", "ez"), ("ée$", "é"),
        ("és$", "er"), ("er$", "é"), ("ai", "è"), ("ait$", "é"), ("ais$", "é"), ("th", "t"), ("y", "i"), ("ç", "ss"),
        ("ce", "se"), ("ci", "si"), ("mb", "nb"), ("mp", "np"), ("gu", "g"), ("h", ""), ("ill", "y"), ("x$", "s"),
        ("oi", "oa"), ("ss", "s"), ("en", "an"), ("an", "en"), ("ieu", "ieux"), ("el$", "elle"), ("elle$", "el"),
    ];

    private const string Vowels = "aeiouyàâäéèêëîïôöùûü";

    /// <summary>The typo queries of <paramref name="queries"/> (duplicate texts once), one per class that applies to each.</summary>
    public static IReadOnlyList<TypoQuery> Generate(IEnumerable<CleanQuery> queries, int seed, TerritoryRecognizer? territories = null)
    {
        territories ??= TerritoryRecognizer.Default;
        var result = new List<TypoQuery>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var query in queries)
        {
            var clean = string.Join(' ', query.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries));
            if (clean.Length == 0 || !seen.Add(clean)) continue;
            var half = (int)(StableHash($"{seed}|half|{clean}") % 2);
            var tokens = clean.Split(' ');
            var placeTokens = PlaceTokens(clean, tokens, territories);
            var eligible = Enumerable.Range(0, tokens.Length).Where(i => !placeTokens.Contains(i) && Eligible(tokens[i])).ToList();
            foreach (var kind in Classes)
            {
                var random = new Random((int)(StableHash($"{seed}|{kind}|{clean}") & 0x7FFFFFFF));
                var typo = Apply(kind, tokens, eligible, placeTokens, random);
                if (typo is null || typo.Value.Text == clean) continue;
                result.Add(new TypoQuery(query.Source, clean, typo.Value.Text, kind, typo.Value.Change, half));
            }
        }
        return result;
    }

    /// <summary>
    /// Clean queries drawn from document titles: 2–5 consecutive meaningful words of a title (stop words between them kept,
    /// as a person copies a title), one query per title, seeded.
    /// </summary>
    public static CleanQuery? FromTitle(string source, string title, int seed)
    {
        var words = title.Split([' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim(',', ';', ':', '.', '(', ')', '[', ']', '«', '»', '"', '!', '?', '–', '—', '/', '|'))
            .Where(w => w.Length > 0 && w.Any(char.IsLetterOrDigit)).ToArray();
        var meaningful = Enumerable.Range(0, words.Length).Where(i => FrenchAnalyzers.Terms(FrenchAnalyzers.Stemmed, words[i]).Count > 0).ToList();
        if (meaningful.Count < 2) return null;
        var random = new Random((int)(StableHash($"{seed}|title|{source}|{title}") & 0x7FFFFFFF));
        var count = Math.Min(meaningful.Count, random.Next(2, 6));
        var first = random.Next(0, meaningful.Count - count + 1);
        var from = meaningful[first];
        var to = meaningful[first + count - 1];
        return new CleanQuery(source, string.Join(' ', words[from..(to + 1)]));
    }

    /// <summary>A word a typing error may fall on: four letters or more, letters only, meaningful, not an acronym in capitals.</summary>
    private static bool Eligible(string token)
    {
        var core = Core(token);
        return core.Length >= 4 && core.All(char.IsLetter) && !core.All(char.IsUpper)
            && FrenchAnalyzers.Terms(FrenchAnalyzers.Stemmed, core).Count > 0;
    }

    /// <summary>The word of a token without its elided article ("l'", "d'") and the punctuation around it.</summary>
    private static string Core(string token)
    {
        var (start, length) = CoreSpan(token);
        return token.Substring(start, length);
    }

    private static (int Start, int Length) CoreSpan(string token)
    {
        var start = 0;
        var end = token.Length;
        var apostrophe = token.IndexOfAny(['\'', '’']);
        if (apostrophe is > 0 and <= 3) start = apostrophe + 1;
        while (start < end && !char.IsLetterOrDigit(token[start])) start++;
        while (end > start && !char.IsLetterOrDigit(token[end - 1])) end--;
        return (start, end - start);
    }

    /// <summary>The tokens that belong to a place name the query names (as the search recognises it).</summary>
    private static HashSet<int> PlaceTokens(string clean, string[] tokens, TerritoryRecognizer territories)
    {
        var places = new HashSet<int>();
        var spans = territories.RecognizeQuery(clean).Where(t => !t.Group).ToList();
        var offset = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            var (start, end) = (offset, offset + tokens[i].Length);
            if (spans.Any(s => s.Start < end && start < s.End)) places.Add(i);
            offset = end + 1;
        }
        return places;
    }

    private static (string Text, string Change)? Apply(string kind, string[] tokens, List<int> eligible, HashSet<int> placeTokens, Random random)
    {
        switch (kind)
        {
            case "split":
            {
                var longWords = eligible.Where(i => Core(tokens[i]).Length >= 8).ToList();
                if (longWords.Count == 0) return null;
                var i = longWords[random.Next(longWords.Count)];
                var (start, length) = CoreSpan(tokens[i]);
                var at = start + random.Next(3, length - 2);
                return Replace(tokens, i, tokens[i][..at] + " " + tokens[i][at..]);
            }
            case "glue":
            {
                var pairs = Enumerable.Range(0, tokens.Length - 1).Where(i => (eligible.Contains(i) || eligible.Contains(i + 1))
                    && tokens[i].Any(char.IsLetter) && tokens[i + 1].Any(char.IsLetter)).ToList();
                if (pairs.Count == 0) return null;
                var i = pairs[random.Next(pairs.Count)];
                var glued = tokens[..i].Append(tokens[i] + tokens[i + 1]).Concat(tokens[(i + 2)..]);
                return (string.Join(' ', glued), $"{tokens[i]} {tokens[i + 1]} -> {tokens[i]}{tokens[i + 1]}");
            }
            case "place":
            {
                var words = placeTokens.Where(i => Core(tokens[i]).Length >= 4).ToList();
                if (words.Count == 0) return null;
                // The longest word of the place name ("Quimper", "Villard" of "Villard-de-Lans").
                var i = words.OrderByDescending(k => LongestPart(tokens[k]).Length).First();
                var misspelt = MisspellPlace(tokens[i], random);
                return misspelt is null ? null : Replace(tokens, i, misspelt);
            }
            case "two":
            {
                if (eligible.Count < 2) return null;
                var letterClasses = new[] { "deletion", "insertion", "substitution", "transposition", "double", "accent", "phonetic" };
                var first = eligible[random.Next(eligible.Count)];
                var second = eligible.Where(i => i != first).ElementAt(random.Next(eligible.Count - 1));
                var changed = (string[])tokens.Clone();
                var changes = new List<string>();
                foreach (var i in new[] { first, second }.Order())
                {
                    var misspelt = Misspell(letterClasses[random.Next(letterClasses.Length)], tokens[i], random)
                        ?? Misspell("substitution", tokens[i], random);
                    if (misspelt is null) return null;
                    changed[i] = misspelt;
                    changes.Add($"{tokens[i]} -> {misspelt}");
                }
                return (string.Join(' ', changed), string.Join(", ", changes));
            }
            default:
            {
                // One word the class applies to, drawn at random.
                foreach (var i in eligible.OrderBy(_ => random.Next()).ToList())
                {
                    if (Misspell(kind, tokens[i], random) is { } misspelt && misspelt != tokens[i]) return Replace(tokens, i, misspelt);
                }
                return null;
            }
        }
    }

    private static (string Text, string Change) Replace(string[] tokens, int i, string replacement)
    {
        var changed = (string[])tokens.Clone();
        changed[i] = replacement;
        return (string.Join(' ', changed), $"{tokens[i]} -> {replacement}");
    }

    private static string LongestPart(string token) => token.Split('-', '\'', '’').OrderByDescending(p => p.Length).First();

    /// <summary>One error of a letter class in the word of a token (its elided article and punctuation kept), or null.</summary>
    private static string? Misspell(string kind, string token, Random random)
    {
        var (start, length) = CoreSpan(token);
        var word = token.Substring(start, length);
        var changed = MisspellWord(kind, word, random);
        return changed is null ? null : token[..start] + changed + token[(start + length)..];
    }

    private static string? MisspellWord(string kind, string word, Random random)
    {
        var n = word.Length;
        switch (kind)
        {
            case "deletion":
            {
                var at = 1 + random.Next(n - 1);
                return word.Remove(at, 1);
            }
            case "insertion":
            {
                // A key next to the letter before or after the gap, struck with it.
                var at = 1 + random.Next(n);
                var beside = char.ToLowerInvariant(QueryText.Fold(word[random.Next(2) == 0 || at == n ? at - 1 : at].ToString())[0]);
                if (!Neighbours.TryGetValue(beside, out var keys)) return null;
                return word.Insert(at, keys[random.Next(keys.Length)].ToString());
            }
            case "substitution":
            {
                var positions = Enumerable.Range(1, n - 1).Where(k => Neighbours.ContainsKey(char.ToLowerInvariant(word[k]))).ToList();
                if (positions.Count == 0) return null;
                var at = positions[random.Next(positions.Count)];
                var keys = Neighbours[char.ToLowerInvariant(word[at])];
                var key = keys[random.Next(keys.Length)];
                return word[..at] + (char.IsUpper(word[at]) ? char.ToUpperInvariant(key) : key) + word[(at + 1)..];
            }
            case "transposition":
            {
                var positions = Enumerable.Range(1, n - 2).Where(k => word[k] != word[k + 1]).ToList();
                if (positions.Count == 0) return null;
                var at = positions[random.Next(positions.Count)];
                return word[..at] + word[at + 1] + word[at] + word[(at + 2)..];
            }
            case "double":
            {
                // A doubled consonant written once ("apel"), else a consonant between vowels doubled ("comunne" is both).
                var doubled = Enumerable.Range(1, n - 2).Where(k => word[k] == word[k + 1] && !IsVowel(word[k]) && char.IsLetter(word[k])).ToList();
                if (doubled.Count > 0) return word.Remove(doubled[random.Next(doubled.Count)], 1);
                var single = Enumerable.Range(1, n - 2).Where(k => !IsVowel(word[k]) && IsVowel(word[k - 1]) && IsVowel(word[k + 1])).ToList();
                if (single.Count == 0) return null;
                var at = single[random.Next(single.Count)];
                return word.Insert(at, word[at].ToString());
            }
            case "accent":
            {
                // An accent dropped or wrong ("prefecture", "réglement"), else one added where none is ("dépenses" for "depenses").
                var accented = Enumerable.Range(0, n).Where(k => QueryText.Fold(word[k].ToString()) != char.ToLowerInvariant(word[k]).ToString()
                    && char.IsLetter(word[k]) && QueryText.Fold(word[k].ToString()).Length == 1).ToList();
                if (accented.Count > 0)
                {
                    var at = accented[random.Next(accented.Count)];
                    var plain = QueryText.Fold(word[at].ToString())[0];
                    var wrong = plain switch
                    {
                        'e' when random.Next(2) == 0 => word[at] == 'é' ? 'è' : 'é',
                        'a' when random.Next(2) == 0 => word[at] == 'à' ? 'â' : 'à',
                        _ => plain,
                    };
                    return word[..at] + wrong + word[(at + 1)..];
                }
                var es = Enumerable.Range(1, n - 1).Where(k => word[k] == 'e' && k < n - 1).ToList();
                if (es.Count == 0) return null;
                var e = es[random.Next(es.Count)];
                return word[..e] + (random.Next(2) == 0 ? 'é' : 'è') + word[(e + 1)..];
            }
            case "phonetic":
            {
                var lower = word.ToLowerInvariant();
                var options = new List<(int At, int Length, string To)>();
                foreach (var (from, to) in Phonetic)
                {
                    var atEnd = from.EndsWith('$');
                    var pattern = atEnd ? from[..^1] : from;
                    for (var at = lower.IndexOf(pattern, StringComparison.Ordinal); at >= 0; at = lower.IndexOf(pattern, at + 1, StringComparison.Ordinal))
                    {
                        if (atEnd && at + pattern.Length != lower.Length) continue;
                        // A silent "h" only at the start ("abitat") or after "t"/"r" ("rétorique"); none is dropped elsewhere.
                        if (pattern == "h" && at > 0 && lower[at - 1] is not ('t' or 'r')) continue;
                        options.Add((at, pattern.Length, to));
                    }
                }
                if (options.Count == 0) return null;
                var (position, size, replacement) = options[random.Next(options.Count)];
                if (char.IsUpper(word[position]) && replacement.Length > 0) replacement = char.ToUpperInvariant(replacement[0]) + replacement[1..];
                var result = word[..position] + replacement + word[(position + size)..];
                return result.Length >= 2 ? result : null;
            }
            default:
                throw new ArgumentException($"unknown letter class {kind}", nameof(kind));
        }
    }

    /// <summary>A place name misspelt as people write names they have heard: a silent final letter added ("Quimpert"), a
    /// consonant doubled or written once, a vowel sound spelt another way, or a letter left out.</summary>
    private static string? MisspellPlace(string token, Random random)
    {
        var part = LongestPart(token);
        var at = token.IndexOf(part, StringComparison.Ordinal);
        string? changed = random.Next(4) switch
        {
            0 => IsVowel(part[^1]) ? part + "s" : part + (random.Next(2) == 0 ? "t" : "e"),
            1 => MisspellWord("double", part, random) ?? MisspellWord("deletion", part, random),
            2 => MisspellWord("phonetic", part, random) ?? MisspellWord("substitution", part, random),
            _ => MisspellWord("deletion", part, random),
        };
        return changed is null ? null : token[..at] + changed + token[(at + part.Length)..];
    }

    private static bool IsVowel(char c) => Vowels.Contains(char.ToLowerInvariant(c));

    /// <summary>FNV-1a over the UTF-16 code units: the same on every run (string.GetHashCode is randomised per process).</summary>
    public static ulong StableHash(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash ^= c;
            hash *= 1099511628211UL;
        }
        return hash;
    }

    /// <summary>The generated queries as TSV (header, one line each): what the bench measured, to compare two runs.</summary>
    public static string ToTsv(IEnumerable<TypoQuery> queries)
    {
        var sb = new StringBuilder("half\tclass\tsource\tclean\ttypo\tchange\n");
        foreach (var q in queries)
            sb.Append(CultureInfo.InvariantCulture, $"{q.Half}\t{q.Class}\t{q.Source}\t{q.Clean}\t{q.Typo}\t{q.Change}\n");
        return sb.ToString();
    }
}
