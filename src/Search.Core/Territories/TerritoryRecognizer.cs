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
        "suisse", "belgique", "allemagne", "italie", "espagne", "europe", "afrique", "amerique", "canada", "luxembourg",
        "l union", "la cote", "le pas", "la creuse", "le port", "la poste", "la chapelle", "le plan", "les iles",
        "l echelle", "la chambre", "le syndicat", "ecole", "cultures", "engins", "aucun", "place", "frais", "azur",
        // First names that are also communes.
        "marie", "francois", "yves", "nicole", "gilles", "mathieu", "rene", "gael", "alex", "raymond", "bernard",
        "laurent", "vincent", "martin", "michel", "pierre", "jean", "paul", "louis", "simon", "thomas", "denis", "guy",
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
        var head = new List<Territory>();
        foreach (var (candidate, weight) in candidates)
        {
            if (Resolve(candidate, context, query: false) is not { } t) continue;
            // Named with a cue or a code at the very top of the document ("SITUATION FINANCIERE du DEPARTEMENT de AISNE"),
            // or right under such a parent ("DEPARTEMENT : LOIRET ORLEANS").
            if (weight is 1 or 2 && candidate.Start < 600 && !head.Contains(t)
                && (Evidence(candidate, t, []) >= 3 || t.Parents.Any(head.Contains) && Evidence(candidate, t, context) >= 2)) head.Add(t);
            var (score, inTitle, mentions) = scores.GetValueOrDefault(t);
            // A name in the title is a subject, unless it only locates another one: "Villard-de-Lans (Isère)".
            var subject = weight == 0 && !candidate.Locator;
            score += weight switch { 0 => inTitle ? 0 : 6, 1 => 2, 2 => 1.5, _ => 1 };
            scores[t] = (score, inTitle || subject, mentions + 1);
        }

        var about = scores.Where(kv => kv.Value.InTitle).OrderByDescending(kv => kv.Value.Score).Select(kv => kv.Key).ToList();
        if (about.Count == 0 && head.Count > 0)
        {
            about = head.Where(a => !head.Any(b => Gazetteer.IsAncestor(a, b))).Take(2).ToList();
        }
        if (about.Count == 0 && scores.Count > 0)
        {
            // No subject in the title: the territories the text is clearly centred on.
            var top = scores.Values.Max(v => v.Score);
            var total = scores.Values.Sum(v => v.Score);
            about = scores.Where(kv => kv.Value.Mentions >= 4 && kv.Value.Score >= 0.5 * top && kv.Value.Score >= 0.25 * total)
                .OrderByDescending(kv => kv.Value.Score).Select(kv => kv.Key).Take(3).ToList();
        }
        about = about.Take(6).ToList();
        if (about.Count == 0 && IsNational(title, summary, segments)) about.Add(Gazetteer.France);
        if (scores.Count == 0 && about.Count == 0) return DocumentTerritories.Empty;
        var mentioned = scores.Keys.Where(t => !about.Contains(t))
            .OrderBy(t => TerritoryLevels.Rank(t.Level)).ThenByDescending(t => scores[t].Score).ThenBy(t => t.Code, StringComparer.Ordinal)
            .Take(60).ToList();
        return new DocumentTerritories(about.Select(TerritoryRef.Of).ToList(), mentioned.Select(TerritoryRef.Of).ToList());
    }

    /// <summary>A document with no local subject that speaks of France or of national figures is about France.</summary>
    private static bool IsNational(string? title, string? summary, List<(string Text, int Weight)> segments)
    {
        var head = string.Join("\n", segments.Take(4).Select(s => s.Text.Length > 20_000 ? s.Text[..20_000] : s.Text));
        return NationalCue().IsMatch(head);
    }

    [GeneratedRegex(@"\b(France|national(e|es|aux)?|nationwide|métropole et outre-mer|ensemble des (communes|départements|régions|collectivités))\b", RegexOptions.IgnoreCase)]
    private static partial Regex NationalCue();

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
        string? CueLevel, bool CuePlural, string? CodeAfter, string? PostcodeBefore, bool ArticleBefore, bool SentenceStart, bool AllUpper,
        bool Locator = false, bool ProperNameNeighbour = false, bool AccentsDiffer = false, bool AllCaps = false);

    internal List<Candidate> Candidates(string text, bool query)
    {
        var tokens = TerritoryText.Tokenize(text);
        var result = new List<Candidate>();
        var joinable = new bool[Math.Max(0, tokens.Count - 1)];
        for (var k = 0; k + 1 < tokens.Count; k++) joinable[k] = TerritoryText.Joinable(text, tokens[k].End, tokens[k + 1].Start);

        for (var i = 0; i < tokens.Count;)
        {
            var (n, names) = LongestAt(tokens, joinable, i, query);
            if (n == 0) { i++; continue; }
            // A longer name starting inside this one wins: "le Pas-de-Calais" is not "Le Pas" + "Calais".
            var overtaken = false;
            for (var j = i + 1; j < i + n && !overtaken; j++) overtaken = j + LongestAt(tokens, joinable, j, query).Length > i + n;
            if (overtaken) { i++; continue; }
            var key = string.Join(' ', tokens.Skip(i).Take(n).Select(t => t.Folded));
            if (n > 1 && tokens[i].Folded is "la" or "le" or "les" or "l")
            {
                // "la Creuse" is the département before the commune La Creuse: offer both.
                var rest = string.Join(' ', tokens.Skip(i + 1).Take(n - 1).Select(t => t.Folded));
                names = [.. names, .. Gazetteer.Names(rest).Where(x => x.Target.Level != TerritoryLevels.Commune && Fits(x, tokens, i + 1, n - 1, query))];
            }
            // The last "(" between the previous word and this one (searched there only: the last one of the whole text before
            // this word counts only when it is in that gap).
            var locator = i > 0 && text.LastIndexOf('(', tokens[i].Start, tokens[i].Start - tokens[i - 1].End + 1) is var open && open >= tokens[i - 1].End
                && result.Count > 0 && result[^1].End <= open && TerritoryText.Joinable(text, result[^1].End, open);
            var spelled = text[tokens[i].Start..tokens[i + n - 1].End];
            result.Add(new Candidate(
                key, tokens[i].Start, tokens[i + n - 1].End, names,
                CueLevel(tokens, i), CuePlural(tokens, i), CodeAfter(text, tokens[i + n - 1].End), PostcodeBefore(tokens, i),
                i > 0 && Articles.Contains(tokens[i - 1].Folded),
                tokens[i].SentenceStart, n == 1 && tokens[i].AllUpper, locator,
                ProperNameNeighbour(text, tokens, i, n),
                AccentsDiffer: n == 1 && !tokens[i].AllUpper && !names.Any(x => string.Equals(x.Spelling, spelled, StringComparison.OrdinalIgnoreCase)),
                AllCaps: tokens.Skip(i).Take(n).All(t => t.AllUpper || Linkers.Contains(t.Folded) || t.Folded.Length == 1)));
            i += n;
        }
        return result;
    }

    /// <summary>
    /// True when the name touches another capitalised word: "Marie Dupont", "Jean-François", "Côte d'Azur",
    /// "SIVU des Rives": a person or another proper name, not a territory.
    /// </summary>
    private static bool ProperNameNeighbour(string text, List<TerritoryToken> tokens, int i, int n)
    {
        var next = i + n;
        if (next < tokens.Count && tokens[next].Capitalized && !tokens[next].SentenceStart && !char.IsDigit(text[tokens[next].Start])
            && TerritoryText.Joinable(text, tokens[next - 1].End, tokens[next].Start) && !text[tokens[next - 1].End..tokens[next].Start].Contains('\n'))
            return true;
        if (next < tokens.Count && !tokens[next].Capitalized && text[tokens[next - 1].End..tokens[next].Start] == "-")
            return true;   // "Celle-ci"
        var k = i - 1;
        if (k >= 0 && tokens[k].Folded is "d" or "de" or "du" or "des" or "la" or "le" && k > 0 && !tokens[k].Capitalized) k--;
        if (k < 0 || tokens[k].SentenceStart && k == i - 1) return false;
        var previous = tokens[k];
        if (!previous.Capitalized || char.IsDigit(text[previous.Start]) || Articles.Contains(previous.Folded)) return false;
        return TerritoryText.Joinable(text, previous.End, tokens[i].Start) || k < i - 1 && !text[previous.End..tokens[i].Start].Contains('\n');
    }

    private (int Length, List<TerritoryName> Names) LongestAt(List<TerritoryToken> tokens, bool[] joinable, int i, bool query)
    {
        var first = tokens[i].Folded;
        var max = Math.Min(Gazetteer.MaxTokensStartingWith(first), tokens.Count - i);
        var reach = max == 0 ? 0 : 1;
        while (reach < max && joinable[i + reach - 1]) reach++;
        if (!query && reach > 0)
        {
            // In a document every word of a name after its prefix words must be capitalised or a linker (Fits): a name
            // cannot reach past the first word that is neither, unless that word is within the prefix.
            for (var k = i + Gazetteer.MaxPrefixTokensStartingWith(first); k < i + reach; k++)
            {
                if (!tokens[k].Capitalized && !Linkers.Contains(tokens[k].Folded)) { reach = k - i; break; }
            }
        }
        if (reach == 0) return NoName;
        // The keys of the n first words, longest first, cut from one string (words joined by single spaces).
        var key = first;
        Span<int> ends = stackalloc int[reach + 1];
        ends[1] = first.Length;
        if (reach > 1)
        {
            var sb = new System.Text.StringBuilder(first, 64);
            for (var k = 1; k < reach; k++)
            {
                sb.Append(' ').Append(tokens[i + k].Folded);
                ends[k + 1] = sb.Length;
            }
            key = sb.ToString();
        }
        for (var n = reach; n >= 1; n--)
        {
            var all = Gazetteer.Names(n == reach ? key : n == 1 ? first : key[..ends[n]]);
            if (all.Count == 0) continue;
            List<TerritoryName>? names = null;
            foreach (var name in all)
            {
                if (Fits(name, tokens, i, n, query)) (names ??= []).Add(name);
            }
            if (names is not null) return (n, names);
        }
        return NoName;
    }

    /// <summary>No name at a position (never modified: callers only read its length).</summary>
    private static readonly (int Length, List<TerritoryName> Names) NoName = (0, []);

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
        var names = c.Names;
        if (names.Any(n => n.Target.Level is TerritoryLevels.Departement or TerritoryLevels.Region && n.Kind == NameKind.Official))
        {
            // "Bretagne" is the région, not the small commune of the Territoire de Belfort, unless a cue or a code says so.
            var communes = names.Where(n => n.Target.Level == TerritoryLevels.Commune && Evidence(c, n.Target, []) >= 3).ToList();
            names = communes.Count > 0 ? communes : names.Where(n => n.Target.Level != TerritoryLevels.Commune).ToList();
        }
        var scored = names.Select(n => (Name: n, Score: Evidence(c, n.Target, context)))
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
        var common = CommonWords.Contains(c.Key) || single && c.Key.Length <= 3 && t.Population < 20_000;
        if (query)
        {
            if (common && !CapitalisedIsEnough.Contains(c.Key)) return null;
            return c.Key.Length >= 3 || !single ? t : null;
        }
        if (c.AllUpper && c.Key.Length <= 4) return null;
        var small = t.Level == TerritoryLevels.Commune && t.Population < 20_000;
        if (small && (c.ProperNameNeighbour || c.SentenceStart && single || c.AccentsDiffer)) return null;
        if (small && c.AllCaps && best.Score < 2) return null;
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
