using System.Text.RegularExpressions;
using Search.Core.Querying;

namespace Search.Core.Territories;

/// <summary>The territories of a document: those it is about (its principal subjects) and those it only mentions.</summary>
public sealed record DocumentTerritories(IReadOnlyList<TerritoryRef> About, IReadOnlyList<TerritoryRef> Mentioned)
{
    public static readonly DocumentTerritories Empty = new([], []);
}

/// <summary>
/// A territory named in a query, with the characters that name it. <paramref name="Level"/> is set when a level word
/// finer than the territory comes right before it ("communauté de communes Languedoc-Roussillon": EPCI inside the
/// région); <paramref name="LevelStart"/> is where that level word starts (it ends where the name starts).
/// </summary>
public sealed record QueryTerritory(Territory Territory, int Start, int End, string? Level = null, int LevelStart = -1)
{
    /// <summary>A former région's départements ("Limousin": 19, 23, 87 in today's Nouvelle-Aquitaine); empty otherwise.</summary>
    public IReadOnlyList<Territory> Parts { get; init; } = [];

    /// <summary>
    /// A group of territories named by one word ("outre-mer", "DOM"): <see cref="Parts"/> are the territories searched,
    /// <see cref="Territory"/> (France) only holds them and is no territory of the query.
    /// </summary>
    public bool Group { get; init; }

    /// <summary>A name written with a slip ("Bagnères de Bigore", "département de l'Èsne"): the query's words there are not
    /// the name as spelt.</summary>
    public bool Misspelt { get; init; }

