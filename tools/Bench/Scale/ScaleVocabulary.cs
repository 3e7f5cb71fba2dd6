using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Search.Core.Territories;

namespace Search.Bench.Scale;

/// <summary>A noun or noun phrase with what its determiners and adjectives agree with.</summary>
internal sealed class Noun
{
    public required string Text { get; init; }
    public bool Feminine { get; init; }
    public bool Plural { get; init; }
    /// <summary>Starts with a vowel or a mute h: "l'épargne", "de l'habitat".</summary>
    public bool Elides { get; init; }
    /// <summary>One word (no space): usable bare after "de" ("dépenses de fonctionnement").</summary>
    public bool SingleWord { get; init; }
    /// <summary>Occurrences in the sample texts (0 for our own words).</summary>
    public int SampleCount { get; init; }
    public bool Acronym { get; init; }

    public override string ToString() => Text;
}

/// <summary>An adjective's four forms: masculine/feminine, singular/plural.</summary>
internal sealed class Adjective(string ms, string fs, string mp, string fp)
{
    private readonly string[] _forms = [ms, fs, mp, fp];
    public int SampleCount { get; init; }
    public string Lemma => _forms[0];
    public string Form(bool feminine, bool plural) => _forms[(feminine ? 1 : 0) + (plural ? 2 : 0)];
    public string Form(Noun n) => Form(n.Feminine, n.Plural);

    /// <summary>The four forms from the masculine singular by the common rules, or "ms|fs|mp|fp" as written.</summary>
    public static Adjective FromLemma(string spec, int count = 0)
    {
        if (spec.Contains('|'))
        {
            var f = spec.Split('|');
            return new Adjective(f[0], f[1], f[2], f[3]) { SampleCount = count };
        }
        var w = spec;
        string fs, mp, fp;
        if (w.EndsWith("al", StringComparison.Ordinal)) { fs = w + "e"; mp = w[..^2] + "aux"; fp = w + "es"; }
        else if (w.EndsWith("ier", StringComparison.Ordinal)) { fs = w[..^3] + "ière"; mp = w + "s"; fp = fs + "s"; }
        else if (w.EndsWith("el", StringComparison.Ordinal)) { fs = w + "le"; mp = w + "s"; fp = fs + "s"; }
        else if (w.EndsWith("if", StringComparison.Ordinal)) { fs = w[..^1] + "ve"; mp = w + "s"; fp = fs + "s"; }
        else if (w.EndsWith("eux", StringComparison.Ordinal)) { fs = w[..^1] + "se"; mp = w; fp = fs + "s"; }
        else if (w.EndsWith("en", StringComparison.Ordinal)) { fs = w + "ne"; mp = w + "s"; fp = fs + "s"; }
        else if (w.EndsWith('e')) { fs = w; mp = w + "s"; fp = w + "s"; }
        else { fs = w + "e"; mp = w + "s"; fp = fs + "s"; }
        return new Adjective(w, fs, mp, fp) { SampleCount = count };
    }
}

/// <summary>A topic: its nouns (sample words pulled by stems, plus ours) with their draw weights, and its texts.</summary>
internal sealed class Topic
{
    public required TopicSpec Spec { get; init; }
    public required Noun[] Nouns { get; init; }
    public required AliasTable NounTable { get; init; }
    public required Adjective[] Adjectives { get; init; }
    public AliasTable? AdjectiveTable { get; init; }
    public string Key => Spec.Key;

    public Noun Noun(ref ScaleRandom r) => Nouns[NounTable.Sample(ref r)];
}

/// <summary>A territory of the gazetteer with its French phrasings precomputed.</summary>
internal sealed class Place
{
    public required string Name { get; init; }
    public required string Level { get; init; }
    public required string Code { get; init; }
    public long Population { get; init; }
    /// <summary>"de Bretagne", "du Nord", "de la commune du Mans" … follows a noun.</summary>
    public required string Of { get; init; }
    /// <summary>"en Bretagne", "dans le Nord", "au Mans" … a location.</summary>
    public required string Loc { get; init; }
    /// <summary>"la région Bretagne", "le département du Nord", "la commune du Mans", "la communauté de communes du Perche".</summary>
    public required string Full { get; init; }
    /// <summary>As a title writes it: "Commune du Mans", "Département du Nord", "Communauté de communes du Perche", "Bretagne".</summary>
    public required string TitleName { get; init; }
    public int Region { get; init; } = -1;
    public int Departement { get; init; } = -1;
    public int Epci { get; init; } = -1;
    public string? Siren { get; init; }
}

