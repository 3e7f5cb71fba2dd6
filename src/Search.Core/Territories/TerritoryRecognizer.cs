using System.Text.RegularExpressions;

namespace Search.Core.Territories;

/// <summary>The territories of a document: those it is about (its principal subjects) and those it only mentions.</summary>
public sealed record DocumentTerritories(IReadOnlyList<TerritoryRef> About, IReadOnlyList<TerritoryRef> Mentioned)
{
    public static readonly DocumentTerritories Empty = new([], []);
}

/// <summary>A territory named in a query, with the characters that name it.</summary>
public sealed record QueryTerritory(Territory Territory, int Start, int End);

/// <summary>
/// Finds territory names in French text. The same code serves index time (documents: about and
/// mentioned territories) and query time (the territories a query names).
/// <list type="bullet">
/// <item>Names are matched word by word on folded keys (word boundaries: "Ainsi" never gives Ain),
/// longest first ("Haute-Loire" and "Pays de la Loire" before "Loire", "Bar-le-Duc" before "Bar").</item>
/// <item>In documents every significant word of a name must be capitalised ("la somme" is no
/// département); short all-caps words (acronyms) and common words (Bar, Die, Son, Eu, Y, Lux…) need a
/// cue ("commune de", "département du"…) or a code ("(38)", "38250 Villard-de-Lans").</item>
/// <item>Homonyms (eleven Saint-Sauveur) are resolved by cues, codes and context (the document also
/// names the commune's département, région or EPCI), then by population when one clearly dominates;
/// otherwise they are left out.</item>
/// <item>Former names (regions before 2016, merged communes, renamed EPCI) resolve to today's territory.</item>
/// </list>
/// </summary>
public sealed partial class TerritoryRecognizer(Gazetteer gazetteer)
{
    private static readonly Lazy<TerritoryRecognizer> DefaultInstance = new(() => new TerritoryRecognizer(Gazetteer.Default));

    public static TerritoryRecognizer Default => DefaultInstance.Value;

    public Gazetteer Gazetteer { get; } = gazetteer;

    /// <summary>Single-word names that are ordinary French (or English) words: never matched without a cue or a code.</summary>
    private static readonly HashSet<string> CommonWords =
    [
        "bar", "die", "son", "eu", "y", "lux", "by", "vie", "mer", "port", "pont", "val", "plan", "ham", "bourg", "mars",
        "mai", "ville", "sept", "sens", "orange", "charges", "cours", "rue", "bu", "ri", "oui", "pas", "bas", "haut",
        "lot", "cher", "nord", "centre", "est", "ouest", "sud", "france", "paris", "union", "total", "bourse", "prix",
        "moyen", "bon", "bonne", "ecole", "loisirs", "poste", "mont", "mur", "nous", "vous", "on", "as", "ver", "vert",
        "verte", "grand", "petit", "beau", "belle", "saint", "sainte", "fontaine", "fontaines", "foix", "marche",
        "etat", "ile", "iles", "saints", "tour", "tours", "villes", "communes", "region", "departement", "an", "ans",
        "fay", "eure", "aube", "somme", "marne", "loire", "rhone", "var", "ain", "orne", "vienne", "seine", "cote",
        "fresnes", "mans", "sables", "lys", "gare", "hopital", "montagne", "plaine", "pays", "agglo", "camp", "nice",
    ];

    /// <summary>Common words that are still the usual name of a large territory when capitalised and not at a sentence start.</summary>
    private static readonly HashSet<string> CapitalisedIsEnough =
    [
        "paris", "nice", "tours", "sens", "orange", "foix", "eure", "aube", "somme", "marne", "loire", "rhone", "var",
        "ain", "orne", "vienne", "mans", "sables", "fresnes",
    ];

    private static readonly HashSet<string> Linkers = ["de", "du", "des", "d", "la", "l", "le", "les", "en", "sur", "sous", "et", "aux", "au", "lès", "les", "lez", "a"];
    private static readonly HashSet<string> Articles = ["le", "la", "l", "les", "du", "de", "des", "d", "en", "dans", "au", "aux", "a"];