    /// <summary>The name as the gazetteer writes it, for a <see cref="Misspelt"/> one ("Bagnères-de-Bigorre", "Aisne"); null
    /// otherwise.</summary>
    public string? Spelling { get; init; }
}

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

    /// <summary>Whether a folded word is a word of the language (the French word list, <see cref="Analysis.FrenchLexicon.Folded"/>,
    /// by default): a query's word in small letters that names a small commune too is the word (<see cref="RecognizeQuery"/>).</summary>
    public Func<string, bool> IsLanguageWord { get; init; } = word => Analysis.FrenchLexicon.Folded.Contains(word);

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
        // Landscape words that name rivers' banks and valleys in bodies' names ("Syndicat des Rives de l'Elorn").
        "rives", "rive", "vallee", "vallees", "sources", "portes", "gorges", "lac", "lacs", "marais", "plateau", "coteaux",
        "monts", "berges", "bords", "confluence", "bassin",
        // First names that are also communes.
        "marie", "francois", "yves", "nicole", "gilles", "mathieu", "rene", "gael", "alex", "raymond", "bernard",
        "laurent", "vincent", "martin", "michel", "pierre", "jean", "paul", "louis", "simon", "thomas", "denis", "guy",
    ];

    /// <summary>
    /// Landscape nouns that are also a commune's usual name ("l'Anse de Goulven", a cove; Anse in the Rhône): in a document only
    /// with a cue or a code, in a query still the commune.
    /// </summary>
    private static readonly HashSet<string> DocumentCommonWords = ["anse"];

    /// <summary>First names that are also communes: a person's name even when the commune's département is named.</summary>
    private static readonly HashSet<string> FirstNames =
    [
        "marie", "francois", "yves", "nicole", "gilles", "mathieu", "rene", "gael", "alex", "raymond", "bernard",
        "laurent", "vincent", "martin", "michel", "pierre", "jean", "paul", "louis", "simon", "thomas", "denis", "guy",
    ];

    /// <summary>Capitalised words before "de", "du", "des" that start the name of a river, a landscape or a body: the name after them is not a territory ("Vallée du Lot", "Rives de la Vienne").</summary>
    private static readonly HashSet<string> DescriptiveNouns =
    [
        "rives", "rive", "vallee", "vallees", "val", "sources", "source", "portes", "gorges", "lac", "lacs", "marais", "plateau",
        "coteaux", "monts", "berges", "bords", "confluence", "bassin", "boucles", "plaine", "haute vallee", "villes", "iles",
        "cote", "cotes", "pays", "terres", "coeur", "causses", "montagne", "montagnes", "foret", "estuaire", "baie", "delta",
    ];

    /// <summary>Words of a river's course that make the name after them a river even in lower case ("la basse vallée de l'Orne").</summary>
    private static readonly HashSet<string> RiverWords =
        ["vallee", "vallees", "rives", "rive", "berges", "bords", "gorges", "sources", "source", "estuaire", "confluence", "confluent", "boucles"];

    /// <summary>Département names that are also common words, read as the département after an article ("du Lot", "le Cher").</summary>
    private static readonly HashSet<string> DepartementAfterArticle = ["lot", "cher"];

    /// <summary>Words of orientation that, hyphenated before a département's name, make a landscape's name ("Haute-Corrèze").</summary>
    private static readonly HashSet<string> OrientationWords = ["haut", "haute", "hauts", "hautes", "bas", "basse", "nord", "sud", "est", "ouest", "moyen", "moyenne", "centre"];

    /// <summary>Generic words an EPCI's name may write in lower case ("communauté de communes de la région de Bar-sur-Aube").</summary>
    private static readonly HashSet<string> EpciGenericWords = ["region", "pays", "vallee", "val", "communes", "agglomeration", "agglo", "communaute", "metropole", "intercom", "territoire"];

    /// <summary>Common words that are still the usual name of a large territory when capitalised and not at a sentence start.</summary>
    private static readonly HashSet<string> CapitalisedIsEnough =
    [
        "paris", "nice", "tours", "sens", "orange", "foix", "eure", "aube", "somme", "marne", "loire", "rhone", "var",
        "ain", "orne", "vienne", "mans", "sables", "fresnes",
    ];

    /// <summary>Numbers written as words: a name after one is shared by several places ("les deux Montreuil").</summary>
    private static readonly HashSet<string> NumberWords = ["deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix"];

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

        // The first words of a title are no sentence start to doubt ("Fécamp et Fécamp Caux Littoral Agglomération : …") when
        // the commune's département or EPCI is named too, like a heading before a colon; nor a name closing a title after its
        // colon ("Une commune nouvelle cinq ans après : Beauvallon") or opening the title's second part ("Contrat de relance :
        // Noyon et le Pays Noyonnais").
        var candidates = segments.SelectMany(s => Candidates(s.Text, query: false)
            .Select(c => (Candidate: s.Weight == 0 && c.SentenceStart && (s.Text.AsSpan(0, c.Start).IsWhiteSpace() || !s.Text.AsSpan(c.End).ContainsAnyExcept(TitleEndChars)
                    || s.Text.AsSpan(0, c.Start).TrimEnd().EndsWith(":"))
                ? c with { Heading = true } : c, s.Weight))).ToList();
        // A name the document says has a homonym ("Elle ne doit pas être confondue avec Beauvallon, petite commune de la Drôme")
        // is resolved by the document's places only, never by the larger homonym's population.
        if (candidates.Any(c => c.Candidate.RuledOut))
        {
            var homonyms = candidates.Where(c => c.Candidate.RuledOut && c.Candidate.Names.Select(n => n.Target).Distinct().Count(t => t.Level == TerritoryLevels.Commune) >= 2)
                .Select(c => c.Candidate.Key).ToHashSet(StringComparer.Ordinal);
            for (var k = 0; k < candidates.Count; k++)
            {
                if (homonyms.Contains(candidates[k].Candidate.Key)) candidates[k] = (candidates[k].Candidate with { Homonymous = true }, candidates[k].Weight);
            }
        }
        PinHomonyms(candidates);
        MergedCommunes(candidates);
        CuedCommonNames(candidates);
        var adjectives = DepartementsByAdjective(segments);
        var context = new HashSet<Territory>();
        for (var pass = 0; pass < 2; pass++)
        {
            // A homonym the document rules out ("n'est pas la ville de la Meuse", "rien à voir avec Aix-en-Provence") places
            // nothing: the places of that sentence are no context.
            var found = candidates.Where(c => !c.Candidate.RuledOut).Select(c => Resolve(c.Candidate, context, query: false)).OfType<Territory>().ToList();
            context = found.Concat(adjectives).SelectMany(Gazetteer.SelfAndAncestors).Where(t => t.Level != TerritoryLevels.France).ToHashSet();
        }
        // Names too weak alone that place each other: two or more different names left unresolved whose communes share one
        // département, and no other ("la commune d'Aix … au nord d'Ussel": Aix and Ussel of the Corrèze; "Baugé … avec
        // Noyant": two communes déléguées of the Maine-et-Loire). That département is context, as if the document named it; only
        // in a document that places nothing otherwise (no département in its context).
        if (!context.Any(t => t.Level == TerritoryLevels.Departement) && CoLocated(candidates, context) is { } colocated)
        {
            foreach (var t in Gazetteer.SelfAndAncestors(colocated)) if (t.Level != TerritoryLevels.France) context.Add(t);
        }

        // A title about a level in general ("tableau des départements"): its top names one account's subject only at that level.
        var levelTitle = title is null ? null : LevelTitle().Match(title) is { Success: true } m ? TitleLevel(m.Groups[2].Value) : null;
        var scores = new Dictionary<Territory, (double Score, bool InTitle, int Mentions)>();
        var head = new List<Territory>();
        var headAt = new Dictionary<Territory, (int Weight, int End)>();   // where a territory of the head was last named
        var namedInFull = new HashSet<Territory>();   // EPCI named at the top with their legal form or SIREN: communes after them are members
        var opening = new List<Territory>();
        var atTop = new List<Territory>();   // every place named at the top of the summary or the first page
        var whole = new HashSet<Territory>();   // named at the top as a whole ("l'ensemble de la région X"): its parts after it are rows
        var titleCommunes = new List<(Territory Commune, int End)>();
        var cuedCommunes = new List<Territory>();   // communes named with a commune cue anywhere ("la ville de X")
        var openers = new List<Territory>();   // communes opening a sentence at the top ("X compte 33 000 habitants")
        var addressed = new List<Territory>();   // communes written after their postcode ("38590 Plan"): an address
        foreach (var (candidate, weight) in candidates)
        {
            if (Resolve(candidate, context, query: false) is not { } t) continue;
            // A place the document sets apart ("Il n'a aucun lien avec la commune d'Anse", "ne compte pas parmi ses membres la
            // commune d'Yerres") is mentioned, never a subject.
            if (candidate.RuledOut)
            {
                var (s0, inTitle0, mentions0) = scores.GetValueOrDefault(t);
                scores[t] = (s0 + 1, inTitle0, mentions0 + 1);
                continue;
            }
            // Named with a cue or a code at the very top of the document ("SITUATION FINANCIERE du DEPARTEMENT de AISNE"),
            // or right under such a parent ("DEPARTEMENT : LOIRET ORLEANS"); the communes listed after an EPCI named in full are its
            // members, not subjects. Not an address ("35000 Rennes") nor an example.
            // The members a body's opening lists after their count and level word may come a little further down (a first
            // paragraph that first says what the body is).
            if (weight is 1 or 2 && candidate.Start < (candidate.Member ? 1200 : 600) && (!head.Contains(t) || candidate.Whole && !whole.Contains(t)) && candidate.PostcodeBefore is null && !candidate.Example && !candidate.Position
                && (Evidence(candidate, t, []) >= 3
                    // A département or région named at the top as a whole ("intervient sur l'ensemble du Puy-de-Dôme").
                    || candidate.Whole && t.Level is TerritoryLevels.Departement or TerritoryLevels.Region && Evidence(candidate, t, []) >= 0
                    // An EPCI named at the top by its acronym ("la CINOR assure … pour ses trois communes membres"): a name of that
                    // EPCI alone, like its legal form; the communes named after it are its members.
                    || t.Level == TerritoryLevels.Epci && NamedByAcronym(candidate)
                    // An EPCI's letterhead: its name ending with its type alone on a line at the top ("Dracénie Provence Verdon
                    // agglomération"), like its legal form (in a sentence, "X Agglomération compte…" needs a self-reference below).
                    || t.Level == TerritoryLevels.Epci && candidate.OwnLine && NamedWithType(candidate)
                    // Right under its parent ("DEPARTEMENT : LOIRET | ORLEANS"), not a place named further on in the text, nor the same
                    // territory at another level ("Martinique").
                    || t.Parents.Any(p => p.Level != TerritoryLevels.Epci && headAt.TryGetValue(p, out var at) && at.Weight == weight
                        && candidate.Start >= at.End && candidate.Start - at.End <= 40 && p.Name != t.Name
                        // Under it as a heading's rows, not joined to it as a sibling ("à Mayenne et à Château-Gontier": two towns).
                        && !CoordinationBetween().IsMatch(segments.First(x => x.Weight == weight).Text.AsSpan(at.End, candidate.Start - at.End))) && Evidence(candidate, t, context) >= 2)
                && !(t.Level == TerritoryLevels.Commune && t.Parents.Any(namedInFull.Contains)))
            {
                if (!head.Contains(t)) head.Add(t);
                if (t.Level == TerritoryLevels.Epci && (candidate.LegalForm || candidate.SignedInFull || NamedByAcronym(candidate) || candidate.OwnLine && NamedWithType(candidate)))
                    namedInFull.Add(t);
                if (candidate.Whole && t.Level is TerritoryLevels.Departement or TerritoryLevels.Region) whole.Add(t);
            }
            if (head.Contains(t)) headAt[t] = (weight, candidate.End);
            if (weight is 1 or 2 && candidate.Start < 600 && candidate.PostcodeBefore is null && !candidate.Example && !candidate.Position) atTop.Add(t);
            if (weight is 1 or 2 && candidate.Start < 600 && !opening.Contains(t) && candidate.PostcodeBefore is null && !candidate.Example && !candidate.Position
                && t.Level is TerritoryLevels.Commune or TerritoryLevels.Epci) opening.Add(t);
            var (score, inTitle, mentions) = scores.GetValueOrDefault(t);
            // A name in the title is a subject, unless it only locates another one: "Villard-de-Lans (Isère)", or a commune
            // of the title placed in its département or région ("le cas de Guise, dans l'Aisne", "la première ville de Guyane").
            var subject = weight == 0 && !candidate.Locator && !candidate.Example && !candidate.Position
                && !(title is not null && t.Level is TerritoryLevels.Departement or TerritoryLevels.Region && PlacesTitleCommune(title, candidate, t, titleCommunes));
            if (weight == 0 && t.Level == TerritoryLevels.Commune) titleCommunes.Add((t, candidate.End));
            if (t.Level == TerritoryLevels.Commune && candidate.CueLevel == TerritoryLevels.Commune && !candidate.CuePlural && !candidate.Example
                && !candidate.Position && !cuedCommunes.Contains(t)) cuedCommunes.Add(t);
            if (weight is 1 or 2 && candidate.Start < 600 && candidate.SentenceStart && t.Level == TerritoryLevels.Commune && !openers.Contains(t)) openers.Add(t);
            if (candidate.PostcodeBefore is not null && t.Level == TerritoryLevels.Commune && !addressed.Contains(t)) addressed.Add(t);
            score += weight switch { 0 => inTitle ? 0 : 6, 1 => 2, 2 => 1.5, _ => 1 };
            scores[t] = (score, inTitle || subject, mentions + 1);
        }

        var about = scores.Where(kv => kv.Value.InTitle).OrderByDescending(kv => kv.Value.Score).Select(kv => kv.Key).ToList();
        // A title about a département's people or things by their adjective ("Collèges yvelinois : …", "Les Altiligériens : …")
        // or by its number ("Tourisme dans le 06 : …"), with no place of its own: that département. Not when the top names an
        // EPCI in full, whose name may hold the adjective ("la communauté de communes de l'Ouest guyanais").
        if (about.Count == 0 && namedInFull.Count == 0 && title is not null && DepartementOfTitle(title) is { } byTitle) about.Add(byTitle);
        // A table or a list of every département (or région) is about France, not its first rows.
        var everywhere = scores.Keys.Count(t => t.Level == TerritoryLevels.Departement) >= 30 || scores.Keys.Count(t => t.Level == TerritoryLevels.Region) >= 12;
        if (about.Count == 0 && everywhere) about.Add(Gazetteer.France);
        // A methodological note is national even when its examples are named with a cue at the top.
        if (about.Count == 0 && title is not null && MethodTitle().IsMatch(title)) about.Add(Gazetteer.France);
        var localBody = title is not null && LocalBodyTitle().IsMatch(title);
        var words = string.Join("\n", segments.Where(s => s.Weight <= 2).Select(s => s.Text.Length > 3000 ? s.Text[..3000] : s.Text));
        if (about.Count == 0 && head.Count > 0)
        {
            // The territories named with a cue or a code at the top: a syndicate's member communes, or one account's subject.
            // Under a title about a level ("tableau des communes"), only those of that level: the rest are examples.
            // A département's own publication ("Le Département de la Mayenne gère… les routes du département"): the one
            // département named at the top, not its towns named after it (an EPCI named in full still wins, below).
            var ownDepartement = !localBody && head.Count(h => h.Level == TerritoryLevels.Departement) == 1 && DepartementSelfReference().IsMatch(words)
                ? head.First(h => h.Level == TerritoryLevels.Departement) : null;
            about = head.Where(a => (whole.Contains(a) || a == ownDepartement || !head.Any(b => Gazetteer.IsAncestor(a, b)) && !whole.Any(w => Gazetteer.IsAncestor(w, a)))
                && !(ownDepartement is not null && a.Level == TerritoryLevels.Commune && Gazetteer.IsAncestor(ownDepartement, a))
                && (levelTitle is not { Length: > 0 } || a.Level == levelTitle)).Take(6).ToList();
            // A body formed by EPCI named in full: a département or région beside them that holds none of them is context
            // ("le syndicat n'a aucune activité dans le département de l'Orne").
            if (about.Any(a => a.Level == TerritoryLevels.Epci))
                about.RemoveAll(a => a.Level is TerritoryLevels.Departement or TerritoryLevels.Region);
        }
        // A body (syndicate, office, établissement) whose place the title does not give is about the places its text opens with.
        if (about.Count == 0 && localBody)
        {
            // The communes named after their EPCI are its members ("le CIAS agit pour les communes de la communauté de communes X.
            // Ses bureaux sont à Y"): the EPCI is the perimeter. A place's EPCI named after it is its membership.
            var perimeter = opening.Where((a, k) => !(a.Level == TerritoryLevels.Commune && opening.Take(k).Any(b => Gazetteer.IsAncestor(b, a)))).ToList();
            about = perimeter.Where(a => !perimeter.Any(b => Gazetteer.IsAncestor(a, b))).Take(6).ToList();
        }
        // A note about a level ("Fiche de situation financière des régions – note méthodologique") is national: its places are examples.
        // Not a grant to one commune its title names with a cue ("DSIL 2023 : rénovation de la mairie d'Aix"): its place may be
        // unresolved, the grant's notice is still no national note.
        var grantToOne = title is not null && !LevelTitle().IsMatch(title) && GrantTitle().IsMatch(title)
            && candidates.Any(c => c.Weight == 0 && c.Candidate.CueLevel == TerritoryLevels.Commune && !c.Candidate.CuePlural);
        if (about.Count == 0 && title is not null && (LevelTitle().IsMatch(title) || LevelAdjectiveTitle().IsMatch(title)) && !localBody && !grantToOne) about.Add(Gazetteer.France);
        // A page labelled as a methodological note above its title ("Note méthodologique" as the kind of publication) that
        // explains something of a level of local government (a note on survey methods has no territorial subject).
        if (about.Count == 0 && !localBody && segments.FirstOrDefault(s => s.Weight == 2).Text is { } firstPage
            && MethodLabel().Match(firstPage, 0, Math.Min(400, firstPage.Length)) is { Success: true } label
            && LevelVocabulary().IsMatch(firstPage.AsSpan(label.Index, Math.Min(1200, firstPage.Length - label.Index)))) about.Add(Gazetteer.France);
        if (about.Count == 0 && scores.Count > 0)
        {
            // No subject in the title: the territories the text is clearly centred on.
            var top = scores.Values.Max(v => v.Score);
            var total = scores.Values.Sum(v => v.Score);
            about = scores.Where(kv => kv.Value.Mentions >= 4 && kv.Value.Score >= 0.5 * top && kv.Value.Score >= 0.25 * total)
                .OrderByDescending(kv => kv.Value.Score).Select(kv => kv.Key).Take(3).ToList();
        }
        if (about.Count == 0)
        {
            // No subject yet, but the document speaks of one level's institution by its level word alone ("le conseil
            // départemental engage…", "la communauté d'agglomération a réduit…", "le conseil communautaire"): it is about the
            // one territory of that level it names at the top.
            foreach (var (level, self) in (ReadOnlySpan<(string, Regex)>)[(TerritoryLevels.Epci, EpciSelfReference()), (TerritoryLevels.Departement, DepartementSelfReference())])
            {
                var named = atTop.Where(x => x.Level == level).Distinct().ToList();
                if (named.Count == 1 && self.IsMatch(words)) { about.Add(named[0]); break; }
                // A département's body named by its kind alone ("le centre de gestion a reçu…", "le SDIS", "le conseil
                // départemental"), its département named at the top only by its adjective ("Les collectivités meusiennes"): that
                // département, the body's perimeter.
                if (level == TerritoryLevels.Departement && named.Count == 0 && (self.IsMatch(words) || DepartementBodySelfReference().IsMatch(words))
                    && DepartementsByAdjective(segments.Where(x => x.Weight <= 2).Select(x => (x.Text.Length > 600 ? x.Text[..600] : x.Text, x.Weight)).ToList()) is [var byAdjective])
                { about.Add(byAdjective); break; }
            }
            // A commune's own publication ("le conseil municipal a adopté le budget de la ville", "la commune dispose…"): the
            // one commune it names with a cue ("la ville de X"), or the commune its first sentence opens with ("X compte 33 000
            // habitants"). Not a body's title, nor a title about communes in the plural ("… dans 4 500 communes").
            if (about.Count == 0 && !localBody && !(title is not null && PluralCommunes().IsMatch(title)) && CommuneSelfReference().IsMatch(words))
            {
                var firstAtTop = atTop.FirstOrDefault(x => x.Level == TerritoryLevels.Commune);
                if (cuedCommunes.Count == 1) about.Add(cuedCommunes[0]);
                else if (cuedCommunes.Count == 0 && openers.Count > 0 && openers[0] == firstAtTop) about.Add(openers[0]);
                // Or the one commune it gives its postcode, its mairie's address ("à la mairie, 38590 Plan").
                else if (cuedCommunes.Count == 0 && addressed.Count == 1) about.Add(addressed[0]);
                // Or the one commune it names at its top ("les travaux de la rue principale de X ont commencé"), when no
                // EPCI speaks ("l'agglomération regroupe…, la ville-centre de X": the EPCI's voice, below).
                else if (cuedCommunes.Count == 0 && addressed.Count == 0 && !EpciVoice().IsMatch(words) && atTop.Where(x => x.Level == TerritoryLevels.Commune).Distinct().ToList() is [var only]) about.Add(only);
            }
            // A body that speaks as an EPCI or a région without naming itself in a way the gazetteer holds ("Agglopolys … le
            // conseil communautaire", "la Région investit… l'hôtel de région à Orléans"): the one territory of that level that
            // holds every commune the document names (its seat, its towns). Not a syndicate's or an office's title (their
            // members are the subject) nor a title about communes in the plural.
            if (about.Count == 0 && !localBody && !(title is not null && PluralCommunes().IsMatch(title)))
            {
                var voice = EpciVoice().IsMatch(words) ? TerritoryLevels.Epci : RegionVoice().IsMatch(words) ? TerritoryLevels.Region : null;
                var communes = scores.Keys.Where(x => x.Level == TerritoryLevels.Commune).ToList();
                if (voice is not null && communes.Count > 0 && !scores.Keys.Any(x => x.Level == voice)
                    && communes.Select(x => x.Parents.FirstOrDefault(p => p.Level == voice)).Distinct().ToList() is [{ } holder])
                    about.Add(holder);
            }
        }
        about = about.Take(6).ToList();
        // "Les deux Savoie", "les deux Charentes": a title naming a département after "deux" is about the pair, that département
        // and the one other département the document names whose name holds its name (Haute-Savoie, Charente-Maritime).
        if (title is not null && TwoDepartementsTitle().Match(title) is { Success: true } two)
        {
            var word = TerritoryText.Key(two.Groups[1].Value);
            var named = Gazetteer.Names(word).Concat(word.EndsWith('s') ? Gazetteer.Names(word[..^1]) : [])
                .Select(n => n.Target).FirstOrDefault(x => x.Level == TerritoryLevels.Departement && (about.Contains(x) || about.Count == 0 && scores.ContainsKey(x)));
            if (named is not null)
            {
                var key = " " + TerritoryText.Key(named.Name) + " ";
                if (scores.Keys.Where(x => x.Level == TerritoryLevels.Departement && x != named && (" " + TerritoryText.Key(x.Name) + " ").Contains(key, StringComparison.Ordinal)).ToList() is [var partner])
                {
                    if (!about.Contains(named)) about.Add(named);
                    if (!about.Contains(partner)) about.Add(partner);
                }
            }
        }
        // A title naming an EPCI by its seat's adjective that the seat's name does not give ("l'agglomération drouaise": Dreux;
        // "vannetaise": Vannes): the one EPCI of a fitting kind the document names at its top ("L'Agglo du Pays de Dreux
        // regroupe…") whose name has a word starting like the adjective, when the title gives no EPCI of its own.
        if (title is not null && !about.Any(a => a.Level == TerritoryLevels.Epci) && EpciAdjectiveTitle().Match(title) is { Success: true } epciAdjective
            && SeatSuffixes.Any(x => epciAdjective.Groups[2].Value.EndsWith(x, StringComparison.Ordinal))
            && atTop.Where(x => x.Level == TerritoryLevels.Epci && (epciAdjective.Groups[1].Value.StartsWith("commun", StringComparison.OrdinalIgnoreCase) || x.EpciType is not "CC")
                && SharesInitials(TerritoryText.Key(epciAdjective.Groups[2].Value), x)).Distinct().ToList() is [var adjectiveEpci])
            about.Insert(0, adjectiveEpci);
        // "la ville de Vierzon et sa communauté de communes": the title's commune and its EPCI.
        if (title is not null && OwnEpciTitle().IsMatch(title) && about.Count(a => a.Level == TerritoryLevels.Commune) == 1
            && about.First(a => a.Level == TerritoryLevels.Commune).EpciCode is { } epciCode && Gazetteer.Find(TerritoryLevels.Epci, epciCode) is { } own
            && !about.Contains(own)) about.Add(own);
        // "Barbezieux-Saint-Hilaire et la communauté de communes des 4B" (a short name no vintage holds): the title's commune and
        // its own EPCI, when the document names that EPCI and the title names no other.
        else if (title is not null && EpciAfterEtTitle().IsMatch(title) && about.Count == 1 && about[0].Level == TerritoryLevels.Commune
            && about[0].EpciCode is { } code && Gazetteer.Find(TerritoryLevels.Epci, code) is { } its && scores.ContainsKey(its)) about.Add(its);
        // "le département et l'agglomération d'Épinal": the title's EPCI and the département it lies in, named in the document.
        if (title is not null && DepartementAndBodyTitle().IsMatch(title) && about.Count == 1 && about[0].Level is TerritoryLevels.Epci or TerritoryLevels.Commune
            && about[0].Parents.FirstOrDefault(p => p.Level == TerritoryLevels.Departement) is { } itsDepartement && scores.ContainsKey(itsDepartement)) about.Add(itsDepartement);
        // "La gestion de la communauté de communes du pays Thibérien" (an EPCI merged away, whose name no vintage holds): the title's
        // subject is an EPCI, so the one commune the text is about (its seat, the address of its letters) stands for that EPCI's
        // perimeter, which is today's EPCI of that commune. Not a commune the title names itself.
        if (title is not null && EpciSubjectTitle().IsMatch(title) && about is [{ Level: TerritoryLevels.Commune } seat] && !(scores.TryGetValue(seat, out var seatScore) && seatScore.InTitle)
            && seat.EpciCode is { } seatEpci && Gazetteer.Find(TerritoryLevels.Epci, seatEpci) is { } successor)
            about = [successor];
        // A job or internship offer has no territorial subject, wherever the post is.
        if (title is not null && (JobTitle().IsMatch(title) || ReferenceTitle().IsMatch(title))) about.Clear();
        else if (about.Count == 0 && !localBody && !grantToOne && IsNational(title, segments, atTop)) about.Add(Gazetteer.France);
        if (scores.Count == 0 && about.Count == 0) return DocumentTerritories.Empty;
        var mentioned = scores.Keys.Where(t => !about.Contains(t))
            .OrderBy(t => TerritoryLevels.Rank(t.Level)).ThenByDescending(t => scores[t].Score).ThenBy(t => t.Code, StringComparer.Ordinal)
            .Take(60).ToList();
        return new DocumentTerritories(about.Select(TerritoryRef.Of).ToList(), mentioned.Select(TerritoryRef.Of).ToList());
    }

    /// <summary>
    /// Adjectives that name one département each ("une commune vendéenne", "les élus finistériens"), in lower case: written
    /// in the text, they place its homonymous communes like the département's name would (context, never a subject). Left
    /// out: adjectives shared by two départements or by a département and a river, a town or a région (charentais, savoyard,
    /// ligérien, rhodanien, viennois, parisien, tourangeau, normand).
    /// </summary>
    private static readonly (string Code, string Adjective)[] DepartementAdjectives =
    [
        ("01", "aindinois"), ("02", "axonais"), ("06", "maralpin"), ("07", "ardéchois"), ("08", "ardennais"), ("09", "ariégeois"),
        ("10", "aubois"), ("11", "audois"), ("12", "aveyronnais"), ("14", "calvadosien"), ("15", "cantalien"), ("19", "corrézien"),
        ("22", "costarmoricain"), ("23", "creusois"), ("24", "périgourdin"), ("25", "doubien"), ("26", "drômois"), ("27", "eurois"),
        ("29", "finistérien"), ("30", "gardois"), ("32", "gersois"), ("33", "girondin"), ("34", "héraultais"), ("35", "brétillien"),
        ("36", "indrien"), ("38", "isérois"), ("39", "jurassien"), ("40", "landais"), ("43", "altiligérien"), ("45", "loirétain"),
        ("46", "lotois"), ("48", "lozérien"), ("50", "manchois"), ("51", "marnais"), ("53", "mayennais"), ("55", "meusien"),
        ("56", "morbihannais"), ("57", "mosellan"), ("58", "nivernais"), ("60", "isarien"), ("61", "ornais"), ("63", "puydômois"),
        ("72", "sarthois"), ("76", "seinomarin"), ("78", "yvelinois"), ("80", "samarien"), ("81", "tarnais"), ("83", "varois"),
        ("84", "vauclusien"), ("85", "vendéen"), ("88", "vosgien"), ("89", "icaunais"), ("91", "essonnien"), ("92", "altoséquanais"),
        ("94", "valdemarnais"), ("95", "valdoisien"), ("971", "guadeloupéen"), ("972", "martiniquais"), ("973", "guyanais"),
        ("974", "réunionnais"), ("976", "mahorais"),
        // Compound adjectives, each of one département.
        ("04", "bas-alpin"), ("05", "haut-alpin"), ("13", "bucco-rhodanien"), ("28", "eurélien"), ("31", "haut-garonnais"),
        ("41", "loir-et-chérien"), ("47", "lot-et-garonnais"), ("52", "haut-marnais"), ("54", "meurthe-et-mosellan"),
        ("59", "nordiste"), ("65", "haut-pyrénéen"), ("67", "bas-rhinois"), ("68", "haut-rhinois"), ("70", "haut-saônois"),
        ("71", "saône-et-loirien"), ("74", "haut-savoyard"), ("77", "seine-et-marnais"), ("79", "deux-sévrien"),
        ("82", "tarn-et-garonnais"), ("87", "haut-viennois"), ("90", "terrifortain"), ("93", "séquano-dionysien"),
    ];

    /// <summary>The départements' adjectives above (code, masculine singular), in their order.</summary>
    public static IReadOnlyList<(string Code, string Adjective)> DepartementAdjectiveList => DepartementAdjectives;

    /// <summary>
    /// Every form of the adjectives above (the masculine, then "e" or "ne" as in vendéenne, then "s") -> the code of its
    /// département; a form two adjectives could make is the first one's.
    /// </summary>
    private static readonly Dictionary<string, string> DepartementAdjectiveForms = AdjectiveForms(form => form);

    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> DepartementAdjectiveLookup =
        DepartementAdjectiveForms.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Every form of the adjectives (the masculine, then "e" or "ne", then "s"), as <paramref name="key"/> writes it,
    /// -> the code of its département; a key two adjectives could make is the first one's.</summary>
    private static Dictionary<string, string> AdjectiveForms(Func<string, string> key)
    {
        var forms = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (code, adjective) in DepartementAdjectives)
        {
            foreach (var ending in (ReadOnlySpan<string>)["", "e", "ne", "s", "es", "nes"]) forms.TryAdd(key(adjective + ending), code);
        }
        return forms;
    }

    /// <summary>
    /// The codes of the départements whose adjective (any form, in the case of the list: lower case) is a whole word of
    /// <paramref name="text"/>, in the order of the text, repeats included. A word here is a longest run of letters and
    /// hyphens, so "haut-marnais" is not "marnais". (A scan of the words with one lookup each: the compiled regex of the
    /// 82 adjectives between look-arounds it replaces tried its alternation at almost every position, about a twentieth
    /// of the CPU of an HTML page's ingest.)
    /// </summary>
    public static IEnumerable<string> DepartementCodesByAdjective(string text)
    {
        // A loop over locals into a list (as an iterator, every step read and wrote the iterator's fields), and a look-up only
        // for a word as long as some form.
        List<string>? codes = null;
        var k = 0;
        while (k < text.Length)
        {
            if (!IsWordCharacter(text[k]))
            {
                k++;
                continue;
            }
            var start = k;
            while (k < text.Length && IsWordCharacter(text[k])) k++;
            if (k - start >= AdjectiveFormLengths.Min && k - start <= AdjectiveFormLengths.Max
                && DepartementAdjectiveLookup.TryGetValue(text.AsSpan(start, k - start), out var code)) (codes ??= []).Add(code);
        }
        return codes ?? [];
    }

    /// <summary>The shortest and the longest of <see cref="DepartementAdjectiveForms"/>.</summary>
    private static readonly (int Min, int Max) AdjectiveFormLengths =
        (DepartementAdjectiveForms.Keys.Min(f => f.Length), DepartementAdjectiveForms.Keys.Max(f => f.Length));

    /// <summary>What the regex's look-arounds <c>[\p{L}-]</c> took as part of a word.</summary>
    private static bool IsWordCharacter(char c) => c == '-' || char.IsLetter(c);

    /// <summary>
    /// The one département a title names by its inhabitants' adjective, in any case ("Collèges yvelinois", "Les
    /// Altiligériens"), or by its number after "le", "dans le" or "département", closing a clause ("dans le 62 — édition
    /// 2023", "Tourisme dans le 06 : …"; not "le 14 juillet").
    /// </summary>
    private Territory? DepartementOfTitle(string title)
    {
        var codes = DepartementCodesByAdjective(title.ToLowerInvariant())
            .Concat(DepartementNumber().Matches(title).Select(m => m.Groups[1].Value.ToUpperInvariant())).Distinct().ToList();
        return codes.Count == 1 ? Gazetteer.Find(TerritoryLevels.Departement, codes[0]) : null;
    }

    [GeneratedRegex(@"\b(?:dans le|le|département|départementale)\s+(0[1-9]|[1-8][0-9]|9[0-5]|2[AB]|97[1-6])\s*(?=$|[:—–,;.!?)])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DepartementNumber();

    private List<Territory> DepartementsByAdjective(List<(string Text, int Weight)> segments)
    {
        var result = new List<Territory>();
        foreach (var (text, _) in segments)
        {
            foreach (var code in DepartementCodesByAdjective(text))
            {
                if (Gazetteer.Find(TerritoryLevels.Departement, code) is { } d && !result.Contains(d)) result.Add(d);
            }
        }
        return result;
    }

    /// <summary>The one département that holds a commune of two or more different names the document leaves unresolved, or null.</summary>
    private Territory? CoLocated(List<(Candidate Candidate, int Weight)> candidates, HashSet<Territory> context)
    {
        var byDepartement = new Dictionary<Territory, HashSet<string>>();
        foreach (var (c, _) in candidates)
        {
            if (c.RuledOut || c.ProperNameNeighbour || c.DescriptiveBefore || c.Example || CommonWords.Contains(c.Key) || Resolve(c, context, query: false) is not null) continue;
            foreach (var n in c.Names)
            {
                if (n.Target.Level != TerritoryLevels.Commune || n.Target.Parents.FirstOrDefault(p => p.Level == TerritoryLevels.Departement) is not { } d) continue;
                if (!byDepartement.TryGetValue(d, out var keys)) byDepartement[d] = keys = [];
                keys.Add(c.Key);
            }
        }
        return byDepartement.Where(kv => kv.Value.Count >= 2).Select(kv => kv.Key).ToList() is [var only] && !context.Contains(only) ? only : null;
    }

    /// <summary>
    /// One place per name in a document: a commune's name that a postcode, a code or a département in parentheses singles out
    /// among its homonyms once ("Valence (16460)") is that commune wherever the document writes the name alone ("la commune
    /// de Valence" in its title). Not when the document gives two homonyms their codes.
    /// </summary>
    private void PinHomonyms(List<(Candidate Candidate, int Weight)> candidates)
    {
        Dictionary<string, Territory?>? pinned = null;
        foreach (var (c, _) in candidates)
        {
            if (!HasCode(c) || c.Names.Count(n => n.Target.Level == TerritoryLevels.Commune) < 2) continue;
            if (Resolve(c, [], query: false) is not { Level: TerritoryLevels.Commune } t) continue;
            pinned ??= [];
            pinned[c.Key] = pinned.TryGetValue(c.Key, out var other) && other != t ? null : t;
        }
        if (pinned is null) return;
        for (var k = 0; k < candidates.Count; k++)
        {
            var c = candidates[k].Candidate;
            if (HasCode(c) || !pinned.TryGetValue(c.Key, out var t) || t is null || !c.Names.Any(n => n.Target == t)) continue;
            candidates[k] = (c with { Names = c.Names.Where(n => n.Target == t || n.Target.Level != TerritoryLevels.Commune).ToList() }, candidates[k].Weight);
        }
    }

    /// <summary>
    /// A commune nouvelle named by two of its former communes side by side ("la fusion d'Abriès et de Ristolas", "Abriès et
    /// Ristolas"): each former name, small as its commune may be, is corroborated by the other, there and wherever the document
    /// writes it again.
    /// </summary>
    private static void MergedCommunes(List<(Candidate Candidate, int Weight)> candidates)
    {
        HashSet<Territory>? merged = null;
        for (var k = 0; k + 1 < candidates.Count; k++)
        {
            var (a, b) = (candidates[k].Candidate, candidates[k + 1].Candidate);
            if (candidates[k].Weight != candidates[k + 1].Weight || b.Start < a.End || b.Start - a.End > 12 || a.Key == b.Key) continue;
            foreach (var n in a.Names)
            {
                if (n.Kind == NameKind.Former && n.Target.Level == TerritoryLevels.Commune && b.Names.Any(m => m.Kind == NameKind.Former && m.Target == n.Target))
                    (merged ??= []).Add(n.Target);
            }
        }
        if (merged is null) return;
        for (var k = 0; k < candidates.Count; k++)
        {
            var c = candidates[k].Candidate;
            var of = c.Names.Where(n => n.Kind == NameKind.Former && merged.Contains(n.Target)).Select(n => n.Target).Distinct().ToList();
            if (of.Count == 1) candidates[k] = (c with { Merged = of[0] }, candidates[k].Weight);
        }
    }

    private static bool HasCode(Candidate c) => c.CodeAfter is not null || c.PostcodeAfter is not null || c.PostcodeBefore is not null || c.ParentsAfter.Count > 0;

    /// <summary>A document with no local subject that speaks of France or of national figures is about France.</summary>
    /// <summary>
    /// A département or région of the title written as the place of a commune named before it in the title: a locative
    /// preposition right before it ("Guise, dans l'Aisne", "la première ville de Guyane", "Vierzon, en Berry") and no
    /// coordination between them ("Saint-Étienne et la Loire" keeps two subjects).
    /// </summary>
    private bool PlacesTitleCommune(string title, Candidate candidate, Territory t, List<(Territory Commune, int End)> titleCommunes)
    {
        if (candidate.Start > title.Length) return false;
        foreach (var (commune, end) in titleCommunes)
        {
            if (end > candidate.Start || candidate.Start - end > 60 || !Gazetteer.IsAncestor(t, commune)) continue;
            var between = title[end..candidate.Start];
            if (CoordinationBetween().IsMatch(between)) continue;
            if (LocativeBefore().IsMatch(between)) return true;
        }
        return false;
    }

    [GeneratedRegex(@"(?:\bet\b|&|\bou\b|\bvs\b|/)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CoordinationBetween();

    /// <summary>"les deux Savoie", "des deux Charentes": a département's name after "deux" in a title.</summary>
    [GeneratedRegex(@"\b(?:[Ll]es|[Dd]es|[Aa]ux) deux (\p{Lu}[\p{L}]+)\b(?!-)")]
    private static partial Regex TwoDepartementsTitle();

    [GeneratedRegex(@"\b(?:dans|de|du|des|en)\s*(?:l['’]\s*|la\s+|le\s+|les\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LocativeBefore();

    /// <summary>
    /// The last resort: a document with no subject yet is about France when its national cues outweigh its local places. A cue
    /// in the title is enough. In the text (the summary is its opening copied, counted once), a cue naming the country or its
    /// whole extent ("France", "national", "l'ensemble des départements") is a national scope; the local-authority sector
    /// named as a whole ("les collectivités locales", "toutes les collectivités": the addressees of a norm, the M57 guides) and
    /// the State's services named by their own name ("DGCL", "ADEME": the publisher's letterhead or its accessibility
    /// statement) are weak, enough only twice. One passing national cue ("l'objectif national de sobriété foncière") does not
    /// outweigh a commune or an EPCI named at the top of a document whose subject was not found: it stays without subject.
    /// </summary>
    private static bool IsNational(string? title, List<(string Text, int Weight)> segments, List<Territory> atTop)
    {
        if (title is not null && NationalCue().IsMatch(title)) return true;
        var body = segments.Any(s => s.Weight >= 2) ? segments.Where(s => s.Weight >= 2) : segments.Where(s => s.Weight == 1);
        var head = string.Join("\n", body.Take(2).Select(s => s.Text.Length > 20_000 ? s.Text[..20_000] : s.Text));
        // The publisher is no subject: its "about" footer and the "Source : ADEME" / "Contact : DGCL" lines are left out.
        if (PublisherFooter().Match(head) is { Success: true } footer) head = head[..footer.Index];
        var cues = NationalCue().Matches(SourceLine().Replace(head, ""));
        var weak = cues.Count(m => WeakNationalCue().IsMatch(m.Value));
        var scope = cues.Count - weak;
        if (scope == 0) return weak >= 2;
        return !(scope == 1 && weak == 0 && atTop.Any(t => t.Level == TerritoryLevels.Epci));
    }

    /// <summary>A national cue that names the local-authority sector as a whole or a State service, not the country's extent.</summary>
    [GeneratedRegex(@"^(collectivités (territoriales|locales)|toutes les collectivités|DGCL|ADEME)$", RegexOptions.IgnoreCase)]
    private static partial Regex WeakNationalCue();

    [GeneratedRegex(@"^\s*(À|A) propos (de l['’]éditeur|de l['’]auteur|du site|de nous)", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex PublisherFooter();

    [GeneratedRegex(@"^\s*(Sources?|Contacts?|Éditeur|Editeur|Publié par)\s*:.*$", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex SourceLine();

    // "France", not a State network's brand ("maison France services", "France Travail"). "Île-de-France" still counts: a
    // national note on the country's regions names it as an example (real ANCT chapter of train), and dropping it broke that one.
    [GeneratedRegex(@"\bFrance(?! services\b| Travail\b)|\b(nationa(l|le|les|ux)|nationwide|(de |en )?métropole et (d'|en |l')?outre-mer|ensemble des (communes|départements|régions|collectivités)|toutes les (communes|régions|intercommunalités|collectivités)|tous les (départements|EPCI)|collectivités (territoriales|locales)|Sénat|sénateurs|députés|République|français|française|françaises|ADEME|DGCL|Observatoire des territoires)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NationalCue();

    /// <summary>
    /// A département's institution named by its level word alone: "le département", "le Département" (its council, as its own
    /// publications write it), "du département", "le conseil départemental" (no name after).
    /// </summary>
    [GeneratedRegex(@"(?<!\b(région|État|Etat|commune|ville)\s*(,|et)\s*)\b([Ll]e|[Dd]u|[Aa]u) (conseil )?[Dd]épartement\b(?!\s+(de|du|des|d['’]))(?!\s*(,|et)\s*(la |l['’])\s*(région|État|Etat)\b)|\b[Cc]onseil départemental\b(?!\s+(de|du|des|d['’]))")]
    private static partial Regex DepartementSelfReference();

    /// <summary>A département's body named by its kind alone: "le centre de gestion", "du SDIS", "le service départemental d'incendie et de secours".</summary>
    [GeneratedRegex(@"\b([Ll]e|[Dd]u|[Aa]u) (centre de gestion|CDG|SDIS|service départemental d['’]incendie et de secours)\b(?!\s+(de|du|des|d['’]))")]
    private static partial Regex DepartementBodySelfReference();

    /// <summary>An EPCI's institution named by its level word alone: "la communauté d'agglomération a…", "le conseil communautaire".</summary>
    [GeneratedRegex(@"\b([Ll]a|[Dd]e la|[Àà] la) communauté (de communes|d['’]agglomération|urbaine)\b(?!\s+(de |du |des |d['’]|de la |de l['’])?\p{Lu})|\b[Cc]onseil communautaire\b|\bterritoire communautaire\b|\b[Cc]onseil (de (la )?métropole|métropolitain)\b(?!\s+(de|du|des|d['’]))")]
    private static partial Regex EpciSelfReference();

    /// <summary>A commune's institution named by its level word alone: "le conseil municipal", "la commune dispose", "de la ville.", "en mairie", "le territoire communal" (no name after).</summary>
    [GeneratedRegex(@"\b[Ll]e conseil municipal\b(?!\s+(de|du|des|d['’]))|\b(en|à la) mairie\b(?!\s+(de|du|des|d['’]))|\bterritoire communal\b|\b([Ll]a|[Dd]e la) (commune|ville)\b(?!\s+(de|du|des|d['’]|voisine|centre|nouvelle)\b)")]
    private static partial Regex CommuneSelfReference();

    /// <summary>
    /// An EPCI speaking of itself with no name after: "le conseil communautaire", "l'agglomération regroupe", "de
    /// l'intercommunalité.", "la communauté a…", "communauté d'agglomération de 18 communes" (not "l'agglomération de Lyon").
    /// </summary>
    [GeneratedRegex(@"\b[Cc]onseil communautaire\b|\b[Ll]['’](agglomération|intercommunalité)\b(?!\s+(de|du|des|d['’])\s*\p{Lu})|\b[Ll]a communauté\b(?!\s+(de|d['’]|urbaine|des)\b)|\bcommunauté (de communes|d['’]agglomération|urbaine)\b(?!\s+(de |du |des |d['’]|de la |de l['’])?\p{Lu})")]
    private static partial Regex EpciVoice();

    /// <summary>A région's council speaking of itself with no name after: "la Région investit", "le conseil régional", "l'hôtel de région", "les élus régionaux".</summary>
    [GeneratedRegex(@"\b[Ll]a Région\b(?!\s+(de|du|des|d['’]|\p{Lu}))|\b[Cc]onseil régional\b(?!\s+(de|du|des|d['’]|\p{Lu}))|\bhôtel de [Rr]égion\b|\bélus régionaux\b")]
    private static partial Regex RegionVoice();

    [GeneratedRegex(@"\b(communes|villes|municipalités)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PluralCommunes();

    /// <summary>A title naming a State grant: "DSIL 2023 : …", "Dotation d'équipement des territoires ruraux : …", "Subvention …".</summary>
    [GeneratedRegex(@"\b(DETR|DSIL|DSID|DPV|dotations?|subventions?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex GrantTitle();

    /// <summary>A job or internship offer: "Offre d'emploi : …", "Offre de stage : …", "Fiche de poste".</summary>
    [GeneratedRegex(@"^\W*(offres? d['’]emploi|offres? de stage|fiche de poste|avis de vacance)\b", RegexOptions.IgnoreCase)]
    private static partial Regex JobTitle();

    /// <summary>A title joining a commune's own EPCI to it: "la ville de X et sa communauté de communes", "X et son agglomération".</summary>
    [GeneratedRegex(@"\bet (sa communauté( de communes| d['’]agglomération| urbaine)?|son agglomération|son intercommunalité|sa métropole)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OwnEpciTitle();

    /// <summary>
    /// Whether an adjective starts with the first two letters of a word of the EPCI's name (four letters or more, not a type
    /// word): "drouaise" and the CA Agglo du Pays de Dreux, as a town's adjective starts like the town's name.
    /// </summary>
    private static bool SharesInitials(string adjective, Territory epci) =>
        adjective.Length >= 2 && TerritoryText.Key(epci.Name).Split(' ').Any(w => w.Length >= 4 && w is not ("agglo" or "agglomeration" or "communaute" or "metropole" or "pays")
            && w.StartsWith(adjective[..2], StringComparison.Ordinal));

    /// <summary>An EPCI's level word and a lower-case adjective in a title: "l'agglomération drouaise", "la métropole stéphanoise".</summary>
    [GeneratedRegex(@"\b([Aa]gglomération|[Mm]étropole|[Ii]ntercommunalité|[Cc]ommunauté(?: de communes| d['’]agglomération| urbaine)?)\s+(\p{Ll}{5,})\b")]
    private static partial Regex EpciAdjectiveTitle();

    /// <summary>A title joining an EPCI by its legal form after "et": "X et la communauté de communes …", "X et l'agglomération …".</summary>
    [GeneratedRegex(@"\bet (la communauté (de communes|d['’]agglomération|urbaine)|l['’]agglomération|la métropole)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EpciAfterEtTitle();

    /// <summary>A title joining "le département" (its council, no name after) to a named body: "le département et l'agglomération d'Épinal".</summary>
    [GeneratedRegex(@"\b[Ll]e [Dd]épartement et\b|\bet le [Dd]épartement\b(?!\s+(de|du|des|d['’]))")]
    private static partial Regex DepartementAndBodyTitle();

    /// <summary>
    /// A publisher's reference page with no territorial subject: a glossary, a lexicon, a calendar of publications, a guide to
    /// using its files, a FAQ, legal notices.
    /// </summary>
    [GeneratedRegex(@"^\W*(glossaire|lexique|calendriers? (prévisionnels? )?(des publications|de diffusion|de publication)|guide d['’]utilisation|mode d['’]emploi|foire aux questions|FAQ|mentions légales|conditions (générales )?d['’]utilisation|plan du site)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReferenceTitle();

    /// <summary>
    /// A title about a level of local government in general: "des communes", "les départements", "des EPCI"; not "des communes
    /// membres", a body's own members (the body named at the top is the subject).
    /// </summary>
    /// Also a title opening with a level in the plural: "Syndicats intercommunaux et syndicats mixtes : quel périmètre ?".
    [GeneratedRegex(@"\b(des|les|aux) (communes|départements|departements|régions|regions|EPCI|intercommunalités|groupements|collectivités|syndicats)\b(?!\s+(membres|adhérentes|associées)\b)|\bnote méthodologique\b|^\W*(communes|départements|régions|intercommunalités|collectivités|syndicats)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LevelTitle();

    /// <summary>
    /// A title naming a level by its adjective or the State's grants to a level, with no place: "le budget communal expliqué
    /// aux nouveaux élus", "les finances départementales", "Les dotations de soutien à l'investissement local (DETR, DSIL)".
    /// </summary>
    [GeneratedRegex(@"\b(budgets?|finances?|comptes?|fiscalité|investissement|dépenses?|recettes?) (communal|communaux|communale|départementale?s?|départementaux|régionale?s?|régionaux|intercommunale?s?|intercommunaux|local|locale|locaux|locales)\b|\b(dotations?|DETR|DSIL|DGF)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LevelAdjectiveTitle();

    /// <summary>The level a <see cref="LevelTitle"/> word names ("départements"), or "" for a word of no one level ("collectivités").</summary>
    private static string TitleLevel(string word) => QueryText.Fold(word) switch
    {
        "communes" => TerritoryLevels.Commune,
        "departements" => TerritoryLevels.Departement,
        "regions" => TerritoryLevels.Region,
        "epci" or "intercommunalites" or "groupements" => TerritoryLevels.Epci,
        _ => "",
    };

    /// <summary>A line of its own at the top of a page that says the publication is a methodological note.</summary>
    [GeneratedRegex(@"^\s*(note méthodologique|note de méthode)\s*$", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex MethodLabel();

    /// <summary>Words naming a level of local government (not "collectivités": publishers' footers use it).</summary>
    [GeneratedRegex(@"\b(communes|intercommunal(e|es|ité|ités)?|groupements?|EPCI|départements|départementa(l|le|les|ux)|régions|régiona(l|le|les|ux))\b", RegexOptions.IgnoreCase)]
    private static partial Regex LevelVocabulary();

    /// <summary>A methodological note or guide: national, its places are examples.</summary>
    [GeneratedRegex(@"\b(note méthodologique|méthodologie|methodologie|méthodologique)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MethodTitle();

    /// <summary>A title whose subject is an EPCI named by its legal form: "La gestion de la communauté de communes …", "Communauté
    /// d'agglomération de …" (not "la ville de X et sa communauté de communes", nor "les communautés de communes").</summary>
    [GeneratedRegex(@"^(?:[^–:]*[–:]\s*)?(?:(?:la )?gestion (?:de |d['’])|l['’]examen de la gestion (?:de |d['’]))?(?:la )?communauté (?:de communes|d['’]agglomération|urbaine)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EpciSubjectTitle();

    /// <summary>A title naming one local body: its subject is local even when no place is recognised.</summary>
    [GeneratedRegex(@"\b(communauté (de communes|d'agglomération|urbaine)|commune (de|d')|syndicat|SIVU|SIVOM|SIAEP|SDIS|office (de|du|d')|établissement public|régie|centre (communal|intercommunal) d'action sociale|CCAS|CIAS|centre de gestion)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LocalBodyTitle();

    /// <summary>The territories a query names ("Isère", "communes de Bretagne", "nimes"), case and accents optional.</summary>
    public IReadOnlyList<QueryTerritory> RecognizeQuery(string query)
    {
        if (string.IsNullOrWhiteSpace(query)) return [];
        var tokens = TerritoryText.Tokenize(query);
        var candidates = Candidates(query, query: true);
        MisspeltNames(tokens, candidates);
        MisspeltFirstWords(tokens, candidates);
        MisspeltLevelNames(tokens, candidates);
        var context = candidates.Select(c => Resolve(c, [], query: true)).OfType<Territory>()
            .SelectMany(Gazetteer.SelfAndAncestors).Where(t => t.Level != TerritoryLevels.France).ToHashSet();
        var result = new List<QueryTerritory>();
        foreach (var c in candidates)
        {
            if (Resolve(c, context, query: true) is not { } t || result.Any(r => r.Territory == t)) continue;
            if (LanguageWordInSmallLetters(query, c, t)) continue;
            // A level word finer than the territory asks for the territories of that level inside it; it may come before
            // the territory's own level word ("comptes communes région Centre"). The territory's own level word or
            // institution ("conseil départemental de l'Aisne", "département du Nord") names the territory itself: its
            // documents answer without those words (the Aisne's accounts of 2010 never say "conseil départemental").
            var (level, levelStart) = c.CueLevel is { } cue && c.CueStart >= 0 && TerritoryLevels.Rank(cue) < TerritoryLevels.Rank(t.Level) ? (cue, c.CueStart)
                : c.CueLevel == t.Level && c.OuterCueLevel is { } outer && c.OuterCueStart >= 0 && TerritoryLevels.Rank(outer) < TerritoryLevels.Rank(t.Level)
                    ? (outer, c.OuterCueStart)
                : c.CueLevel == t.Level && c.CueStart >= 0 ? (t.Level, c.CueStart) : (null, -1);
            var parts = t.Level == TerritoryLevels.Region ? Gazetteer.FormerRegionParts(c.Key) : [];
            result.Add(new QueryTerritory(t, c.Start, c.End, level, levelStart)
            {
                Parts = parts, Misspelt = c.Misspelt,
                Spelling = c.Misspelt ? c.Names.FirstOrDefault(n => ReferenceEquals(n.Target, t))?.Spelling : null,
            });
        }
        if (result.Count < 3) AddOverseas(tokens, result);
        AddDepartementAdjectives(tokens, result);
        return result;
    }

    /// <summary>
    /// A département named in a query by its adjective ("budget village ardéchois", "collèges yvelinois", "communes
    /// haut-marnaises"), typed with or without accents: the département, as the documents' recognition reads the same list
    /// (<see cref="DepartementAdjectives"/>) in their text. As there, in lower case only (but for the query's first word): a
    /// capitalised one is a name's ("Isle Double Landais", a communauté de communes of the Dordogne). Only words no place
    /// name of the query covers.
    /// </summary>
    private void AddDepartementAdjectives(List<TerritoryToken> tokens, List<QueryTerritory> result)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (result.Any(r => r.Start < tokens[i].End && tokens[i].Start < r.End)) continue;
            if ((tokens[i].Capitalized || tokens[i].AllUpper) && i > 0) continue;
            // Compound adjectives are two or three words once hyphens split them ("bucco-rhodanien", "loir-et-chérien").
            for (var n = Math.Min(3, tokens.Count - i); n >= 1; n--)
            {
                if (n > 1 && tokens.Skip(i + 1).Take(n - 1).Any(t => t.Capitalized || t.AllUpper)) continue;
                var key = JoinFolded(tokens, i, n);
                if (!FoldedDepartementAdjectives.TryGetValue(key, out var code)
                    || Gazetteer.Find(TerritoryLevels.Departement, code) is not { } departement
                    || result.Any(r => r.Territory == departement)) continue;
                result.Add(new QueryTerritory(departement, tokens[i].Start, tokens[i + n - 1].End));
                i += n - 1;
                break;
            }
        }
    }

    /// <summary>Every form of <see cref="DepartementAdjectiveForms"/> as <see cref="TerritoryText.Key"/> folds it (lower case,
    /// no accents, hyphens as spaces) -> the code of its département; a form two adjectives could make is the first one's.</summary>
    private static readonly Dictionary<string, string> FoldedDepartementAdjectives = AdjectiveForms(TerritoryText.Key);

    /// <summary>The key of <paramref name="count"/> tokens from <paramref name="from"/>: their folded forms joined by single spaces.</summary>
    private static string JoinFolded(List<TerritoryToken> tokens, int from, int count) =>
        string.Join(' ', tokens.Skip(from).Take(count).Select(t => t.Folded));

    /// <summary>"outre-mer", "DOM-TOM", "ultramarins": the overseas territories; "DOM", "DROM": the five overseas départements-régions.</summary>
    private void AddOverseas(List<TerritoryToken> tokens, List<QueryTerritory> result)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var w = tokens[i].Folded;
            var n = w == "outre" && i + 1 < tokens.Count && tokens[i + 1].Folded == "mer" ? 2
                : w == "dom" && i + 1 < tokens.Count && tokens[i + 1].Folded == "tom" ? 2
                : w is "outremer" or "dom" or "drom" or "doms" or "droms" || w.StartsWith("ultramarin", StringComparison.Ordinal) ? 1 : 0;
            if (n == 0) continue;
            var departementsOnly = w is "dom" or "drom" or "doms" or "droms" && n == 1;
            var level = CueLevel(tokens, i);
            var inside = level is not null && TerritoryLevels.Rank(level) < TerritoryLevels.Rank(TerritoryLevels.Region);
            result.Add(new QueryTerritory(Gazetteer.France, tokens[i].Start, tokens[i + n - 1].End, inside ? level : null, inside ? CueStart(tokens, i) : -1)
            {
                Parts = Gazetteer.Overseas(departementsOnly),
                Group = true,
            });
            return;
        }
    }

    /// <summary>
    /// A place name of two words or more written with one letter wrong, added or missing after its first word ("Bagnères
    /// de Bigore"), when no name is written exactly there: the name it is one edit away from, if only one is. Not a name
    /// whose first word is an article or a linker: its words would be the query's own ("pour les villes" is no "Les Pilles",
    /// "à la haussee" no "La Chaussée").
    /// </summary>
    private void MisspeltNames(List<TerritoryToken> tokens, List<Candidate> candidates)
    {
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (Linkers.Contains(tokens[i].Folded)) continue;
            var keys = Gazetteer.LongNamesStartingWith(tokens[i].Folded);
            if (keys.Count == 0) continue;
            for (var n = Math.Min(6, tokens.Count - i); n >= 2; n--)
            {
                var (start, end) = (tokens[i].Start, tokens[i + n - 1].End);
                if (candidates.Any(c => c.Start <= start && c.End >= end)) break;
                var key = JoinFolded(tokens, i, n);
                if (key.Length < 10) continue;
                if (OnlyMatch(keys.Where(k => OneEditApart(k, key))) is not { } match) continue;
                AddMisspelt(tokens, candidates, match, i, start, end);
                i += n - 1;
                break;
            }
        }
    }

    /// <summary>
    /// A query's word of the language typed in small letters, with no level word before it, that is also the one-word name of a
    /// commune of fewer than <see cref="SmallCommune"/> inhabitants ("comment lire une balance comptable ?": Liré; "qui finance
    /// les routes": Routes): the word, not the place. Typed with a capital ("Routes"), or after "commune de", it is the place; a
    /// département's or a région's name ("landes", "creuse") and a larger town stay places.
    /// </summary>
    private bool LanguageWordInSmallLetters(string query, Candidate c, Territory t) =>
        t.Level == TerritoryLevels.Commune && t.Population < SmallCommune && c.CueLevel is null && !c.Misspelt && !c.Key.Contains(' ')
        && !query[c.Start..c.End].Any(char.IsUpper)
        && IsLanguageWord(c.Key);

    /// <summary>The population under which a commune named by a word of the language in small letters is read as the word.</summary>
    private const int SmallCommune = 20_000;

    /// <summary>
    /// A département's or a région's name of one word typed with a slip right after a level word ("département de l'Èsne",
    /// "departement de ASNE", "région Sentre", "commune Lorrène"), where no name is written: the one name of a département or
    /// a région (today's or a former one) one edit away (two letters swapped being one), or of the same sound
    /// (<see cref="Querying.Spelling.PhoneticKey"/>), if only one is. A level word is a strong cue and those levels have few
    /// names (the communes' tens of thousands would make any word a place): a word no such name is near stays a word.
    /// </summary>
    private void MisspeltLevelNames(List<TerritoryToken> tokens, List<Candidate> candidates)
    {
        for (var i = 1; i < tokens.Count; i++)
        {
            var (word, start, end) = (tokens[i].Folded, tokens[i].Start, tokens[i].End);
            if (word.Length < MisspeltLevelNameLetters || !word.All(c => c is >= 'a' and <= 'z')) continue;
            if (candidates.Any(c => c.Start < end && c.End > start)) continue;
            // A word of four letters is a name only typed with its capital ("l'Èsne", "ASNE"; "géré" is no "Gers").
            if (word.Length == MisspeltLevelNameLetters && !tokens[i].Capitalized && !tokens[i].AllUpper) continue;
            if (!LevelNounBefore(tokens, i) || CueLevel(tokens, i) is null) continue;
            var sound = Querying.Spelling.PhoneticKey(word);
            var names = Gazetteer.OneWordNames(TerritoryLevels.Departement).Concat(Gazetteer.OneWordNames(TerritoryLevels.Region));
            if (OnlyMatch(names.Where(name => OneSlipApart(name.Key, word) || (sound is not null && sound == name.Sound)).Select(name => name.Key)) is not { } match) continue;
            AddMisspelt(tokens, candidates, match, i, start, end);
        }
    }

    /// <summary>Whether the word before <paramref name="i"/> (articles and linkers aside) is a level's noun ("département de l'",
    /// "région", "communes", "intercommunalités de"), not an adjective ("golf municipal géré…") nor a body's name.</summary>
    private static bool LevelNounBefore(List<TerritoryToken> tokens, int i)
    {
        for (var k = i - 1; k >= Math.Max(0, i - 4); k--)
        {
            if (Linkers.Contains(tokens[k].Folded)) continue;
            return tokens[k].Folded is "departement" or "departements" or "region" or "regions" or "commune" or "communes"
                or "intercommunalite" or "intercommunalites" or "epci";
        }
        return false;
    }

    /// <summary>The fewest letters of a word <see cref="MisspeltLevelNames"/> reads as a misspelt name ("Ain" typed "Ian" is not).</summary>
    private const int MisspeltLevelNameLetters = 4;

    /// <summary>The name <paramref name="key"/> read where a query misspelt it, from its <paramref name="i"/>th token (the
    /// stretch <paramref name="start"/>–<paramref name="end"/>), in the candidates' order; the names read inside that stretch
    /// give way.</summary>
    private void AddMisspelt(List<TerritoryToken> tokens, List<Candidate> candidates, string key, int i, int start, int end)
    {
        candidates.RemoveAll(c => c.Start >= start && c.End <= end);
        var at = candidates.FindIndex(c => c.Start > start);
        candidates.Insert(at < 0 ? candidates.Count : at, new Candidate(
            key, start, end, Gazetteer.Names(key), CueLevel(tokens, i), CuePlural(tokens, i), null, null,
            ArticleBefore: false, SentenceStart: false, AllUpper: false) { InQuery = true, CueStart = CueStart(tokens, i), Misspelt = true });
    }

    /// <summary>The one key of <paramref name="matching"/> (read no further than a second one), or null when none or several.</summary>
    private static string? OnlyMatch(IEnumerable<string> matching)
    {
        string? match = null;
        foreach (var key in matching)
        {
            if (key == match) continue;
            if (match is not null) return null;
            match = key;
        }
        return match;
    }

    /// <summary>True when <paramref name="typed"/> is <paramref name="name"/> with one slip: a letter changed, added or left out,
    /// or two adjacent letters swapped (the optimal string alignment distance, <see cref="Querying.QueryPlan.RestrictedEditDistance"/>, is 1).</summary>
    private static bool OneSlipApart(string name, string typed) =>
        Math.Abs(name.Length - typed.Length) <= 1 && name != typed && Querying.QueryPlan.RestrictedEditDistance(typed, name) <= 1;

    /// <summary>
    /// A place name of two words or more whose first word is typed with a slip, the others as written ("Vyard de Lans", "Gran
    /// Est"), where no name is written: the one name ending with the same words whose first word is one edit away (a swap being
    /// one) or of the same sound (<see cref="Querying.Spelling.PhoneticKey"/>). The first word typed has four letters or more
    /// and is no article or linker.
    /// </summary>
    private void MisspeltFirstWords(List<TerritoryToken> tokens, List<Candidate> candidates)
    {
        for (var j = 1; j < tokens.Count; j++)
        {
            if (Linkers.Contains(tokens[j].Folded)) continue;
            var keys = Gazetteer.LongNamesEndingWith(tokens[j].Folded);
            if (keys.Count == 0) continue;
            for (var n = Math.Min(6, j + 1); n >= 2; n--)
            {
                var i = j - n + 1;
                var (start, end) = (tokens[i].Start, tokens[j].End);
                var first = tokens[i].Folded;
                if (first.Length < MisspeltLevelNameLetters || Linkers.Contains(first) || !first.All(c => c is >= 'a' and <= 'z')) continue;
                // A name written there, or across its ends, is what was typed; one inside it ("Lans" in "Vyard de Lans") gives way.
                if (candidates.Any(c => c.Start < end && c.End > start && (c.Start < start || c.End > end || (c.Start == start && c.End == end)))) continue;
                var rest = JoinFolded(tokens, i + 1, n - 1);
                var sound = Querying.Spelling.PhoneticKey(first);
                bool FirstWordSlipped(string key)
                {
                    var space = key.IndexOf(' ');
                    if (key.Length - space - 1 != rest.Length || !key.AsSpan(space + 1).SequenceEqual(rest)) return false;
                    var nameFirst = key[..space];
                    return OneSlipApart(nameFirst, first) || (sound is not null && sound == Querying.Spelling.PhoneticKey(nameFirst));
                }
                if (OnlyMatch(keys.Where(FirstWordSlipped)) is not { } match) continue;
                AddMisspelt(tokens, candidates, match, i, start, end);
                break;
            }
        }
    }

    /// <summary>True when <paramref name="a"/> becomes <paramref name="b"/> by one substitution, insertion or deletion.</summary>
    internal static bool OneEditApart(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1 || a == b) return false;
        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i]) i++;
        if (a.Length == b.Length) return a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i + 1));
        return a.Length > b.Length ? a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i)) : a.AsSpan(i).SequenceEqual(b.AsSpan(i + 1));
    }

    /// <summary>A stretch of text that is a name of one or more territories, with the evidence around it.</summary>
    internal sealed record Candidate(
        string Key, int Start, int End, IReadOnlyList<TerritoryName> Names,
        string? CueLevel, bool CuePlural, string? CodeAfter, string? PostcodeBefore, bool ArticleBefore, bool SentenceStart, bool AllUpper,
        bool Locator = false, bool ProperNameNeighbour = false, bool AccentsDiffer = false, bool AllCaps = false)
    {
        /// <summary>Départements or régions named in parentheses right after: "Die (Drôme)".</summary>
        public IReadOnlyList<Territory> ParentsAfter { get; init; } = [];
        /// <summary>A postcode written right after without parentheses: "Estaing 65400".</summary>
        public string? PostcodeAfter { get; init; }
        /// <summary>After a landscape or body word: "Vallée du Lot", "Rives de l'Elorn".</summary>
        public bool DescriptiveBefore { get; init; }
        /// <summary>Joined by a hyphen to a word of orientation ("Haute-Corrèze", "Nord-Isère", "Haut-Jura"): part of a landscape's name.</summary>
        public bool OrientedBefore { get; init; }
        /// <summary>Joined by a hyphen to a capitalised word after it, the compound no name ("SIVOM Dordogne-Céou"): part of a body's or a landscape's name.</summary>
        public bool HyphenAfter { get; init; }
        /// <summary>Alone on its line (a letterhead, a heading).</summary>
        public bool OwnLine { get; init; }
        /// <summary>A query's name written with one letter wrong (<see cref="MisspeltNames"/>).</summary>
        public bool Misspelt { get; init; }
        /// <summary>Given as an example ("par exemple Annecy"): not a subject.</summary>
        public bool Example { get; init; }
        /// <summary>After a word of position ("entre Blois et Orléans", "face à Vienne"): it places the subject, it is not one.</summary>
        public bool Position { get; init; }
        /// <summary>In a sentence that rules out a homonym ("… n'est pas la ville de la Meuse", "à ne pas confondre avec …").</summary>
        public bool RuledOut { get; init; }
        /// <summary>A name the document itself says is shared by several places: no homonym wins by its population alone.</summary>
        public bool Homonymous { get; init; }
        /// <summary>A commune nouvelle the document also names by another of its former communes (<see cref="MergedCommunes"/>).</summary>
        public Territory? Merged { get; init; }
        /// <summary>An EPCI named with its legal form or by its SIREN: its own cue, which names listed after it do not share.</summary>
        public bool LegalForm { get; init; }
        /// <summary>An EPCI's legal form and then its whole name, matched by its significant words ("communauté de communes Loire, Vignobles et Nohain").</summary>
        public bool SignedInFull { get; init; }
        /// <summary>A member of a list its count and level word announce ("trois départements : les Hauts-de-Seine, …").</summary>
        public bool Member { get; init; }
        /// <summary>In a query: a level word before a larger territory asks for places inside it, it is no contradiction.</summary>
        public bool InQuery { get; init; }
        /// <summary>First words of a title or page followed by a colon: "Cognac : une ville ouvrière".</summary>
        public bool Heading { get; init; }
        /// <summary>After "l'ensemble de", "toute la": the whole territory is the subject, the parts listed after it are rows.</summary>
        public bool Whole { get; init; }
        /// <summary>In a query: where the level word before the name starts ("communauté" of "communauté de communes"), or -1.</summary>
        public int CueStart { get; init; } = -1;
        /// <summary>In a query: a level word before the territory's own one ("communes" in "communes région Centre"), and where it starts.</summary>
        public string? OuterCueLevel { get; init; }
        public int OuterCueStart { get; init; } = -1;
    }

    internal List<Candidate> Candidates(string text, bool query)
    {
        var tokens = TerritoryText.Tokenize(text);
        var result = new List<Candidate>();
        var joinable = new bool[Math.Max(0, tokens.Count - 1)];
        for (var k = 0; k + 1 < tokens.Count; k++) joinable[k] = TerritoryText.Joinable(text, tokens[k].End, tokens[k + 1].Start);

        for (var i = 0; i < tokens.Count;)
        {
            var (n, names) = LongestAt(tokens, joinable, i, query);
            // An EPCI's legal form and its name written with other articles or "et" for a hyphen ("la communauté de communes du
            // Champsaur et du Valgaudemar": the CC Champsaur-Valgaudemar; "Métropole Aix-Marseille-Provence").
            if (!query && !names.Any(x => x.Target.Level == TerritoryLevels.Epci) && SignatureEpci(text, tokens, joinable, i) is { } signed)
            {
                result.Add(signed);
                i = tokens.FindIndex(i, t => t.Start >= signed.End) is var after && after < 0 ? tokens.Count : after;
                continue;
            }
            // An EPCI named after its seat in a way no gazetteer vintage holds: "le Grand Dijon", "la métropole toulonnaise".
            if (!query && n <= 1 && SeatEpci(tokens, joinable, i) is { } seat)
            {
                result.Add(seat);
                i = tokens.FindIndex(i, t => t.Start >= seat.End) is var next && next < 0 ? tokens.Count : next;
                continue;
            }
            if (n == 0) { i++; continue; }
            // A longer name starting inside this one wins: "le Pas-de-Calais" is not "Le Pas" + "Calais".
            var overtaken = false;
            for (var j = i + 1; j < i + n && !overtaken; j++) overtaken = j + LongestAt(tokens, joinable, j, query).Length > i + n;
            if (overtaken) { i++; continue; }
            var key = JoinFolded(tokens, i, n);
            // A name after a number ("le SIVU des deux Montreuil", "les trois Saint-Sauveur du canton") is shared by several
            // communes, none of them in particular; a département's name so ("les deux Savoie") still names the département.
            if (!query && i > 0 && NumberWords.Contains(tokens[i - 1].Folded) && names.Any(x => x.Target.Level == TerritoryLevels.Commune))
            {
                names = names.Where(x => x.Target.Level != TerritoryLevels.Commune).ToList();
                if (names.Count == 0) { i += n; continue; }
            }
            if (n > 1 && tokens[i].Folded is "la" or "le" or "les" or "l")
            {
                // "la Creuse" is the département before the commune La Creuse: offer both.
                var rest = JoinFolded(tokens, i + 1, n - 1);
                names = [.. names, .. Gazetteer.Names(rest).Where(x => x.Target.Level != TerritoryLevels.Commune && Fits(x, tokens, i + 1, n - 1, query))];
            }
            // The last "(" between the previous word and this one (searched there only: the last one of the whole text before
            // this word counts only when it is in that gap).
            var locator = i > 0 && text.LastIndexOf('(', tokens[i].Start, tokens[i].Start - tokens[i - 1].End + 1) is var open && open >= tokens[i - 1].End
                && result.Count > 0 && result[^1].End <= open && TerritoryText.Joinable(text, result[^1].End, open);
            var spelled = text[tokens[i].Start..tokens[i + n - 1].End];
            // An EPCI named with its legal form spelled out ("communauté de communes du Grand Autunois Morvan") is its own cue.
            var legalForm = !query && names.All(x => x.PrefixTokens > 0 && x.Target.Level == TerritoryLevels.Epci && LegalFormWords.Contains(tokens[i].Folded));
            // So is a région's name that starts with its level word ("le budget de la Région Sud").
            var regionWord = !query && tokens[i].Folded == "region" && names.All(x => x.PrefixTokens > 0 && x.Target.Level == TerritoryLevels.Region);
            // A level word before a name that spells its own legal form is the list's, not this name's ("la promotion des 28
            // communes de la communauté de communes Lodévois et Larzac": the EPCI, with its own cue, singular).
            var cue = legalForm ? null : CueLevel(tokens, i);
            // "Loire Habitat", "Côte-d'Or Habitat": a département's housing office, named after it; it covers the département whole.
            var office = !query && i + n < tokens.Count && tokens[i + n].Folded == "habitat" && tokens[i + n].Capitalized && joinable[i + n - 1]
                && names.Any(x => x.Target.Level == TerritoryLevels.Departement);
            if (office) cue ??= TerritoryLevels.Departement;
            result.Add(new Candidate(
                key, tokens[i].Start, tokens[i + n - 1].End, names,
                cue ?? (legalForm ? TerritoryLevels.Epci : regionWord ? TerritoryLevels.Region : null), cue is not null && CuePlural(tokens, i), CodeAfter(text, tokens[i + n - 1].End), PostcodeBefore(tokens, i),
                i > 0 && Articles.Contains(tokens[i - 1].Folded),
                tokens[i].SentenceStart, n == 1 && tokens[i].AllUpper, locator,
                ProperNameNeighbour(text, tokens, i, n),
                AccentsDiffer: n == 1 && !tokens[i].AllUpper && !names.Any(x => string.Equals(x.Spelling, spelled, StringComparison.OrdinalIgnoreCase)),
                AllCaps: tokens.Skip(i).Take(n).All(t => t.AllUpper || Linkers.Contains(t.Folded) || t.Folded.Length == 1))
            {
                ParentsAfter = ParentsAfter(text, tokens[i + n - 1].End),
                PostcodeAfter = PostcodeAfter(text, tokens[i + n - 1].End),
                DescriptiveBefore = !query && (DescriptiveBefore(tokens, i) || DedicationBefore(tokens, i) || EuropeanCollectivityBefore(tokens, i)
                    || i + n < tokens.Count && LandscapeAdjective(text, tokens[i + n - 1].End, tokens[i + n]) && names.All(x => x.Target.Level == TerritoryLevels.Commune)),
                OwnLine = !query && AloneOnLine(text, tokens[i].Start, tokens[i + n - 1].End),
                OrientedBefore = !query && i > 0 && tokens[i].Start > 0 && text[tokens[i].Start - 1] == '-' && tokens[i - 1].End == tokens[i].Start - 1
                    && OrientationWords.Contains(tokens[i - 1].Folded),
                HyphenAfter = !query && i + n < tokens.Count && tokens[i + n].Start == tokens[i + n - 1].End + 1 && text[tokens[i + n - 1].End] == '-'
                    && tokens[i + n].Capitalized,
                Example = !query && ExampleBefore(text, tokens[i].Start),
                Position = !query && (PositionBefore().IsMatch(text.AsSpan(Math.Max(0, tokens[i].Start - 64), Math.Min(64, tokens[i].Start)))
                    || DestinationBefore().IsMatch(text.AsSpan(Math.Max(0, tokens[i].Start - 40), Math.Min(40, tokens[i].Start)))
                    || PositionAfter().IsMatch(text.AsSpan(tokens[i + n - 1].End, Math.Min(24, text.Length - tokens[i + n - 1].End)))
                    || PositionBeforePair().IsMatch(text.AsSpan(Math.Max(0, tokens[i].Start - 64), Math.Min(64, tokens[i].Start)))),
                Heading = !query && i == 0 && HeadingColon().IsMatch(text.AsSpan(tokens[i + n - 1].End, Math.Min(4, text.Length - tokens[i + n - 1].End))),
                Whole = !query && (WholeBefore().IsMatch(text.AsSpan(Math.Max(0, tokens[i].Start - 40), Math.Min(40, tokens[i].Start)))
                    || DepartementBodyBefore(tokens, i) || office),
                InQuery = query,
                LegalForm = legalForm && cue is null,
                CueStart = query ? CueStart(tokens, i) : -1,
                OuterCueLevel = query ? OuterCue(tokens, i) is var k && k >= 0 ? CueLevel(tokens, k) : null : null,
                OuterCueStart = query ? OuterCue(tokens, i) is var k2 && k2 >= 0 ? CueStart(tokens, k2) : -1 : -1,
            });
            i += n;
        }
        if (!query)
        {
            AddSirens(text, result);
            AppositiveCues(text, result);
            RuledOutSentences(text, result);
            InheritListCues(text, result);
            ColonLists(text, result);
            InheritPositions(text, result);
            BodiesBetween(text, result);
        }
        return result;
    }

    /// <summary>
    /// An EPCI named after its seat, as publishers write it, when no name of the gazetteer is written there: "Grand" before
    /// a commune of 10,000 inhabitants or more ("le Grand Dijon", "communauté d'agglomération du Grand Tarbes": EPCI of
    /// 2015 merged or renamed since), or a seat's adjective right after an EPCI level word ("la métropole toulonnaise",
    /// "l'agglomération nantaise": a commune of 20,000 or more whose name the adjective starts with). The candidate names
    /// that commune's EPCI (with an EPCI cue for "Grand X"; an adjective is no cue).
    /// </summary>
    private Candidate? SeatEpci(List<TerritoryToken> tokens, bool[] joinable, int i)
    {
        Territory? epci = null;
        int last;
        var cue = true;
        if (tokens[i].Folded == "grand" && tokens[i].Capitalized && i + 1 < tokens.Count && joinable[i])
        {
            var (n, names) = LongestAt(tokens, joinable, i + 1, query: false);
            if (n == 0) return null;
            epci = SingleEpci(names.Where(x => x.Kind is NameKind.Official or NameKind.AfterContraction).Select(x => x.Target), 10_000);
            last = i + n;
        }
        else if (i > 0 && !tokens[i].Capitalized && tokens[i - 1].Folded is "metropole" or "agglomeration" or "intercommunalite" or "communaute"
                 && !tokens[i].AfterFullStop && tokens[i].Folded.Length >= 6)
        {
            var word = tokens[i].Folded;
            var seats = new List<Territory>();
            foreach (var suffix in SeatSuffixes)
            {
                if (!word.EndsWith(suffix, StringComparison.Ordinal) || word.Length - suffix.Length < 3) continue;
                var stem = word[..^suffix.Length];
                foreach (var s in stem[^1] == stem[^2] ? [stem, stem[..^1]] : new[] { stem })
                {
                    foreach (var end in (string[])["", "e", "es", "s"])
                        seats.AddRange(Gazetteer.Names(s + end).Where(x => x.Kind is NameKind.Official or NameKind.AfterContraction).Select(x => x.Target));
                    // A seat whose name goes on after the stem ("chalonnaise": Chalon-sur-Saône).
                    foreach (var key in Gazetteer.LongNamesStartingWith(s))
                        seats.AddRange(Gazetteer.Names(key).Where(x => x.Kind == NameKind.Official && x.Target.Level == TerritoryLevels.Commune).Select(x => x.Target));
                }
            }
            epci = SingleEpci(seats, 20_000);
            last = i;
            // An adjective is no name: the EPCI it gives is a subject in the title, not by a cue at the top ("sous
            // l'influence de la métropole rennaise").
            cue = false;
        }
        else if (tokens[i].Capitalized && !tokens[i].AllUpper && LongestAt(tokens, joinable, i, query: false) is { Length: > 0 } seatName
                 && TypeAfterSeat(tokens, joinable, i + seatName.Length) is > 0 and var typeAt)
        {
            // "Lannion-Trégor Agglomération" (2013; today "… Communauté"): a seat, one to three capitalised words, then the EPCI's
            // type capitalised, where no name of the gazetteer is written: the seat's EPCI.
            epci = SingleEpci(seatName.Names.Where(x => x.Kind is NameKind.Official or NameKind.AfterContraction).Select(x => x.Target), 5_000);
            last = typeAt;
        }
        else return null;
        if (epci is null) return null;
        var name = new TerritoryName(epci, NameKind.Variant, last - i + 1, 0) { Spelling = epci.Name };
        return new Candidate(JoinFolded(tokens, i, last - i + 1), tokens[i].Start, tokens[last].End, [name],
            cue ? TerritoryLevels.Epci : null, false, null, null, ArticleBefore: i > 0 && Articles.Contains(tokens[i - 1].Folded),
            SentenceStart: tokens[i].SentenceStart, AllUpper: false);
    }

    /// <summary>
    /// An EPCI's legal form ("communauté de communes", "communauté d'agglomération", "communauté urbaine", "Métropole") then
    /// capitalised words, articles and "et", whose significant words are the significant words of one EPCI's name
    /// (<see cref="Gazetteer.EpciBySignature"/>), the longest such run; a candidate with the legal form's cue.
    /// </summary>
    private Candidate? SignatureEpci(string text, List<TerritoryToken> tokens, bool[] joinable, int i)
    {
        var k = i;
        if (tokens[k].Folded == "communaute" && k + 1 < tokens.Count && tokens[k + 1].Folded == "urbaine") k += 2;
        else if (tokens[k].Folded == "communaute" && k + 2 < tokens.Count && tokens[k + 1].Folded is "de" or "d" && tokens[k + 2].Folded is "communes" or "agglomeration") k += 3;
        else if (tokens[k].Folded == "metropole") k++;
        // "l'agglomération du Puy": the agglomeration's own EPCI, named by the first words of its name (below).
        else if (tokens[k].Folded == "agglomeration" && k > 0 && tokens[k - 1].Folded is "l" or "d") k++;
        else return null;
        var agglomeration = tokens[i].Folded == "agglomeration";
        var words = new List<string>();
        Territory? epci = null;
        var last = -1;
        Territory? begun = null;
        var (begunAt, begunWords) = (-1, 0);
        // Between the name's words a comma too, as 25 official or former names print it ("CC Loire, Vignobles et Nohain",
        // "CC Aubrac, Carladez et Viadène"), never right after the legal form.
        for (var j = k; j < tokens.Count && j < k + 10 && (joinable[j - 1] || j > k && words.Count > 0 && CommaGap(text, tokens[j - 1].End, tokens[j].Start)
             && NameGoesOn(tokens, j, words)) && !tokens[j].SentenceStart; j++)
        {
            var w = tokens[j].Folded;
            if (w is "de" or "du" or "des" or "d" or "la" or "le" or "les" or "l" or "et") continue;
            if (!tokens[j].Capitalized) break;
            words.Add(w);
            var joined = string.Join(' ', words);
            if (!agglomeration && Gazetteer.EpciBySignature(joined) is { } found) { epci = found; last = j; }
            else if (epci is null && Gazetteer.EpciBySignaturePrefix(joined) is { } starts) (begun, begunAt, begunWords) = (starts, j, words.Count);
        }
        // A legal form then the first significant words of one EPCI's name and nothing more ("la communauté urbaine Creusot
        // Montceau", "l'agglomération du Puy"), where no name of the gazetteer is written: that EPCI, when no other name starts
        // so; after "l'agglomération", only a communauté d'agglomération, urbaine or a métropole. Not when the words written
        // stop before a word the name lacks ("communauté d'agglomération de Marne-la-Vallée": no "Marne et Gondoire"), nor when
        // they start with a place's official name ("communauté de communes de l'Orne": the Orne, not the CC Orne Lorraine
        // Confluences; "du Puy" and "Creusot" are only the small Le Puy and Le Creusot after a contraction).
        var whole = epci is not null;
        if (epci is null && begun is not null && begunWords == words.Count && (!agglomeration || begun.EpciType is not "CC")
            && words[0].All(char.IsLetter) && !Gazetteer.Names(words[0]).Any(x => x.Kind == NameKind.Official))
        {
            epci = begun;
            last = begunAt;
        }
        if (epci is null) return null;
        var name = new TerritoryName(epci, NameKind.Variant, last - i + 1, k - i) { Spelling = text[tokens[i].Start..tokens[last].End] };
        return new Candidate(JoinFolded(tokens, i, last - i + 1), tokens[i].Start, tokens[last].End, [name],
            TerritoryLevels.Epci, false, CodeAfter(text, tokens[last].End), null, ArticleBefore: i > 0 && Articles.Contains(tokens[i - 1].Folded),
            SentenceStart: tokens[i].SentenceStart, AllUpper: false)
        {
            ParentsAfter = ParentsAfter(text, tokens[last].End),
            OwnLine = AloneOnLine(text, tokens[i].Start, tokens[last].End),
            // Its whole name after the legal form spelled out: named in full, like a gazetteer name with its legal form (the
            // communes named after it at the top are its members).
            SignedInFull = whole,
        };
    }

    /// <summary>
    /// After a comma, whether the next significant word still continues the words of one EPCI's name ("Loire, Vignobles"), not
    /// an apposition ("la communauté urbaine Creusot Montceau, la CUCM, …").
    /// </summary>
    private bool NameGoesOn(List<TerritoryToken> tokens, int j, List<string> words)
    {
        while (j < tokens.Count && tokens[j].Folded is "de" or "du" or "des" or "d" or "la" or "le" or "les" or "l" or "et") j++;
        if (j >= tokens.Count || !tokens[j].Capitalized) return false;
        var next = string.Join(' ', words) + " " + tokens[j].Folded;
        return Gazetteer.EpciBySignature(next) is not null || Gazetteer.EpciBySignaturePrefix(next) is not null;
    }

    /// <summary>A comma and spaces only between two words: ", ".</summary>
    private static bool CommaGap(string text, int from, int to)
    {
        var commas = 0;
        for (var j = from; j < to; j++)
        {
            if (text[j] == ',') commas++;
            else if (text[j] != ' ') return false;
        }
        return commas == 1;
    }

    /// <summary>
    /// Where an EPCI's type word ("Agglomération", "Communauté", "Métropole", capitalised) ends a run of one to three
    /// capitalised words starting at <paramref name="j"/>, joined to the seat before them; 0 if none.
    /// </summary>
    private static int TypeAfterSeat(List<TerritoryToken> tokens, bool[] joinable, int j)
    {
        for (var k = j; k < Math.Min(tokens.Count, j + 4); k++)
        {
            if (!joinable[k - 1] || !tokens[k].Capitalized || tokens[k].SentenceStart) return 0;
            if (tokens[k].Folded is "agglomeration" or "communaute" or "metropole") return k > j ? k : 0;
        }
        return 0;
    }

    /// <summary>The one EPCI of the communes given that have at least <paramref name="population"/> inhabitants, or null.</summary>
    private Territory? SingleEpci(IEnumerable<Territory> communes, long population)
    {
        var epcis = communes.Where(c => c.Level == TerritoryLevels.Commune && c.Population >= population && c.EpciCode is not null)
            .Select(c => Gazetteer.Find(TerritoryLevels.Epci, c.EpciCode!)).OfType<Territory>().Distinct().ToList();
        return epcis.Count == 1 ? epcis[0] : null;
    }

    /// <summary>Endings of the adjectives French derives from town names (folded): "toulonnaise", "nantais", "grenobloise", "lillois".</summary>
    private static readonly string[] SeatSuffixes = ["aises", "aise", "ais", "eoises", "eoise", "eois", "oises", "oise", "ois", "aines", "aine", "ain", "iennes", "ienne", "ien", "ines", "ine"];

    /// <summary>
    /// A sentence (or a clause up to a colon or a semicolon) that sets a homonym apart from the place the document is about:
    /// "Le Verdun dont il est question n'est pas la ville de la Meuse", "Elle ne doit pas être confondue avec Beauvallon, petite
    /// commune de la Drôme", "rien à voir avec Aix-en-Provence", "Marly en Moselle … cette autre commune"; or a body from a place
    /// its name recalls: "Il n'a aucun lien avec la commune d'Anse", "Malgré son nom, le syndicat ne compte pas parmi ses membres
    /// la commune d'Yerres". Its names are marked.
    /// </summary>
    private static void RuledOutSentences(string text, List<Candidate> candidates)
    {
        if (candidates.Count == 0 || !text.AsSpan().ContainsAny(RuledOutCues)) return;
        foreach (Match m in RuledOutHomonym().Matches(text))
        {
            var start = text.LastIndexOfAny(ClauseEnds, Math.Max(0, m.Index - 1)) + 1;
            var end = text.IndexOfAny(ClauseEnds, m.Index + m.Length);
            if (end < 0) end = text.Length;
            // A heading alone on its line ("À ne pas confondre"): the homonym is set apart in the first sentence under it.
            if (end < text.Length && text[end] == '\n' && end - start <= 40 && text.AsSpan(start, end - start).Trim().Length > 0)
            {
                var next = end;
                while (next < text.Length && char.IsWhiteSpace(text[next])) next++;
                end = text.IndexOfAny(SentenceEnds, next);
                if (end < 0) end = text.Length;
            }
            // A phrase that names the homonym after it ("rien à voir avec", "et non sur la ville de"): the places before it, in a
            // clause of their own between commas, describe the subject ("Ce village, au nord d'Ussel, n'a rien à voir avec
            // Aix-en-Provence"); only those from that clause on are set apart. A phrase pointing back ("… Marly en Moselle, près de
            // Metz, … cette autre commune") sets apart its whole sentence.
            var forward = m.Value.EndsWith("avec", StringComparison.OrdinalIgnoreCase) || m.Value.StartsWith("et non", StringComparison.OrdinalIgnoreCase);
            var describedBefore = forward && m.Index > start && text.LastIndexOf(',', m.Index - 1, m.Index - start) is var comma && comma >= start ? comma : start;
            for (var k = 0; k < candidates.Count; k++)
            {
                if (candidates[k].Start >= describedBefore && candidates[k].End <= end) candidates[k] = candidates[k] with { RuledOut = true };
            }
        }
    }

    /// <summary>
    /// A piece of text that every match of <see cref="RuledOutHomonym"/> holds, whatever its case (each of its alternatives
    /// has one of these words in it, spaces as the pattern writes them; none has a letter whose case the pattern's invariant
    /// folding and the ordinal comparison's would set apart, as the Kelvin sign's "k"): a text without any of them is not scanned.
    /// </summary>
    private static readonly System.Buffers.SearchValues<string> RuledOutCues = System.Buffers.SearchValues.Create(
        ["est pas ", "sont pas ", "rien à voir avec", "confond", "homonyme", "cette autre ", "sans rapport avec", "aucun lien avec", "ne compte pas parmi",
         "malgré son nom", "ne concerne ", "ne vise ", "ne traite ", "ne porte sur ", "et non "], StringComparison.OrdinalIgnoreCase);

    private static readonly char[] ClauseEnds = ['.', '!', '?', ';', ':', '\n'];
    private static readonly char[] SentenceEnds = ['.', '!', '?', '\n'];

    private static readonly System.Buffers.SearchValues<char> TitleEndChars = System.Buffers.SearchValues.Create(" \t\n.!?)»\"");

    [GeneratedRegex(@"\bn['’]est pas (la|le|l['’]|celle|celui)\b|\brien à voir avec\b|\bpas (être )?confondue?s?\b|\bne pas confondre\b|\bhomonymes?\b|\bcette autre (commune|ville)\b|\bsans rapport avec\b|\baucun lien avec\b|\bne compte pas parmi\b|\bn['’](est|en est) pas membre\b|\bmalgré son nom\b|\bne (concerne|vise|traite|porte sur) (ni|pas)\b|\bn['’](est|sont) pas concerné(e|s|es)?\b|\bconfond\p{L}*\s+(\p{L}+\s+)?avec\b|\bet non (pas )?(sur|à|de|du|des|pour|dans) (la |le |l['’])?(ville|commune|département|région) ", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RuledOutHomonym();

    /// <summary>
    /// A SIREN printed in the text ("SIREN 241200567", "n° SIREN : 241 200 567") names its EPCI (whose code it is) or its
    /// commune: strong evidence, like a level word before a name.
    /// </summary>
    private void AddSirens(string text, List<Candidate> candidates)
    {
        foreach (Match m in SirenNumber().Matches(text))
        {
            if (Gazetteer.FindBySiren(m.Groups[1].Value + m.Groups[2].Value + m.Groups[3].Value) is not { } t) continue;
            var name = new TerritoryName(t, NameKind.Official, 1, 0) { Spelling = t.Name };
            var candidate = new Candidate(TerritoryText.Key(t.Name), m.Groups[1].Index, m.Groups[3].Index + 3, [name], t.Level, false, null, null,
                ArticleBefore: false, SentenceStart: false, AllUpper: false) { LegalForm = true };
            var at = candidates.FindIndex(c => c.Start > candidate.Start);
            if ((at < 0 ? candidates.Count : at) is var before && before > 0 && candidates[before - 1].End > candidate.Start) continue;
            candidates.Insert(at < 0 ? candidates.Count : at, candidate);
        }
    }

    /// <summary>
    /// A commune's cue written after its name, as an apposition or a sentence giving its population: "À Yves, commune de 1 585
    /// habitants, …", "Paule compte 671 habitants", "Lods (240 habitants)". Like "la commune de X", it names a commune, even one
    /// whose name is a first name or a common word.
    /// </summary>
    private static void AppositiveCues(string text, List<Candidate> candidates)
    {
        for (var k = 0; k < candidates.Count; k++)
        {
            var c = candidates[k];
            if (c.CueLevel is not null || !c.Names.Any(n => n.Target.Level == TerritoryLevels.Commune)) continue;
            if (CommuneAfter().IsMatch(text.AsSpan(c.End, Math.Min(80, text.Length - c.End))))
                candidates[k] = c with { CueLevel = TerritoryLevels.Commune, CuePlural = false };
        }
    }

    [GeneratedRegex(@"^(\s*,\s*(une |la )?(petite |grande )?(commune|ville|village|bourg)( \p{Ll}+)? de (près de |plus de |moins de |environ )?\d[\d \u00A0\u202F]*habitants|\s+compte (aujourd['’]hui )?(près de |plus de |moins de |environ )?\d[\d \u00A0\u202F]*habitants|\s*\(\s*\d[\d \u00A0\u202F]*habitants\s*\))")]
    private static partial Regex CommuneAfter();

    /// <summary>
    /// A first name or a common word that the document once names as a commune with a cue ("À Yves, commune de 1 585
    /// habitants") is that commune wherever the document writes it alone ("les digues d'Yves"), except beside another
    /// capitalised word (a person: "M. Yves Le Gall").
    /// </summary>
    private static void CuedCommonNames(List<(Candidate Candidate, int Weight)> candidates)
    {
        HashSet<string>? cued = null;
        foreach (var (c, _) in candidates)
        {
            if (c.CueLevel == TerritoryLevels.Commune && !c.CuePlural && !c.RuledOut && !c.Example && (CommonWords.Contains(c.Key) || FirstNames.Contains(c.Key)))
                (cued ??= new HashSet<string>(StringComparer.Ordinal)).Add(c.Key);
        }
        if (cued is null) return;
        for (var k = 0; k < candidates.Count; k++)
        {
            var c = candidates[k].Candidate;
            if (c.CueLevel is null && !c.ProperNameNeighbour && !c.RuledOut && !c.AllUpper && cued.Contains(c.Key))
                candidates[k] = (c with { CueLevel = TerritoryLevels.Commune, CuePlural = false }, candidates[k].Weight);
        }
    }

    [GeneratedRegex(@"\bSIRE[NT]\b[^\d\n]{0,16}?(\d{3})[ \u00A0\u202F]?(\d{3})[ \u00A0\u202F]?(\d{3})(?:[ \u00A0\u202F]?\d{5})?(?!\d)", RegexOptions.IgnoreCase)]
    private static partial Regex SirenNumber();

    /// <summary>
    /// A name listed after a cued one inherits its cue: "les communes de Pont-d'Ain, Priay et Varambon" are three
    /// communes. A list of several names after "communes de" names communes, not the département of each.
    /// </summary>
    private void InheritListCues(string text, List<Candidate> candidates)
    {
        for (var a = 0; a < candidates.Count; a++)
        {
            if (candidates[a].CueLevel is null || candidates[a].LegalForm) continue;
            var b = a;
            while (b + 1 < candidates.Count && candidates[b + 1].CueLevel is null && ListGap().IsMatch(text.AsSpan(candidates[b].End, candidates[b + 1].Start - candidates[b].End))) b++;
            if (b == a) continue;
            var first = candidates[a];
            var communeList = first.CueLevel == TerritoryLevels.Commune && first.CuePlural;
            for (var k = a; k <= b; k++)
            {
                var c = candidates[k];
                var plural = first.CuePlural && !(communeList && c.Names.Any(n => n.Target.Level == TerritoryLevels.Commune)
                    && !c.Names.Any(n => n.Target.Level is TerritoryLevels.Departement or TerritoryLevels.Region));
                candidates[k] = c with { CueLevel = first.CueLevel, CuePlural = plural };
            }
            a = b;
        }
    }

    /// <summary>Between two names of a list: a comma, "et", "ou", each name with its own article ("du Bas-Rhin et du Haut-Rhin").</summary>
    [GeneratedRegex(@"^\s*(,|,?\s*et|,?\s*ou)\s*(\b(de la|de l['’]|du|des|de|d['’]))?\s*$")]
    private static partial Regex ListGap();

    /// <summary>
    /// "regroupe trois communes de l'Essonne : Brunoy, Épinay-sous-Sénart et Boussy-Saint-Antoine": a list of two names or
    /// more after a colon that follows "communes de X" names communes (one each), X only places them.
    /// </summary>
    private static void ColonLists(string text, List<Candidate> candidates)
    {
        for (var a = 0; a + 2 < candidates.Count; a++)
        {
            if (candidates[a].CueLevel != TerritoryLevels.Commune || !candidates[a].CuePlural
                || !ColonGap().IsMatch(text.AsSpan(candidates[a].End, candidates[a + 1].Start - candidates[a].End))) continue;
            var b = a + 1;
            while (b + 1 < candidates.Count && candidates[b + 1].CueLevel is null && ListGap().IsMatch(text.AsSpan(candidates[b].End, candidates[b + 1].Start - candidates[b].End))) b++;
            if (b == a + 1) continue;
            for (var k = a + 1; k <= b; k++) candidates[k] = candidates[k] with { CueLevel = TerritoryLevels.Commune, CuePlural = false };
            a = b;
        }
        // "regroupe trois communes de la vallée : A, B et C": the same list after "communes" and words that are no place.
        // A list announced by a count and a plural level word names members of that level, one each, after a colon or,
        // with the count, a comma: "associe trois communes de la vallée, A, B et C", "réunit trois communautés de communes du
        // sud de la Haute-Marne : le Grand Langres, … et les Savoir-Faire", "trois départements : les Hauts-de-Seine, …". A
        // place between the level word and the list only places it (the Haute-Marne), and an EPCI's bare name counts there, as
        // after its own level word.
        for (var a = 0; a + 1 < candidates.Count; a++)
        {
            // A plural cue the list's first names took from the level word before it ("communautés de communes : X") is the list's.
            if (candidates[a].CueLevel is not null && !candidates[a].CuePlural) continue;
            var from = Math.Max(0, candidates[a].Start - 120);
            if (CountedList().Match(text, from, candidates[a].Start - from) is not { Success: true } m
                || m.Groups["sep"].Value == "," && !m.Groups["count"].Success
                // Without a count, the level word stays close to its list ("les communes de la vallée : A, B et C"), not a
                // clause away ("les communes nouvelles se concentrent dans l'ouest du pays : la Normandie, …").
                || !m.Groups["count"].Success && m.Groups["q"].Length > 40) continue;
            // After a comma the list follows its level word at once ("trois communes de la vallée, A, B et C"): a name between
            // them is the list's own first item ("les six communes — dont Torcy, Noisiel et Lognes": examples, no list of
            // members). After a colon, names between place the list ("du littoral est du Cotentin : A, B et C").
            if (m.Groups["sep"].Value == "," && candidates.Any(c => c.Start >= m.Index && c.End <= candidates[a].Start && c.Start < candidates[a].Start)) continue;
            var b = a;
            while (b + 1 < candidates.Count && (candidates[b + 1].CueLevel is null || candidates[b + 1].CuePlural) && MemberGap().IsMatch(text.AsSpan(candidates[b].End, candidates[b + 1].Start - candidates[b].End))) b++;
            if (b == a) continue;
            var level = m.Groups["level"].Value.ToLowerInvariant() switch
            {
                var w when w.StartsWith("commune", StringComparison.Ordinal) && !w.StartsWith("communaut", StringComparison.Ordinal) => TerritoryLevels.Commune,
                var w when w.StartsWith("d", StringComparison.Ordinal) => TerritoryLevels.Departement,
                _ => TerritoryLevels.Epci,
            };
            // Only names of that level are its members (a région in a list after "communes" keeps its own reading).
            for (var k = a; k <= b; k++)
            {
                if (candidates[k].Names.Any(n => n.Target.Level == level)) candidates[k] = candidates[k] with { CueLevel = level, CuePlural = false, Member = true };
            }
            a = b;
        }
    }

    /// <summary>Between two members of a list announced by its level: a comma, "et", "ou", each with an article or none ("…, et les Savoir-Faire").</summary>
    [GeneratedRegex(@"^['’]?\s*(,|,?\s*et|,?\s*ou)\s*(les |le |la |l['’]|de la |de l['’]|du |des |de |d['’])?\s*$")]
    private static partial Regex MemberGap();

    /// <summary>
    /// A plural level word announcing a list, with its count when it has one, before the list's first name: "trois communes de la
    /// vallée, ", "communes membres : ", "trois communautés de communes du sud de la Haute-Marne : le ", "deux départements : les ".
    /// </summary>
    [GeneratedRegex(@"(?:\b(?<count>deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|\d{1,2})\s+)?\b(?<level>communautés de communes|communautés d['’]agglomération|communautés|communes|intercommunalités|EPCI|départements)\b(?<q>[^.:;\n]{0,60}?)(?<sep>[:,])\s*(?:les |le |la |l['’])?$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex CountedList();

    [GeneratedRegex(@"^\s*:\s*$")]
    private static partial Regex ColonGap();

    /// <summary>A word of position or direction right before a name: "entre", "vers", "face à", "près de", "aux portes de", "non loin de".</summary>
    /// Except after "entre" (an agreement "entre la ville de Vitré et Vitré Communauté" binds two subjects), the level word of
    /// a body may stand between them: "près de la ville de Niort", "aux portes de l'agglomération de Lyon".
    [GeneratedRegex(@"\b(entre|vers|face (à|a)|(près|pres|proche|voisine?|non loin|à côté|a cote|aux portes|à l'(est|ouest)|au (nord|sud)) (de|d'|du|des))\s*(la |le |les |l')?$|\b(vers|face (à|a)|(près|pres|proche|voisine?|non loin|à côté|a cote|aux portes|à l'(est|ouest)|au (nord|sud)) (de|d'|du|des))\s*(la |le |les |l['’])?(agglomération|communauté (de communes|d['’]agglomération|urbaine)|métropole|ville|commune)\s+(de |du |des |d['’])(la |le |les |l')?$", RegexOptions.IgnoreCase)]
    private static partial Regex PositionBefore();

    /// <summary>
    /// Where commuters go, not where the subject is: "un actif sur six travaille en Île-de-France", "les navetteurs qui se
    /// rendent à Lyon" (a place of work placed from the subject, like a word of position).
    /// </summary>
    [GeneratedRegex(@"\b(travaill\p{L}*|se rend\p{L}*)\s+(en|dans|à|a|au|aux|vers)\s*(la |le |les |l['’])?$", RegexOptions.IgnoreCase)]
    private static partial Regex DestinationBefore();

    /// <summary>
    /// A point of the compass right after a name that places it from the subject ("entre l'agglomération de Meaux au nord et
    /// celle de Coulommiers à l'est"), not a part of it ("au nord de la Drôme": then the name is the one placed).
    /// </summary>
    [GeneratedRegex(@"^\s+(au (nord|sud)|à l['’](est|ouest))(-(est|ouest))?\b(?!\s*(de |du |des |d['’]))", RegexOptions.IgnoreCase)]
    private static partial Regex PositionAfter();

    /// <summary>
    /// The second of two places after a word of position, the first no territory of the gazetteer (a foreign town, a
    /// landscape): "aux portes de Genève et de Lyon", "entre Bâle et Mulhouse", "près de Monaco et de Menton".
    /// </summary>
    [GeneratedRegex(@"\b(entre|vers|face (à|a)|(près|pres|proche|voisine?|non loin|à côté|a cote|aux portes|à l'(est|ouest)|au (nord|sud)) (de|d'|du|des))\s*(la |le |les |l')?\p{Lu}[\p{L}'’-]*\s+(et|ou)\s+((de|d'|du|des)\s*)?(la |le |les |l')?$", RegexOptions.IgnoreCase)]
    private static partial Regex PositionBeforePair();

    [GeneratedRegex(@"^\s*:")]
    private static partial Regex HeadingColon();

    /// <summary>"sur l'ensemble de la région", "dans tout le département", "la totalité du territoire de", "l'ensemble des communes de": the whole of it.</summary>
    [GeneratedRegex(@"\b(l['’]ensemble|la totalité|tout|toute)\s+(des communes\s+)?(de la|du|de l['’]|des|de|le|la|l['’])\s*(région|département|territoire( de| du| de la| de l['’])?)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex WholeBefore();

    /// <summary>"entre Blois et Orléans": the second name of a list after a word of position is placed the same way.</summary>
    private static void InheritPositions(string text, List<Candidate> candidates)
    {
        for (var a = 0; a + 1 < candidates.Count; a++)
        {
            if (candidates[a].Position && !candidates[a + 1].Position && candidates[a + 1].CueLevel is null
                && ListGap().IsMatch(text.AsSpan(candidates[a].End, candidates[a + 1].Start - candidates[a].End)))
                candidates[a + 1] = candidates[a + 1] with { Position = true };
        }
    }

    /// <summary>
    /// "entre Brest métropole et la ville de Brest": an EPCI and one of its own member communes joined by "entre … et" are two
    /// bodies in a relation (a shared administration, a contract), not a place located between two others: neither is a
    /// position. Between two communes ("entre Blois et Orléans") the word stays one of position.
    /// </summary>
    private static void BodiesBetween(string text, List<Candidate> candidates)
    {
        for (var a = 0; a + 1 < candidates.Count; a++)
        {
            var (x, y) = (candidates[a], candidates[a + 1]);
            if (!x.Position || !EntreBefore().IsMatch(text.AsSpan(Math.Max(0, x.Start - 12), Math.Min(12, x.Start)))
                || !BodiesGap().IsMatch(text.AsSpan(x.End, y.Start - x.End))) continue;
            if (!(MemberOf(x, y) || MemberOf(y, x))) continue;
            candidates[a] = x with { Position = false };
            candidates[a + 1] = y with { Position = false };
        }

        // The commune named by one candidate is a member of the EPCI named by the other.
        static bool MemberOf(Candidate commune, Candidate epci) =>
            commune.Names.Any(c => c.Target.Level == TerritoryLevels.Commune && c.Target.EpciCode is { } code
                && epci.Names.Any(e => e.Target.Level == TerritoryLevels.Epci && e.Target.Code == code));
    }

    [GeneratedRegex(@"\bentre\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex EntreBefore();

    /// <summary>"et", "et la ville de", "et la commune d'", "et la communauté d'agglomération de" between two bodies' names.</summary>
    [GeneratedRegex(@"^\s*et\s+((la|le|l['’])\s*)?((ville|commune|métropole|metropole|agglomération|agglomeration|communauté (de communes|d['’]agglomération|urbaine))\s*(de|du|des|d['’])\s*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex BodiesGap();

    private IReadOnlyList<Territory> ParentsAfter(string text, int end)
    {
        var m = NameInParentheses().Match(text, end, Math.Min(48, text.Length - end));
        if (!m.Success) return [];
        var key = TerritoryText.Key(m.Groups[1].Value);
        var names = Gazetteer.Names(key);
        if (names.Count == 0 && key.Split(' ') is [var w, .. var rest] && Articles.Contains(w)) names = Gazetteer.Names(string.Join(' ', rest));
        return names.Where(n => n.Target.Level is TerritoryLevels.Departement or TerritoryLevels.Region).Select(n => n.Target).Distinct().ToList();
    }

    /// <summary>
    /// "(Drôme)", and a parenthesis that places the name and goes on after a comma: "Cours (Deux-Sèvres, code INSEE 79104)",
    /// "Valence (Drôme, 26000)".
    /// </summary>
    [GeneratedRegex(@"\G\s*\(\s*([^()\d\n,]{3,40}?)\s*(?:\)|,[^()\n]{1,40}\))")]
    private static partial Regex NameInParentheses();

    private static string? PostcodeAfter(string text, int end)
    {
        var m = BarePostcode().Match(text, end, Math.Min(10, text.Length - end));
        return m.Success ? m.Groups[1].Value : null;
    }

    [GeneratedRegex(@"\G[ ,]{1,2}(\d{5})(?!\d)")]
    private static partial Regex BarePostcode();

    /// <summary>
    /// Nouns of a building or a street whose own name follows them without a linker: "l'église Saint-Martin", "la rue
    /// Gambetta", "le collège Jean-Moulin". The name is a dedication or an address, not a territory ("Saint-Martin" is no
    /// région there); "l'église de Mont" keeps Mont.
    /// </summary>
    private static readonly HashSet<string> DedicatedNouns =
    [
        "eglise", "chapelle", "abbaye", "basilique", "cathedrale", "prieure", "collegiale", "rue", "avenue", "boulevard", "place",
        "quai", "allee", "impasse", "square", "college", "lycee", "ecole", "stade", "hopital", "clinique", "gymnase",
    ];

    private static bool DedicationBefore(List<TerritoryToken> tokens, int i) =>
        i > 0 && (!tokens[i - 1].Capitalized || tokens[i - 1].SentenceStart) && DedicatedNouns.Contains(tokens[i - 1].Folded) && tokens[i].Capitalized
        && !tokens[i].AfterFullStop;

    /// <summary>
    /// A commune's name followed at once by the lower-case adjective of a département names the natural region, not the
    /// commune: "la Bresse jurassienne" (not La Bresse, Vosges).
    /// </summary>
    private static bool LandscapeAdjective(string text, int end, TerritoryToken next)
    {
        if (next.Capitalized || next.Start - end != 1 || text[end] != ' ') return false;
        var word = text.AsSpan(next.Start, next.End - next.Start);
        return DepartementAdjectiveLookup.ContainsKey(word);
    }

    /// <summary>
    /// "la Collectivité européenne d'Alsace": the collectivity that exercises the powers of the Bas-Rhin's and the Haut-Rhin's
    /// départements; its name holds the former région, which is not its subject (the départements the text names are).
    /// </summary>
    private static bool EuropeanCollectivityBefore(List<TerritoryToken> tokens, int i) =>
        i >= 3 && tokens[i - 1].Folded is "d" or "de" && tokens[i - 2].Folded == "europeenne" && tokens[i - 3].Folded == "collectivite";

    /// <summary>"Vallée du Lot", "Rives de l'Elorn": a capitalised landscape word, then one or two linkers, then the name.</summary>
    private static bool DescriptiveBefore(List<TerritoryToken> tokens, int i)
    {
        var k = i - 1;
        var linkers = 0;
        while (k >= 0 && linkers < 2 && tokens[k].Folded is "de" or "du" or "des" or "d" or "la" or "l" or "le" or "les" && !tokens[k].Capitalized) { k--; linkers++; }
        if (linkers == 0 || k < 0) return false;
        // In lower case only the words of a river's course: "la basse vallée de l'Orne", "les rives de la Vienne".
        return tokens[k].Capitalized ? DescriptiveNouns.Contains(tokens[k].Folded) : RiverWords.Contains(tokens[k].Folded);
    }

    /// <summary>"par exemple", "exemple :", "tel que", "comme", "notamment" shortly before in the same sentence.</summary>
    private static bool ExampleBefore(string text, int start)
    {
        var from = Math.Max(0, start - 40);
        var window = text.AsSpan(from, start - from);
        var stop = window.LastIndexOfAny('.', '\n');
        if (stop >= 0) window = window[(stop + 1)..];
        return window.Contains("exemple", StringComparison.OrdinalIgnoreCase) || window.Contains("tels que", StringComparison.OrdinalIgnoreCase)
            || window.Contains("telles que", StringComparison.OrdinalIgnoreCase) || window.Contains("comme ", StringComparison.OrdinalIgnoreCase)
            || window.Contains("notamment", StringComparison.OrdinalIgnoreCase);
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
        // (One look-up for the three questions about the first word: how long a name, how many prefix words, which names alone.)
        if (Gazetteer.StartingWith(first) is not { } startingWith) return NoName;
        var max = Math.Min(startingWith.MaxTokens, tokens.Count - i);
        var reach = max == 0 ? 0 : 1;
        while (reach < max && joinable[i + reach - 1]) reach++;
        if (!query && reach > 0 && !LegalFormWords.Contains(first))
        {
            // In a document every word of a name after its prefix words must be capitalised or a linker (Fits): a name
            // cannot reach past the first word that is neither, unless that word is within the prefix.
            for (var k = i + startingWith.MaxPrefixTokens; k < i + reach; k++)
            {
                if (!tokens[k].Capitalized && !Linkers.Contains(tokens[k].Folded) && !EpciGenericWords.Contains(tokens[k].Folded)
                    && !Gazetteer.IsLowerCaseNameWord(tokens[k].Folded)) { reach = k - i; break; }
            }
        }
        if (reach == 0) return NoName;
        // The keys of the n first words, longest first, as prefixes of one buffer (words joined by single spaces), looked up
        // without a string each.
        Span<int> ends = stackalloc int[reach + 1];
        ends[1] = first.Length;
        var length = first.Length;
        for (var k = 1; k < reach; k++) length += 1 + tokens[i + k].Folded.Length;
        Span<char> key = length <= 256 ? stackalloc char[length] : new char[length];
        first.CopyTo(key);
        for (var k = 1; k < reach; k++)
        {
            key[ends[k]] = ' ';
            tokens[i + k].Folded.CopyTo(key[(ends[k] + 1)..]);
            ends[k + 1] = ends[k] + 1 + tokens[i + k].Folded.Length;
        }
        for (var n = reach; n >= 1; n--)
        {
            var all = n == 1 ? startingWith.OneWordNames : Gazetteer.Names((ReadOnlySpan<char>)key[..ends[n]]);
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

    /// <summary>First words of an EPCI's legal form: the words of the name after it may be in lower case ("communauté de communes de l'Ouest guyanais").</summary>
    private static readonly HashSet<string> LegalFormWords = ["communaute", "agglomeration"];

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
        // The legal form spelled out is cue enough: "communauté de communes de l'Ouest guyanais", "du Pays ajaccien".
        if (name.PrefixTokens > 0 && name.Target.Level == TerritoryLevels.Epci && LegalFormWords.Contains(tokens[i].Folded)) return true;
        for (var k = i + name.PrefixTokens; k < i + n; k++)
        {
            if (!tokens[k].Capitalized && !Linkers.Contains(tokens[k].Folded)
                && !(name.Target.Level == TerritoryLevels.Epci && k > i && EpciGenericWords.Contains(tokens[k].Folded))
                && !LowerCaseInSpelling(name, k - i)) return false;
        }
        return name.PrefixTokens > 0 || tokens[i].Capitalized || Linkers.Contains(tokens[i].Folded);
    }

    /// <summary>The name's own spelling writes its word at <paramref name="index"/> in lower case ("Polynésie française").</summary>
    private static bool LowerCaseInSpelling(TerritoryName name, int index) =>
        TerritoryText.Tokenize(name.Spelling) is var words && index < words.Count && !words[index].Capitalized;

    private static string? CueLevel(List<TerritoryToken> tokens, int i)
    {
        // A cue is in the same sentence: "… un conseil départemental. À Paris" gives Paris no cue.
        if (tokens[i].AfterFullStop) return null;
        if (BodyOfLevelBefore(tokens, i) is { } body) return body;
        for (var k = i - 1; k >= Math.Max(0, i - 4); k--)
        {
            var w = tokens[k].Folded;
            if (Linkers.Contains(w))
            {
                if (tokens[k].AfterFullStop) return null;
                continue;
            }
            // "communauté de communes de X", "communauté d'agglomération de X": X names the EPCI (often by its seat).
            if (w == "communes" && k >= 2 && tokens[k - 1].Folded == "de" && tokens[k - 2].Folded is "communaute" or "communautes") return TerritoryLevels.Epci;
            // Bodies named after their place: "centre communal d'action sociale de X" (X the commune; "intercommunal": its
            // EPCI), "CCAS de X", "centre de gestion de X" (a département's, for the communes of the département).
            if (w == "sociale" && k >= 3 && tokens[k - 1].Folded == "action" && tokens[k - 2].Folded == "d")
                return tokens[k - 3].Folded switch { "communal" => TerritoryLevels.Commune, "intercommunal" => TerritoryLevels.Epci, _ => null };
            // "la caisse des écoles de X": a commune's public establishment.
            if (w == "ecoles" && k >= 2 && tokens[k - 1].Folded == "des" && tokens[k - 2].Folded == "caisse") return TerritoryLevels.Commune;
            // "service départemental d'incendie et de secours de X", "SDIS de X": a département's body.
            if (DepartementBodyEndsAt(tokens, k)) return TerritoryLevels.Departement;
            // "la collectivité territoriale de Guyane", "collectivité unique de Martinique": the single collectivity exercising
            // the région's powers (and the département's).
            if (w is "territoriale" or "unique" && k >= 1 && tokens[k - 1].Folded == "collectivite") return TerritoryLevels.Region;
            // "ses trois communes membres : A, B et C", "communes adhérentes : …": the members of a syndicate.
            if (w is "membres" or "adherentes" && k >= 1 && tokens[k - 1].Folded == "communes") return TerritoryLevels.Commune;
            // "communauté de communes du Pays de X": an EPCI (often merged since) named after the pays of its seat X.
            if (w == "pays" && k + 1 < i && tokens[k + 1].Folded is "de" or "d" or "du" or "des" && EpciWordBefore(tokens, k))
                return TerritoryLevels.Epci;
            // "communauté de communes de la Région de X": an EPCI (often of 2015 or before) named after its seat, not the région.
            // Linked both sides ("de la Région de"): a query's "communautés de communes région Centre" asks for the région's EPCI.
            if (w == "region" && k + 1 < i && tokens[k + 1].Folded is "de" or "d" or "du" or "des" && EpciWordBefore(tokens, k))
                return TerritoryLevels.Epci;
            return w switch
            {
                "agglomeration" or "agglomerations" or "communaute" or "communautes" or "metropole" or "intercommunalites" => TerritoryLevels.Epci,
                "commune" or "communes" or "ville" or "villes" or "mairie" or "maire" or "municipalite" or "municipal" or "municipale" => TerritoryLevels.Commune,
                "departement" or "departements" or "departemental" or "departementale" or "departementaux" or "departementales" => TerritoryLevels.Departement,
                "region" or "regions" or "regional" or "regionale" or "regionaux" or "regionales" => TerritoryLevels.Region,
                "intercommunalite" or "epci" or "cias" => TerritoryLevels.Epci,
                "ccas" => TerritoryLevels.Commune,
                "cdg" or "sdis" => TerritoryLevels.Departement,
                _ => null,
            };
        }
        return null;
    }

    /// <summary>
    /// A département's own body right before a name ("SDIS de la Mayenne", "service départemental d'incendie et de secours
    /// de", "centre de gestion du", "CDG"): it covers the whole département, whose places named after it are places it serves.
    /// </summary>
    private static bool DepartementBodyBefore(List<TerritoryToken> tokens, int i)
    {
        if (BodyOfLevelBefore(tokens, i) is not null || LandAgencyBefore(tokens, i)) return true;
        for (var k = i - 1; k >= Math.Max(0, i - 4); k--)
        {
            var w = tokens[k].Folded;
            if (Linkers.Contains(w)) continue;
            return w is "sdis" or "cdg" || DepartementBodyEndsAt(tokens, k);
        }
        return false;
    }

    /// <summary>"… d'incendie et de secours" or "centre de gestion" ends at token <paramref name="k"/>: a département's body.</summary>
    private static bool DepartementBodyEndsAt(List<TerritoryToken> tokens, int k) => tokens[k].Folded switch
    {
        "secours" => k >= 3 && tokens[k - 1].Folded == "de" && tokens[k - 2].Folded == "et" && tokens[k - 3].Folded == "incendie",
        "gestion" => k >= 2 && tokens[k - 1].Folded == "de" && tokens[k - 2].Folded == "centre",
        _ => false,
    };

    /// <summary>A name written in capitals whose every reading is an acronym ("la CINOR"): the EPCI named by its acronym alone.</summary>
    private static bool AloneOnLine(string text, int start, int end)
    {
        var before = text.LastIndexOf('\n', Math.Max(0, start - 1)) + 1;
        var after = text.IndexOf('\n', end);
        return text.AsSpan(before, start - before).IsWhiteSpace() && text.AsSpan(end, (after < 0 ? text.Length : after) - end).IsWhiteSpace();
    }

    /// <summary>An EPCI's name written with its type as its last word ("… Agglomération", "… Métropole", "… Communauté").</summary>
    private static bool NamedWithType(Candidate candidate) =>
        candidate.Key.LastIndexOf(' ') is > 0 and var space && candidate.Key[(space + 1)..] is "agglomeration" or "metropole" or "communaute"
        && candidate.Names.All(n => n.Target.Level == TerritoryLevels.Epci);

    private static bool NamedByAcronym(Candidate candidate) =>
        candidate.AllCaps && candidate.Names.All(n => n.Kind is NameKind.Acronym or NameKind.DerivedAcronym);

    /// <summary>
    /// A département's or région's own body named in full right before a name: "centre de gestion de la fonction publique
    /// territoriale de la Moselle", "syndicat départemental d'énergies de l'Yonne", "comité régional du tourisme de Bretagne"
    /// (a level adjective, one complement introduced by "de", then the name). The level of the body, or null.
    /// </summary>
    private static string? BodyOfLevelBefore(List<TerritoryToken> tokens, int i)
    {
        var k = i - 1;
        var linkers = 0;
        while (k >= 0 && linkers < 3 && Linkers.Contains(tokens[k].Folded) && !tokens[k + 1].AfterFullStop) { k--; linkers++; }
        if (linkers == 0 || k < 0 || tokens[k + 1].AfterFullStop || tokens[k].Capitalized) return null;
        if (WordsEndAt(tokens, k, ManagementCentre)) return TerritoryLevels.Departement;
        // The complement: one word after "de", "d'", "du", "des" (and an article): "d'énergies", "du tourisme", "de l'habitat".
        var j = k - 1;
        var between = 0;
        while (j >= 0 && between < 2 && tokens[j].Folded is "d" or "de" or "des" or "du" or "l" or "la" or "le" or "les" && !tokens[j + 1].AfterFullStop) { j--; between++; }
        if (between == 0 || j < 0 || tokens[j + 1].AfterFullStop || tokens[j + 1].Folded is not ("d" or "de" or "des" or "du")) return null;
        // A chamber is the publisher, not the place's body: "la chambre régionale des comptes de Corse".
        if (j > 0 && tokens[j - 1].Folded is "chambre" or "chambres") return null;
        return tokens[j].Folded switch
        {
            "departemental" or "departementale" => TerritoryLevels.Departement,
            "regional" or "regionale" => TerritoryLevels.Region,
            _ => null,
        };
    }

    private static readonly string[] ManagementCentre = ["centre", "de", "gestion", "de", "la", "fonction", "publique", "territoriale"];

    /// <summary>True when the folded words of <paramref name="words"/> end at token <paramref name="k"/>, in one sentence.</summary>
    private static bool WordsEndAt(List<TerritoryToken> tokens, int k, string[] words)
    {
        if (k + 1 < words.Length) return false;
        for (var w = 0; w < words.Length; w++)
        {
            var token = tokens[k - words.Length + 1 + w];
            if (token.Folded != words[w] || w > 0 && token.AfterFullStop) return false;
        }
        return true;
    }

    /// <summary>
    /// A public land agency right before a name ("l'établissement public foncier de la Haute-Savoie", "l'EPF de Normandie"):
    /// it covers the département or région whole.
    /// </summary>
    private static bool LandAgencyBefore(List<TerritoryToken> tokens, int i)
    {
        var k = i - 1;
        while (k >= 0 && i - k <= 3 && Linkers.Contains(tokens[k].Folded)) k--;
        if (k == i - 1 || k < 0) return false;
        if (tokens[k].Folded == "local" && k > 0) k--;
        return tokens[k].Folded == "epf" || WordsEndAt(tokens, k, LandAgency);
    }

    private static readonly string[] LandAgency = ["etablissement", "public", "foncier"];

    /// <summary>An EPCI level word right before token <paramref name="k"/>, over linkers: "communauté de communes de la", "agglomération du".</summary>
    private static bool EpciWordBefore(List<TerritoryToken> tokens, int k)
    {
        for (var j = k - 1; j >= Math.Max(0, k - 4); j--)
        {
            var w = tokens[j].Folded;
            if (tokens[j + 1].AfterFullStop) return false;
            if (Linkers.Contains(w)) continue;
            return j < k - 1 && (w is "agglomeration" or "communaute" or "communautes" or "intercommunalite"
                || w == "communes" && j >= 2 && tokens[j - 1].Folded == "de" && tokens[j - 2].Folded is "communaute" or "communautes");
        }
        return false;
    }

    /// <summary>Where the level word <see cref="CueLevel"/> reads starts: "communauté" for "communauté de communes" and "communauté d'agglomération".</summary>
    private static int CueStart(List<TerritoryToken> tokens, int i)
    {
        for (var k = i - 1; k >= Math.Max(0, i - 4); k--)
        {
            if (Linkers.Contains(tokens[k].Folded)) continue;
            if (tokens[k].Folded is "communes" or "agglomeration" && k >= 2 && tokens[k - 1].Folded is "de" or "d"
                && tokens[k - 2].Folded is "communaute" or "communautes") return tokens[k - 2].Start;
            return tokens[k].Start;
        }
        return -1;
    }

    /// <summary>The position of a département or région level word right before a name ("région" in "communes région Centre"), or -1.</summary>
    private static int OuterCue(List<TerritoryToken> tokens, int i)
    {
        if (CueLevel(tokens, i) is not (TerritoryLevels.Region or TerritoryLevels.Departement)) return -1;
        for (var k = i - 1; k >= Math.Max(0, i - 4); k--)
        {
            if (!Linkers.Contains(tokens[k].Folded)) return k;
        }
        return -1;
    }

    private static bool CuePlural(List<TerritoryToken> tokens, int i)
    {
        for (var k = i - 1; k >= Math.Max(0, i - 4); k--)
        {
            if (Linkers.Contains(tokens[k].Folded)) continue;
            if (tokens[k].Folded == "communes" && k >= 2 && tokens[k - 1].Folded == "de") return tokens[k - 2].Folded.EndsWith('s');
            if (tokens[k].Folded is "ccas" or "cias" or "sdis") return false;
            if (tokens[k].Folded == "ecoles" && k >= 2 && tokens[k - 2].Folded == "caisse") return false;
            // "communauté de communes du Pays de X": the number is the EPCI word's.
            if (tokens[k].Folded == "pays" && EpciWordBefore(tokens, k)) continue;
            return tokens[k].Folded.EndsWith('s');
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
    internal Territory? Resolve(Candidate c, HashSet<Territory> context, bool query) =>
        ResolveNamed(c, context, query) ?? (query ? null : ShortFormOfNamedCommune(c, context));

    /// <summary>
    /// "La commune de Sainte-Marie" in a document that also names Sainte-Marie-la-Mer (Pyrénées-Orientales) and no Sainte-Marie it
    /// places: the commune is named by the start of its official name, as its people write it (a renamed commune, "-la-Mer"
    /// added), and that is the one commune of the document's places (<paramref name="context"/>) whose name goes on from
    /// <see cref="Candidate.Key"/>. Only with a commune cue, singular, when the name's own communes are left unresolved.
    /// </summary>
    private Territory? ShortFormOfNamedCommune(Candidate c, HashSet<Territory> context)
    {
        if (c.CueLevel != TerritoryLevels.Commune || c.CuePlural || c.Example || c.Position || c.RuledOut || context.Count == 0) return null;
        // The longer names are looked up by their first word in the gazetteer (bounded by the names, not by the document's places).
        var space = c.Key.IndexOf(' ');
        var prefix = c.Key + " ";
        var longer = Gazetteer.LongNamesStartingWith(space < 0 ? c.Key : c.Key[..space])
            .Where(k => k.StartsWith(prefix, StringComparison.Ordinal))
            .SelectMany(k => Gazetteer.Names(k))
            .Where(n => n.Kind == NameKind.Official && n.Target.Level == TerritoryLevels.Commune && context.Contains(n.Target))
            .Select(n => n.Target).Distinct().Take(2).ToList();
        return longer is [var commune] ? commune : null;
    }

    private Territory? ResolveNamed(Candidate c, HashSet<Territory> context, bool query)
    {
        var names = c.Names;
        // "la commune du Lamentin" is Le Lamentin (Martinique): the commune named Lamentin (Guadeloupe) is written "de Lamentin".
        if (!query && names.Any(n => n.Kind == NameKind.AfterContraction) && names.Any(n => n.Kind != NameKind.AfterContraction && n.Target.Level == TerritoryLevels.Commune))
            names = names.Where(n => n.Kind == NameKind.AfterContraction || n.Target.Level != TerritoryLevels.Commune).ToList();
        if (names.Any(n => n.Kind is NameKind.Bare or NameKind.WithoutArticle or NameKind.Acronym or NameKind.DerivedAcronym))
        {
            // An EPCI's bare name counts only when the document names it in full too, or right after an EPCI level word
            // ("l'intercommunalité Bastides et Vallons"); "Réunion" only as "Région Réunion"; an acronym only in capitals,
            // after an article ("la CAPI", "en PACA") or in a document that names a place of that territory.
            names = names.Where(n => n.Kind switch
            {
                NameKind.Bare => !query && (context.Contains(n.Target) || c.CueLevel == TerritoryLevels.Epci && !c.CuePlural && n.Target.Level == TerritoryLevels.Epci),
                NameKind.WithoutArticle => c.CueLevel == n.Target.Level,
                NameKind.Acronym => c.AllCaps && (query ? c.Key.Length >= 4
                    : context.Contains(n.Target) || c.ArticleBefore && c.Key.Length >= 4 && !c.Key.Contains(' ')),
                NameKind.DerivedAcronym => !query && c.AllCaps && context.Contains(n.Target),
                _ => true,
            }).ToList();
            if (names.Count == 0) return null;
            // An acronym accepted is its territory, whatever its length ("CAPI" is no short word to doubt).
            if (names.All(n => n.Kind is NameKind.Acronym or NameKind.DerivedAcronym)) return names.Select(n => n.Target).Distinct().Count() == 1 ? names[0].Target : null;
        }
        if (c.CueLevel == TerritoryLevels.Epci && !c.CuePlural && !names.Any(n => n.Target.Level == TerritoryLevels.Epci))
        {
            // "l'agglomération de Gap", "la communauté de communes de Sablé-sur-Sarthe": the EPCI of that commune.
            var seats = names.Where(n => n.Target.Level == TerritoryLevels.Commune && n.Target.EpciCode is not null)
                .Select(n => (Epci: Gazetteer.Find(TerritoryLevels.Epci, n.Target.EpciCode!), Seat: n.Target, Score: Evidence(c, n.Target, context)))
                .Where(x => x.Epci is not null).OrderByDescending(x => x.Score).ThenByDescending(x => x.Seat.Population).ToList();
            // The seat its code, its département in parentheses or the document's places single out ("du Pays de Murat (Cantal)"),
            // else a clearly larger one.
            // A seat named by the first word of its name, as its people say it ("l'agglomération de Villefranche":
            // Villefranche-sur-Saône; "la communauté d'agglomération de Chalon"): the one commune of 20,000 inhabitants or more
            // whose official name starts with that word, when no seat of that size is written in full; several such (Boulogne-sur-Mer,
            // Boulogne-Billancourt): none, not a small commune of that name.
            if (!query && !c.Key.Contains(' ') && !seats.Any(x => x.Seat.Population >= 20_000)
                && Gazetteer.LongNamesStartingWith(c.Key).SelectMany(k => Gazetteer.Names(k))
                    .Where(x => x.Kind == NameKind.Official && x.Target.Level == TerritoryLevels.Commune && x.Target.Population >= 20_000).Select(x => x.Target).ToList() is { Count: > 0 } large)
                return SingleEpci(large, 20_000);
            if (seats.Count > 0 && (seats.Count == 1 || seats[0].Score > seats[1].Score
                || seats[0].Score == seats[1].Score && seats[0].Seat.Population >= 10 * Math.Max(1, seats[1].Seat.Population))) return seats[0].Epci;
        }
        if (names.Any(n => n.Target.Level is TerritoryLevels.Departement or TerritoryLevels.Region && n.Kind == NameKind.Official))
        {
            // "Bretagne" is the région, not the small commune of the Territoire de Belfort, unless a cue or a code says so,
            // or a large commune's département is named in the document and the larger territory's is not ("Vienne" near Lyon).
            var larger = names.Where(n => n.Target.Level != TerritoryLevels.Commune).Max(n => Evidence(c, n.Target, []));
            // In a query a level word is no such cue: "budget commune Bretagne" asks for the communes of the région.
            // A commune that is a whole overseas collectivity (Saint-Martin, Saint-Barthélemy: its own département and région) is
            // named at the collectivity's level.
            var communes = names.Where(n => n.Target.Level == TerritoryLevels.Commune && n.Target.DepartementCode != n.Target.RegionCode
                && (Evidence(c, n.Target, []) >= 3 && !(query && c.CueLevel is not null) || n.Target.Population >= 20_000 && larger < 2
                    && n.Target.Parents.Any(p => p.Level == TerritoryLevels.Departement && context.Contains(p)))).ToList();
            names = communes.Count > 0 ? communes : names.Where(n => n.Target.Level != TerritoryLevels.Commune).ToList();
            // A single collectivity that is département and région under one name — Martinique and Guyane since 2015, the overseas
            // collectivities (Saint-Martin, Polynésie française…) — is the région unless a level word or a code says département.
            // Not the Guadeloupe and La Réunion (a département and a région, two councils) nor the Département de Mayotte.
            if (!query) names = names.Where(n => !(n.Target.Level == TerritoryLevels.Departement && Evidence(c, n.Target, []) < 3
                && names.Any(r => r.Target.Level == TerritoryLevels.Region && r.Target.Name == n.Target.Name && SingleCollectivity(r.Target)))).ToList();
        }
        var scored = names.Select(n => (Name: n, Score: Evidence(c, n.Target, context)))
            .OrderByDescending(s => s.Score)
            .ThenByDescending(s => s.Name.Target.Population)
            .ThenBy(s => TerritoryLevels.Rank(s.Name.Target.Level))
            .ToList();
        var best = scored[0];
        var t = best.Name.Target;
        var tied = scored.Where(s => s.Score == best.Score && s.Name.Target != t && s.Name.Target.Level == t.Level).ToList();
        if (tied.Count > 0 && !query)
        {
            // Homonyms whose départements are all named: the one whose EPCI the document also names ("Prades, membre de la
            // communauté de communes Conflent Canigó", beside the homonyms of the Ardèche and the Ariège).
            var inNamedEpci = tied.Select(x => x.Name.Target).Prepend(t)
                .Where(x => x.Level == TerritoryLevels.Commune && x.Parents.Any(p => p.Level == TerritoryLevels.Epci && context.Contains(p))).ToList();
            if (inNamedEpci.Count == 1)
            {
                best = scored.First(x => x.Name.Target == inNamedEpci[0]);
                t = best.Name.Target;
                tied = [];
            }
            // Homonyms of one région with the same evidence: the one whose département the document names or places, when it
            // is also ten times as large as the others ("la commune de Montignac … la Dordogne": Montignac-Lascaux, 2,800
            // inhabitants, beside the Montignac of the Gironde, 130, same région; a small "Salon" or "Maisons" stays unresolved).
            else if (tied.Select(x => x.Name.Target).Prepend(t)
                .Where(x => x.Level == TerritoryLevels.Commune && x.Parents.Any(p => p.Level == TerritoryLevels.Departement && context.Contains(p))).ToList() is [var inNamedDepartement]
                && tied.Select(x => x.Name.Target).Prepend(t).Where(x => x != inNamedDepartement).All(x => inNamedDepartement.Population >= 10 * Math.Max(1, x.Population)))
            {
                best = scored.First(x => x.Name.Target == inNamedDepartement);
                t = best.Name.Target;
                tied = [];
            }
        }
        if (tied.Count > 0)
        {
            // Homonyms with the same evidence: only a clearly larger one wins (or the largest, in a query).
            var second = tied.Max(s => s.Name.Target.Population);
            if (!query && (c.Homonymous || !(t.Population >= 10 * Math.Max(1, second) && t.Population >= 10_000))) return null;
        }

        var strong = best.Score >= 3;
        if (strong) return t;
        // "Haute-Corrèze", "Nord-Isère", "Haut-Jura" (no territory of that name): a part of the département, a landscape.
        if (c.OrientedBefore && t.Level is TerritoryLevels.Departement or TerritoryLevels.Region) return null;
        // "SIVOM Dordogne-Céou", "Marne-Ourcq" (no territory of that name): a river pair or a landscape in a body's name.
        if (c.HyphenAfter && !query && t.Level is TerritoryLevels.Departement or TerritoryLevels.Region) return null;
        if (best.Score < 0) return null;
        // "Vallée du Lot", "Syndicat des Rives de l'Ain": a river or a landscape in a body's name.
        if (c.DescriptiveBefore && !query) return null;
        var single = best.Name.TokenCount == 1;
        var common = CommonWords.Contains(c.Key) || !query && DocumentCommonWords.Contains(c.Key) || single && c.Key.Length <= 3 && t.Population < 20_000;
        if (query)
        {
            if (common && !CapitalisedIsEnough.Contains(c.Key)) return null;
            return c.Key.Length >= 3 || !single ? t : null;
        }
        if (c.AllUpper && c.Key.Length <= 4) return null;
        var small = t.Level == TerritoryLevels.Commune && t.Population < 20_000;
        // A heading ("Cognac : une ville ouvrière…") is no sentence start when the commune's département or EPCI is named too.
        if (small && (c.ProperNameNeighbour || c.SentenceStart && single && !(c.Heading && best.Score >= 2) || c.AccentsDiffer)) return null;
        if (small && c.AllCaps && best.Score < 2) return null;
        if (common)
        {
            if (c.SentenceStart || c.ProperNameNeighbour) return null;
            // "du Lot", "le Cher": the département after an article.
            if (DepartementAfterArticle.Contains(c.Key) && t.Level == TerritoryLevels.Departement && c.ArticleBefore) return t;
            // A common word that is a commune of a département (or EPCI) the document names elsewhere: "Die, dans la Drôme".
            if (best.Score >= 2 && !FirstNames.Contains(c.Key) && !c.AllUpper && t.Level == TerritoryLevels.Commune
                && t.Parents.Any(p => p.Level is TerritoryLevels.Departement or TerritoryLevels.Epci && context.Contains(p))) return t;
            if (!CapitalisedIsEnough.Contains(c.Key)) return null;
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

    /// <summary>A région that is also its one département under the same name: Martinique, Guyane, the overseas collectivities.</summary>
    private static bool SingleCollectivity(Territory region) => region.Code is "02" or "03" || region.Code.Length == 3;

    private static int Evidence(Candidate c, Territory t, HashSet<Territory> context)
    {
        var score = 0;
        if (c.CueLevel is not null)
        {
            // "commune de X" names a commune; "communes de X" may name their département or région; in a query, any
            // level word before a larger territory asks for the places of that level inside it ("budget commune Bretagne").
            score += (c.CueLevel, c.CuePlural, t.Level) switch
            {
                var (cue, _, level) when c.InQuery && TerritoryLevels.Rank(cue!) < TerritoryLevels.Rank(level) => 1,
                (TerritoryLevels.Commune, true, TerritoryLevels.Departement or TerritoryLevels.Region) => 1,
                (TerritoryLevels.Commune, true, _) => 0,
                (TerritoryLevels.Commune, false, TerritoryLevels.Epci) => 0,
                (TerritoryLevels.Epci, true, TerritoryLevels.Departement or TerritoryLevels.Region) => 1,
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
        if (c.Merged == t) score += 2;
        if (c.PostcodeAfter is { } after && t.Postcodes.Contains(after)) score += 4;
        if (c.ParentsAfter.Count > 0)
            score += c.ParentsAfter.Any(p => t.Parents.Contains(p)) ? 4 : t.Level is TerritoryLevels.Commune or TerritoryLevels.Epci ? -3 : 0;
        if (context.Count > 0 && t.Parents.Any(p => p.Level != TerritoryLevels.France && context.Contains(p))) score += 2;
        return score;
    }
}