/// <summary>
/// The generator's vocabulary, built once per process: word frequencies read from the repository's sample texts
/// (corpus-samples/ground-truth/*.txt and the visible text of corpus-samples/html/*.html), our own word lists
/// (<see cref="ScaleLexicon"/>), and the territories of the embedded gazetteer. Read-only once built, so the
/// generator threads share it. Its content depends only on those files: the same repository gives the same corpus.
/// </summary>
public sealed partial class ScaleVocabulary
{
    private static readonly Lazy<ScaleVocabulary> DefaultInstance = new(() => Load(FindRepositoryRoot()), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The vocabulary of the repository found from the current directory (or the program's folder).</summary>
    public static ScaleVocabulary Default => DefaultInstance.Value;

    public string RepositoryRoot { get; private init; } = "";
    /// <summary>Words read in the sample texts (tokens) and distinct words.</summary>
    public int SampleTokens { get; private set; }
    public int SampleDistinctWords { get; private set; }
    public int NounCount => Nouns.Length;
    public int AdjectiveCount => Adjectives.Length;
    public int CommuneCount => Communes.Length;

    internal Noun[] Nouns { get; private set; } = [];
    internal AliasTable NounTable { get; private set; } = null!;
    internal Adjective[] Adjectives { get; private set; } = [];
    internal AliasTable AdjectiveTable { get; private set; } = null!;
    internal Topic[] Topics { get; private set; } = [];
    internal HashSet<string> StopWords { get; } = new(ScaleLexicon.StopWords, StringComparer.Ordinal);

    internal Place[] Regions { get; private set; } = [];
    internal Place[] Departements { get; private set; } = [];
    internal Place[] Epcis { get; private set; } = [];
    internal Place[] Communes { get; private set; } = [];
    internal AliasTable RegionTable { get; private set; } = null!;
    internal AliasTable DepartementTable { get; private set; } = null!;
    internal AliasTable EpciTable { get; private set; } = null!;
    internal AliasTable CommuneTable { get; private set; } = null!;
    /// <summary>Per région: its départements. Per département: its communes (most populated first) and EPCI. Per EPCI: its communes.</summary>
    internal int[][] DepartementsOfRegion { get; private set; } = [];
    internal int[][] CommunesOfDepartement { get; private set; } = [];
    internal int[][] EpcisOfDepartement { get; private set; } = [];
    internal int[][] CommunesOfEpci { get; private set; } = [];

    /// <summary>The folder holding Search.sln, walking up from the current directory, then from the program's folder.</summary>
    public static string FindRepositoryRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Search.sln"))) return dir.FullName;
            }
        }
        throw new InvalidOperationException(
            "The scale corpus reads its vocabulary from the repository (corpus-samples/): run it from inside the repository (no Search.sln found above "
            + Directory.GetCurrentDirectory() + " or " + AppContext.BaseDirectory + ").");
    }

    public static ScaleVocabulary Load(string repositoryRoot)
    {
        var v = new ScaleVocabulary { RepositoryRoot = repositoryRoot };
        v.Build(ReadSampleTexts(repositoryRoot));
        v.BuildPlaces(Gazetteer.Default);
        return v;
    }

    // ---------- sample texts ----------

    private static List<string> ReadSampleTexts(string root)
    {
        var samples = Path.Combine(root, "corpus-samples");
        var texts = new List<string>();
        var txt = Directory.GetFiles(Path.Combine(samples, "ground-truth"), "*.txt");
        Array.Sort(txt, StringComparer.Ordinal);
        foreach (var f in txt) texts.Add(Decode(File.ReadAllBytes(f)));
        var html = Directory.GetFiles(Path.Combine(samples, "html"), "*.html");
        Array.Sort(html, StringComparer.Ordinal);
        foreach (var f in html) texts.Add(VisibleText(Decode(File.ReadAllBytes(f))));
        if (texts.Count == 0) throw new InvalidOperationException("No sample texts under " + samples);
        return texts;
    }

    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    /// <summary>UTF-8 when the bytes are valid UTF-8, else Latin-1 (the samples include a page in ISO-8859-1).</summary>
    private static string Decode(byte[] bytes)
    {
        try { return StrictUtf8.GetString(bytes); }
        catch (DecoderFallbackException) { return Encoding.Latin1.GetString(bytes); }
    }

    [GeneratedRegex(@"<(script|style)\b[^>]*>.*?</\1\s*>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex ScriptOrStyle();

    [GeneratedRegex(@"<main\b[^>]*>(.*?)</main\s*>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex MainElement();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tag();

    /// <summary>The text of the page's main content (the whole body when it has no &lt;main&gt;), tags removed, entities decoded.</summary>
    private static string VisibleText(string html)
    {
        html = ScriptOrStyle().Replace(html, " ");
        var main = MainElement().Match(html);
        if (main.Success) html = main.Groups[1].Value;
        return WebUtility.HtmlDecode(Tag().Replace(html, " "));
    }

    private sealed class WordStats
    {
        public int Count, Capitalized, AllUpper, AfterDeterminer, Feminine, Masculine, Plural, Singular;
    }

    private static readonly HashSet<string> FeminineDeterminers = ["la", "une", "cette", "sa"];
    private static readonly HashSet<string> MasculineDeterminers = ["le", "un", "ce", "cet", "du", "au"];
    private static readonly HashSet<string> PluralDeterminers = ["les", "des", "aux", "ces", "leurs", "ses", "plusieurs", "nos", "vos"];
    private static readonly HashSet<string> OtherDeterminers = ["l", "leur", "son", "chaque"];

    private void Build(List<string> texts)
    {
        var stats = new Dictionary<string, WordStats>(StringComparer.Ordinal);
        var lowerText = new StringBuilder();
        foreach (var text in texts)
        {
            lowerText.Append(text.Replace('’', '\'').ToLowerInvariant()).Append('\n');
            string? previous = null;
            var i = 0;
            while (i < text.Length)
            {
                if (!char.IsLetter(text[i])) { i++; continue; }
                var start = i;
                while (i < text.Length && (char.IsLetter(text[i]) || (text[i] == '-' && i + 1 < text.Length && char.IsLetter(text[i + 1]) && i > start))) i++;
                var word = text[start..i];
                var lower = word.ToLowerInvariant();
                SampleTokens++;
                if (!stats.TryGetValue(lower, out var s)) stats[lower] = s = new WordStats();
                s.Count++;
                if (char.IsUpper(word[0])) s.Capitalized++;
                if (word.Length >= 2 && IsAllUpper(word)) s.AllUpper++;
                if (previous is not null)
                {
                    if (FeminineDeterminers.Contains(previous)) { s.Feminine++; s.Singular++; s.AfterDeterminer++; }
                    else if (MasculineDeterminers.Contains(previous)) { s.Masculine++; s.Singular++; s.AfterDeterminer++; }
                    else if (PluralDeterminers.Contains(previous)) { s.Plural++; s.AfterDeterminer++; }
                    else if (OtherDeterminers.Contains(previous)) { s.AfterDeterminer++; if (previous is "l" or "leur" or "son") s.Singular++; }
                }
                previous = lower;
            }
        }
        SampleDistinctWords = stats.Count;
        var sampleText = lowerText.ToString();

        var excluded = new HashSet<string>(ScaleLexicon.SampleOnlyWords, StringComparer.Ordinal);
        var ordered = stats.Where(kv => kv.Key.Length >= 3 && !StopWords.Contains(kv.Key) && !excluded.Contains(kv.Key))
            .OrderByDescending(kv => kv.Value.Count).ThenBy(kv => kv.Key, StringComparer.Ordinal).ToList();

        var nouns = new List<Noun>();
        var nounTexts = new HashSet<string>(StringComparer.Ordinal);
        var adjectiveCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        var adjectiveForms = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (word, s) in ordered)
        {
            var acronym = word.Length <= 6 && s.AllUpper * 10 >= s.Count * 7;
            // A word mostly written with a capital is a name (place, person, institution): not common vocabulary.
            if (!acronym && s.Capitalized * 10 >= s.Count * 6) continue;
            var nounLike = s.AfterDeterminer * 10 >= s.Count * 3 && (s.Count >= 2 || word.Length >= 5);
            var pluralEnding = word.EndsWith('s') || word.EndsWith('x') || word.EndsWith('z');
            // "les accueillent", "le réviser": a pronoun before a verb, not a determiner before a noun.
            if (nounLike && ((s.Plural > s.Singular && !pluralEnding) || (word.EndsWith("er", StringComparison.Ordinal) && s.AfterDeterminer * 2 < s.Count)))
                continue;
            if (nounLike)
            {
                var plural = s.Plural > s.Singular || (s.Plural == s.Singular && pluralEnding && !word.EndsWith("ss", StringComparison.Ordinal));
                var singular = plural ? Singular(word) : word;
                // A plural's gender shows on its singular ("les communes" / "la commune").
                var evidence = s.Feminine != s.Masculine ? s
                    : plural && stats.TryGetValue(singular, out var one) && one.Feminine != one.Masculine ? one : null;
                var feminine = evidence is not null ? evidence.Feminine > evidence.Masculine : GuessFeminine(singular);
                var text = acronym ? word.ToUpperInvariant() : word;
                nouns.Add(new Noun
                {
                    Text = text, Feminine = feminine, Plural = plural, Elides = Elides(text), SingleWord = true, SampleCount = s.Count, Acronym = acronym,
                });
                nounTexts.Add(word);
            }
            else if (!acronym && s.Count >= 2 && AdjectiveLemma(word) is { } lemma)
            {
                adjectiveCounts[lemma] = adjectiveCounts.GetValueOrDefault(lemma) + s.Count;
                adjectiveForms[lemma] = adjectiveForms.GetValueOrDefault(lemma) + 1;
            }
        }
        // Our own adjectives written with their four forms ("public|publique|…") replace the samples' guesses.
        foreach (var spec in ScaleLexicon.ExtraAdjectives)
            if (spec.Contains('|'))
                foreach (var form in spec.Split('|')) { adjectiveCounts.Remove(form); adjectiveForms.Remove(form); }
        // An adjective is one the samples inflect: two of its forms seen ("locale", "locaux"), not a lone verb ("explique").
        foreach (var (lemma, forms) in adjectiveForms)
            if (forms < 2) adjectiveCounts.Remove(lemma);
        var sampleNounCount = nouns.Count;

        // Our own nouns and the topic words: the rarer tail, after the sample words.
        var own = new List<Noun>();
        foreach (var spec in ScaleLexicon.ExtraNouns) AddOwn(spec);
        foreach (var topic in ScaleLexicon.Topics)
            foreach (var spec in topic.Words) AddOwn(spec);
        void AddOwn(string spec)
        {
            var n = ParseNoun(spec, PhraseCount(sampleText, spec[(spec.IndexOf(':') + 1)..]));
            if (nounTexts.Add(n.Text.ToLowerInvariant())) own.Add(n);
        }
        // Our words that the samples use often enough rank among the sample words; the others form the tail.
        own.Sort((a, b) => b.SampleCount != a.SampleCount ? b.SampleCount.CompareTo(a.SampleCount) : string.CompareOrdinal(a.Text, b.Text));
        nouns.AddRange(own);
        Nouns = [.. nouns];
        // Zipf by rank (exponent ~1), over sample words by frequency, then our words.
        var ranked = Enumerable.Range(0, Nouns.Length).OrderBy(i => i < sampleNounCount ? -Nouns[i].SampleCount : -Nouns[i].SampleCount / 4)
            .ThenBy(i => i).ToArray();
        var weights = new double[Nouns.Length];
        for (var r = 0; r < ranked.Length; r++) weights[ranked[r]] = 1.0 / Math.Pow(r + 3, 1.02);
        NounTable = new AliasTable(weights);

        var adjectives = adjectiveCounts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => Adjective.FromLemma(kv.Key, kv.Value)).ToList();
        var lemmas = new HashSet<string>(adjectives.Select(a => a.Lemma), StringComparer.Ordinal);
        foreach (var spec in ScaleLexicon.ExtraAdjectives)
        {
            var a = Adjective.FromLemma(spec);
            if (lemmas.Add(a.Lemma)) adjectives.Add(a);
        }
        Adjectives = [.. adjectives];
        var adjectiveWeights = new double[Adjectives.Length];
        for (var r = 0; r < adjectiveWeights.Length; r++) adjectiveWeights[r] = 1.0 / Math.Pow(r + 3, 1.0);
        AdjectiveTable = new AliasTable(adjectiveWeights);

        var topics = new List<Topic>();
        foreach (var spec in ScaleLexicon.Topics)
        {
            var members = new List<Noun>();
            var memberWeights = new List<double>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < sampleNounCount; i++)
            {
                var n = Nouns[i];
                if (!StartsWithAny(n.Text.ToLowerInvariant(), spec.Stems) || !seen.Add(n.Text)) continue;
                members.Add(n);
                memberWeights.Add(n.SampleCount + 1.0);
            }
            foreach (var w in spec.Words)
            {
                var text = w[(w.IndexOf(':') + 1)..];
                var n = Nouns.First(x => string.Equals(x.Text, text, StringComparison.OrdinalIgnoreCase));
                if (!seen.Add(n.Text)) continue;
                members.Add(n);
                // A phrase the samples use counts as much as they use it; our own phrases get a middling weight.
                memberWeights.Add(Math.Max(n.SampleCount, 2) + 1.0);
            }
            var topicAdjectives = Adjectives.Where(a => a.SampleCount > 0 && StartsWithAny(a.Lemma, spec.Stems)).ToArray();
            topics.Add(new Topic
            {
                Spec = spec, Nouns = [.. members], NounTable = new AliasTable(memberWeights), Adjectives = topicAdjectives,
                AdjectiveTable = topicAdjectives.Length > 0 ? new AliasTable(topicAdjectives.Select(a => a.SampleCount + 1.0).ToArray()) : null,
            });
        }
        Topics = [.. topics];
    }

    private static bool IsAllUpper(string word)
    {
        foreach (var c in word) if (char.IsLetter(c) && !char.IsUpper(c)) return false;
        return true;
    }

    private static bool StartsWithAny(string word, string[] stems)
    {
        foreach (var s in stems) if (word.StartsWith(s, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>How often a phrase occurs in the lower-cased sample text.</summary>
    private static int PhraseCount(string sampleText, string phrase)
    {
        var p = phrase.ToLowerInvariant();
        var count = 0;
        for (var at = sampleText.IndexOf(p, StringComparison.Ordinal); at >= 0; at = sampleText.IndexOf(p, at + p.Length, StringComparison.Ordinal))
        {
            var before = at == 0 || !char.IsLetter(sampleText[at - 1]);
            var after = at + p.Length >= sampleText.Length || !char.IsLetter(sampleText[at + p.Length]);
            if (before && after) count++;
        }
        return count;
    }

    /// <summary>"f:dotation forfaitaire", "mp:frais de personnel".</summary>
    private static Noun ParseNoun(string spec, int count)
    {
        var colon = spec.IndexOf(':');
        var code = spec[..colon];
        var text = spec[(colon + 1)..];
        return new Noun
        {
            Text = text, Feminine = code[0] == 'f', Plural = code.Length > 1 && code[1] == 'p', Elides = Elides(text),
            SingleWord = !text.Contains(' '), SampleCount = count, Acronym = text.Length > 1 && IsAllUpper(text),
        };
    }

    private static readonly HashSet<string> AspiratedH = new(ScaleLexicon.AspiratedH, StringComparer.Ordinal);

    internal static bool Elides(string word)
    {
        if (word.Length == 0) return false;
        var c = char.ToLowerInvariant(word[0]);
        if (c == 'h')
        {
            var lower = word.ToLowerInvariant();
            foreach (var a in AspiratedH) if (lower.StartsWith(a, StringComparison.Ordinal)) return false;
            return true;
        }
        return "aeiouyéèêëàâäîïôöûüœæ".Contains(c);
    }

    private static string Singular(string word) =>
        word.EndsWith("aux", StringComparison.Ordinal) ? word[..^3] + "al" : word.EndsWith('s') || word.EndsWith('x') ? word[..^1] : word;

    private static readonly string[] FeminineEndings =
        ["tion", "sion", "té", "ure", "ance", "ence", "ie", "ette", "ise", "ade", "ée", "elle", "esse", "ique", "ine", "ode", "tude", "aine", "ière", "eur"];

    private static readonly HashSet<string> FeminineWords =
        ["eau", "loi", "fin", "mer", "forêt", "image", "clé", "voix", "croix", "paix", "nuit", "main", "gare", "dette", "île", "aide",
         "enveloppe", "issue", "aire", "part", "page", "plage", "dent", "mort", "faim", "souris", "vis", "fois", "foi"];
    private static readonly HashSet<string> MasculineWords = ["million", "camion", "avion", "bastion", "lion", "pion", "musée", "lycée", "trophée", "comité", "été", "traité", "député", "côté", "pâté"];

    private static bool GuessFeminine(string singular)
    {
        if (FeminineWords.Contains(singular)) return true;
        if (MasculineWords.Contains(singular)) return false;
        if (singular.EndsWith("eur", StringComparison.Ordinal) || singular.EndsWith("eau", StringComparison.Ordinal)) return false;
        if (singular.EndsWith("ion", StringComparison.Ordinal) || singular.EndsWith("une", StringComparison.Ordinal)
            || singular.EndsWith("ppe", StringComparison.Ordinal) || singular.EndsWith("lle", StringComparison.Ordinal)) return true;
        foreach (var e in FeminineEndings) if (singular.EndsWith(e, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>The masculine singular of an adjective-looking word ("financières" -> "financier"), null when it does not look like one.</summary>
    private static string? AdjectiveLemma(string w)
    {
        (string Suffix, string Lemma)[] rules =
        [
            ("ales", "al"), ("ale", "al"), ("aux", "al"), ("al", "al"), ("ières", "ier"), ("ière", "ier"), ("iers", "ier"), ("ier", "ier"),
            ("elles", "el"), ("elle", "el"), ("els", "el"), ("el", "el"), ("ives", "if"), ("ive", "if"), ("ifs", "if"), ("if", "if"),
            ("iques", "ique"), ("ique", "ique"), ("aires", "aire"), ("aire", "aire"), ("euses", "eux"), ("euse", "eux"), ("eux", "eux"),
            ("ibles", "ible"), ("ible", "ible"), ("ables", "able"), ("able", "able"),
        ];
        foreach (var (suffix, lemma) in rules)
        {
            if (!w.EndsWith(suffix, StringComparison.Ordinal)) continue;
            var stem = w[..^suffix.Length];
            if (stem.Length < 3) return null;
            return stem + lemma;
        }
        return null;
    }

    // ---------- territories ----------

    private static readonly HashSet<string> PluralDepartements = ["04", "05", "06", "08", "13", "22", "40", "64", "65", "66", "78", "79", "88", "92"];
    private static readonly HashSet<string> MasculineDepartements =
        ["01", "03", "12", "14", "15", "18", "25", "29", "30", "32", "34", "39", "41", "45", "46", "47", "49", "56", "59", "62", "63", "67", "68", "69",
         "81", "82", "83", "84", "90", "94", "95"];
    private static readonly HashSet<string> NoArticle = ["75", "976", "974", "06", "04"];

    private void BuildPlaces(Gazetteer g)
    {
        var regions = g.All.Where(t => t.Level == TerritoryLevels.Region && string.CompareOrdinal(t.Code, "94") <= 0)
            .OrderBy(t => t.Code, StringComparer.Ordinal).ToList();
        var regionIndex = regions.Select((t, i) => (t.Code, i)).ToDictionary(x => x.Code, x => x.i, StringComparer.Ordinal);
        Regions = regions.Select(RegionPlace).ToArray();

        var deps = g.All.Where(t => t.Level == TerritoryLevels.Departement && t.RegionCode is not null && regionIndex.ContainsKey(t.RegionCode))
            .OrderBy(t => t.Code, StringComparer.Ordinal).ToList();
        var depIndex = deps.Select((t, i) => (t.Code, i)).ToDictionary(x => x.Code, x => x.i, StringComparer.Ordinal);
        Departements = deps.Select(t => DepartementPlace(t, regionIndex[t.RegionCode!])).ToArray();

        var communes = g.All.Where(t => t.Level == TerritoryLevels.Commune && t.DepartementCode is not null && depIndex.ContainsKey(t.DepartementCode))
            .OrderBy(t => t.Code, StringComparer.Ordinal).ToList();
        var epcis = g.All.Where(t => t.Level == TerritoryLevels.Epci).OrderBy(t => t.Code, StringComparer.Ordinal).ToList();
        var epciIndex = epcis.Select((t, i) => (t.Code, i)).ToDictionary(x => x.Code, x => x.i, StringComparer.Ordinal);
        // An EPCI's département: the one most of its communes belong to.
        var epciDep = new int[epcis.Count];
        for (var i = 0; i < epcis.Count; i++)
        {
            var first = epcis[i].Parents.FirstOrDefault(p => p.Level == TerritoryLevels.Departement);
            epciDep[i] = first is not null && depIndex.TryGetValue(first.Code, out var d) ? d : -1;
        }
        Epcis = epcis.Select((t, i) => EpciPlace(t, epciDep[i], epciDep[i] >= 0 ? Departements[epciDep[i]].Region : -1)).ToArray();
        Communes = communes.Select(t =>
        {
            var d = depIndex[t.DepartementCode!];
            var e = t.EpciCode is not null && epciIndex.TryGetValue(t.EpciCode, out var ei) ? ei : -1;
            return CommunePlace(t, d, Departements[d].Region, e);
        }).ToArray();

        DepartementsOfRegion = Group(Departements.Length, Regions.Length, i => Departements[i].Region, null);
        CommunesOfDepartement = Group(Communes.Length, Departements.Length, i => Communes[i].Departement, i => -Communes[i].Population);
        EpcisOfDepartement = Group(Epcis.Length, Departements.Length, i => Epcis[i].Departement, i => -Epcis[i].Population);
        CommunesOfEpci = Group(Communes.Length, Epcis.Length, i => Communes[i].Epci, i => -Communes[i].Population);

        // Larger places are written about more often, but every commune has a chance.
        RegionTable = new AliasTable(Regions.Select(p => Math.Pow(p.Population + 1, 0.5)).ToArray());
        DepartementTable = new AliasTable(Departements.Select(p => Math.Pow(p.Population + 1, 0.6)).ToArray());
        EpciTable = new AliasTable(Epcis.Select(p => Math.Pow(p.Population + 1, 0.6)).ToArray());
        CommuneTable = new AliasTable(Communes.Select(p => 30.0 + Math.Pow(p.Population + 1, 0.75)).ToArray());
    }

    private static int[][] Group(int count, int groups, Func<int, int> groupOf, Func<int, long>? order)
    {
        var lists = new List<int>[groups];
        for (var g = 0; g < groups; g++) lists[g] = [];
        for (var i = 0; i < count; i++)
        {
            var g = groupOf(i);
            if (g >= 0) lists[g].Add(i);
        }
        return lists.Select(l => order is null ? l.ToArray() : l.OrderBy(order).ThenBy(i => i).ToArray()).ToArray();
    }

    private static Place RegionPlace(Territory t)
    {
        string of, loc;
        switch (t.Code)
        {
            case "44": of = "du " + t.Name; loc = "dans le " + t.Name; break;
            case "24": of = "du " + t.Name; loc = "en " + t.Name; break;
            case "32": of = "des " + t.Name; loc = "dans les " + t.Name; break;
            case "52": of = "des " + t.Name; loc = "en " + t.Name; break;
            case "04" or "06": of = "de " + t.Name; loc = "à " + t.Name; break;
            default: of = (Elides(t.Name) ? "d'" : "de ") + t.Name; loc = "en " + t.Name; break;
        }
        return new Place { Name = t.Name, Level = t.Level, Code = t.Code, Population = t.Population, Of = of, Loc = loc, Full = "la région " + t.Name, TitleName = "Région " + t.Name };
    }

    private static Place DepartementPlace(Territory t, int region)
    {
        string of, loc;
        var n = t.Name;
        if (NoArticle.Contains(t.Code)) { of = (Elides(n) ? "d'" : "de ") + n; loc = "à " + n; }
        else if (PluralDepartements.Contains(t.Code)) { of = "des " + n; loc = "dans les " + n; }
        else if (MasculineDepartements.Contains(t.Code)) { of = Elides(n) ? "de l'" + n : "du " + n; loc = Elides(n) ? "dans l'" + n : "dans le " + n; }
        else { of = Elides(n) ? "de l'" + n : "de la " + n; loc = "en " + n; }
        return new Place
        {
            Name = n, Level = t.Level, Code = t.Code, Population = t.Population, Of = of, Loc = loc, Full = "le département " + of,
            TitleName = "Département " + of, Region = region,
        };
    }

    private static Place EpciPlace(Territory t, int dep, int region)
    {
        var name = Regex.Replace(t.Name, @"\s*\([^)]*\)\s*$", "");
        var space = name.IndexOf(' ');
        var prefix = space > 0 ? name[..space] : "";
        var rest = space > 0 ? name[(space + 1)..] : name;
        var expanded = prefix switch
        {
            "CC" => "communauté de communes " + rest,
            "CA" => "communauté d'agglomération " + rest,
            "CU" => "communauté urbaine " + rest,
            _ => name,
        };
        string full, of, loc, title;
        if (expanded != name || name.StartsWith("Métropole", StringComparison.Ordinal))
        {
            var lower = char.ToLowerInvariant(expanded[0]) + expanded[1..];
            full = "la " + lower;
            of = "de la " + lower;
            loc = "dans la " + lower;
            title = char.ToUpperInvariant(expanded[0]) + expanded[1..];
        }
        else
        {
            // "Bordeaux Métropole", "Eurométropole de Strasbourg": a name without article.
            full = name;
            of = (Elides(name) ? "d'" : "de ") + name;
            loc = "sur le territoire " + of;
            title = name;
        }
        return new Place
        {
            Name = name, Level = t.Level, Code = t.Code, Population = t.Population, Of = of, Loc = loc, Full = full, TitleName = title,
            Departement = dep, Region = region, Siren = t.Code,
        };
    }

    private static Place CommunePlace(Territory t, int dep, int region, int epci)
    {
        var n = t.Name;
        string of, loc;
        if (n.StartsWith("Le ", StringComparison.Ordinal)) { of = "du " + n[3..]; loc = "au " + n[3..]; }
        else if (n.StartsWith("Les ", StringComparison.Ordinal)) { of = "des " + n[4..]; loc = "aux " + n[4..]; }
        else if (n.StartsWith("La ", StringComparison.Ordinal) || n.StartsWith("L'", StringComparison.Ordinal)) { of = "de " + n; loc = "à " + n; }
        else { of = (Elides(n) ? "d'" : "de ") + n; loc = "à " + n; }
        return new Place
        {
            Name = n, Level = t.Level, Code = t.Code, Population = t.Population, Of = of, Loc = loc, Full = "la commune " + of,
            TitleName = "Commune " + of, Departement = dep, Region = region, Epci = epci, Siren = t.Siren,
        };
    }
}