    private const int MaxDocumentChars = 400_000;

    /// <summary>About and mentioned territories of a document.</summary>
    public DocumentTerritories Recognize(string? title, string? summary, IEnumerable<string> pages)
    {
        var segments = new List<(string Text, int Weight)>();
        if (!string.IsNullOrWhiteSpace(title)) segments.Add((title, 0));
        if (!string.IsNullOrWhiteSpace(summary)) segments.Add((summary, 1));
        var budget = MaxDocumentChars;
        var first = true;
        foreach (var page in pages)
        {
            if (budget <= 0) break;
            var text = page.Length > budget ? page[..budget] : page;
            budget -= text.Length;
            segments.Add((text, first ? 2 : 3));
            first = false;
        }

        var candidates = segments.SelectMany(s => Candidates(s.Text, query: false).Select(c => (Candidate: c, s.Weight))).ToList();
        var context = new HashSet<Territory>();
        for (var pass = 0; pass < 2; pass++)
        {
            var found = candidates.Select(c => Resolve(c.Candidate, context, query: false)).OfType<Territory>().ToList();
            context = found.SelectMany(Gazetteer.SelfAndAncestors).Where(t => t.Level != TerritoryLevels.France).ToHashSet();
        }

        var scores = new Dictionary<Territory, (double Score, bool InTitle, int Mentions)>();
        foreach (var (candidate, weight) in candidates)
        {
            if (Resolve(candidate, context, query: false) is not { } t) continue;
            var (score, inTitle, mentions) = scores.GetValueOrDefault(t);
            score += weight switch { 0 => inTitle ? 0 : 6, 1 => 2, 2 => 1.5, _ => 1 };
            scores[t] = (score, inTitle || weight == 0, mentions + 1);
        }
        if (scores.Count == 0) return DocumentTerritories.Empty;

        var top = scores.Values.Max(v => v.Score);
        var about = scores
            .Where(kv => kv.Value.InTitle || (kv.Value.Mentions >= 3 && kv.Value.Score >= Math.Max(5, 0.5 * top)))
            .OrderByDescending(kv => kv.Value.Score).Select(kv => kv.Key).ToList();
        // The most specific subjects: a report on Villard-de-Lans is not "about" Isère as well.
        about = about.Where(a => !about.Any(b => Gazetteer.IsAncestor(a, b))).Take(6).ToList();
        var mentioned = scores.Keys.Where(t => !about.Contains(t))
            .OrderBy(t => TerritoryLevels.Rank(t.Level)).ThenByDescending(t => scores[t].Score).ThenBy(t => t.Code, StringComparer.Ordinal)
            .Take(60).ToList();
        return new DocumentTerritories(about.Select(TerritoryRef.Of).ToList(), mentioned.Select(TerritoryRef.Of).ToList());
    }

    /// <summary>The territories a query names ("Isère", "communes de Bretagne", "nimes"), case and accents optional.</summary>
    public IReadOnlyList<QueryTerritory> RecognizeQuery(string query)
    {
        if (string.IsNullOrWhiteSpace(query)) return [];
        var candidates = Candidates(query, query: true);
        var context = candidates.Select(c => Resolve(c, [], query: true)).OfType<Territory>()
            .SelectMany(Gazetteer.SelfAndAncestors).Where(t => t.Level != TerritoryLevels.France).ToHashSet();
        var result = new List<QueryTerritory>();
        foreach (var c in candidates)
        {
            if (Resolve(c, context, query: true) is { } t && result.All(r => r.Territory != t)) result.Add(new QueryTerritory(t, c.Start, c.End));
        }
        return result;
    }

    /// <summary>A stretch of text that is a name of one or more territories, with the evidence around it.</summary>
    internal sealed record Candidate(
        string Key, int Start, int End, IReadOnlyList<TerritoryName> Names,
        string? CueLevel, bool CuePlural, string? CodeAfter, string? PostcodeBefore, bool ArticleBefore, bool SentenceStart, bool AllUpper);

    internal List<Candidate> Candidates(string text, bool query)
    {
        var tokens = TerritoryText.Tokenize(text);
        var result = new List<Candidate>();
        var joinable = new bool[Math.Max(0, tokens.Count - 1)];
        for (var k = 0; k + 1 < tokens.Count; k++) joinable[k] = TerritoryText.Joinable(text, tokens[k].End, tokens[k + 1].Start);

        for (var i = 0; i < tokens.Count;)
        {
            var max = Math.Min(Gazetteer.MaxTokensStartingWith(tokens[i].Folded), tokens.Count - i);
            var reach = 1;
            while (reach < max && joinable[i + reach - 1]) reach++;
            Candidate? found = null;
            for (var n = Math.Min(max, reach); n >= 1 && found is null; n--)
            {
                var key = n == 1 ? tokens[i].Folded : string.Join(' ', tokens.Skip(i).Take(n).Select(t => t.Folded));
                var names = Gazetteer.Names(key).Where(name => Fits(name, tokens, i, n, query)).ToList();
                if (names.Count == 0) continue;
                found = new Candidate(
                    key, tokens[i].Start, tokens[i + n - 1].End, names,
                    CueLevel(tokens, i), CuePlural(tokens, i), CodeAfter(text, tokens[i + n - 1].End), PostcodeBefore(tokens, i),
                    i > 0 && Articles.Contains(tokens[i - 1].Folded),
                    tokens[i].SentenceStart, n == 1 && tokens[i].AllUpper);
                result.Add(found);
                i += n;
            }
            if (found is null) i++;
        }
        return result;
    }

    private static bool Fits(TerritoryName name, List<TerritoryToken> tokens, int i, int n, bool query)
    {
        if (name.Kind == NameKind.AfterContraction)
        {
            if (i == 0) return false;
            var before = tokens[i - 1].Folded;
            if (!(name.Contraction == "le" ? before is "au" or "du" : before is "aux" or "des")) return false;
        }
        if (query) return true;
        for (var k = i + name.PrefixTokens; k < i + n; k++)
        {
            if (!tokens[k].Capitalized && !Linkers.Contains(tokens[k].Folded)) return false;
        }
        return name.PrefixTokens > 0 || tokens[i].Capitalized || Linkers.Contains(tokens[i].Folded);
    }

    private static string? CueLevel(List<TerritoryToken> tokens, int i)
    {
        for (var k = i - 1; k >= Math.Max(0, i - 4); k--)
        {
            var w = tokens[k].Folded;
            if (Linkers.Contains(w)) continue;
            return w switch
            {
                "commune" or "communes" or "ville" or "villes" or "mairie" or "maire" or "municipalite" => TerritoryLevels.Commune,
                "departement" or "departements" or "departemental" or "departementale" => TerritoryLevels.Departement,
                "region" or "regions" or "regional" or "regionale" => TerritoryLevels.Region,
                "intercommunalite" or "epci" => TerritoryLevels.Epci,
                _ => null,
            };
        }
        return null;
    }

    private static bool CuePlural(List<TerritoryToken> tokens, int i)
    {
        for (var k = i - 1; k >= Math.Max(0, i - 4); k--)
        {
            if (!Linkers.Contains(tokens[k].Folded)) return tokens[k].Folded.EndsWith('s');
        }
        return false;
    }

    private static string? CodeAfter(string text, int end)
    {
        var m = CodeInParentheses().Match(text, end, Math.Min(12, text.Length - end));
        return m.Success ? m.Groups[1].Value.ToUpperInvariant() : null;
    }

    [GeneratedRegex(@"\G\s*\(\s*(\d{5}|\d{2,3}|2[aAbB])\s*\)")]
    private static partial Regex CodeInParentheses();

    private static string? PostcodeBefore(List<TerritoryToken> tokens, int i) =>
        i > 0 && tokens[i - 1].Folded.Length == 5 && tokens[i - 1].Folded.All(char.IsDigit) ? tokens[i - 1].Folded : null;

    /// <summary>The territory a candidate names, or null when the evidence is too weak or ambiguous.</summary>
    internal Territory? Resolve(Candidate c, HashSet<Territory> context, bool query)
    {
        var scored = c.Names.Select(n => (Name: n, Score: Evidence(c, n.Target, context)))
            .OrderByDescending(s => s.Score)
            .ThenByDescending(s => s.Name.Target.Population)
            .ThenBy(s => TerritoryLevels.Rank(s.Name.Target.Level))
            .ToList();
        var best = scored[0];
        var t = best.Name.Target;
        var tied = scored.Where(s => s.Score == best.Score && s.Name.Target != t && s.Name.Target.Level == t.Level).ToList();
        if (tied.Count > 0)
        {
            // Homonyms with the same evidence: only a clearly larger one wins (or the largest, in a query).
            var second = tied.Max(s => s.Name.Target.Population);
            if (!query && !(t.Population >= 10 * Math.Max(1, second) && t.Population >= 10_000)) return null;
        }

        var strong = best.Score >= 3;
        if (strong) return t;
        if (best.Score < 0) return null;
        var single = best.Name.TokenCount == 1;
        var common = single && (CommonWords.Contains(c.Key) || c.Key.Length <= 3 && t.Population < 20_000);
        if (query)
        {
            if (common && !CapitalisedIsEnough.Contains(c.Key)) return null;
            return c.Key.Length >= 3 || !single ? t : null;
        }
        if (c.AllUpper && c.Key.Length <= 4) return null;
        if (common)
        {
            if (!CapitalisedIsEnough.Contains(c.Key) || c.SentenceStart) return null;
            if (t.Level == TerritoryLevels.Departement && !c.ArticleBefore && best.Score < 2) return null;
            return t;
        }
        switch (t.Level)
        {
            case TerritoryLevels.Region:
            case TerritoryLevels.Departement:
            case TerritoryLevels.Epci:
                return t;
            default:
                if (best.Score >= 2) return t;   // its département, région or EPCI is named too
                if (!single) return t.Population >= 300 || best.Name.Kind == NameKind.Official ? t : null;
                if (c.SentenceStart) return t.Population >= 20_000 ? t : null;
                return t.Population >= 5_000 && best.Name.Kind != NameKind.Former ? t : null;
        }
    }

    private static int Evidence(Candidate c, Territory t, HashSet<Territory> context)
    {
        var score = 0;
        if (c.CueLevel is not null)
        {
            // "commune de X" names a commune; "communes de X" may name their département or région.
            score += (c.CueLevel, c.CuePlural, t.Level) switch
            {
                (TerritoryLevels.Commune, true, TerritoryLevels.Departement or TerritoryLevels.Region) => 1,
                (TerritoryLevels.Commune, true, _) => 0,
                (TerritoryLevels.Commune, false, TerritoryLevels.Epci) => 0,
                var (cue, _, level) => cue == level ? 3 : -2,
            };
        }
        if (c.CodeAfter is { } code)
        {
            var matches = code.Length == 5
                ? t.Code == code || t.Postcodes.Contains(code)
                : t.Level == TerritoryLevels.Departement ? t.Code == code : t.DepartementCode == code || t.Parents.Any(p => p.Level == TerritoryLevels.Departement && p.Code == code);
            score += matches ? 4 : -3;
        }
        if (c.PostcodeBefore is { } postcode) score += t.Postcodes.Contains(postcode) ? 4 : 0;
        if (context.Count > 0 && t.Parents.Any(p => p.Level != TerritoryLevels.France && context.Contains(p))) score += 2;
        return score;
    }
}
