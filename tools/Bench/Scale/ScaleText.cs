using System.Runtime.CompilerServices;
using System.Text;

namespace Search.Bench.Scale;

/// <summary>The slots of a sentence pattern.</summary>
internal enum Slot : byte
{
    Literal,
    /// <summary>Subject noun phrase; later verbs and adjectives agree with it.</summary>
    Subject,
    Object,
    /// <summary>"de" + noun phrase, contracted: "du", "de la", "de l'", "des".</summary>
    DeObject,
    /// <summary>"à" + noun phrase, contracted: "au", "à la", "à l'", "aux".</summary>
    AObject,
    ChangeVerb, TransitiveVerb, AmountVerb, ShareVerb, PassiveVerb, CopulaVerb,
    PredicateAdjective, Comparative,
    Year, PreviousYear, StartYear,
    Percent, Amount, PerInhabitant, Quantity, SmallNumber, Ordinal,
    Location, PlaceName, Opener, Closer, Organisation, DocumentReference, Recommendation, Source,
    /// <summary>Agreement with a fixed subject written in the pattern: masculine / feminine singular.</summary>
    AgreeMasculine, AgreeFeminine,
}

internal readonly record struct Segment(Slot Slot, string Text);

/// <summary>Sentence patterns (written for this generator) and their compiled form.</summary>
internal static class ScalePatterns
{
    // First: the pattern fields below are compiled with it, in textual order.
    private static readonly Dictionary<string, Slot> Slots = new(StringComparer.Ordinal)
    {
        ["S"] = Slot.Subject, ["O"] = Slot.Object, ["dO"] = Slot.DeObject, ["aO"] = Slot.AObject,
        ["VC"] = Slot.ChangeVerb, ["VT"] = Slot.TransitiveVerb, ["VA"] = Slot.AmountVerb, ["VS"] = Slot.ShareVerb,
        ["VP"] = Slot.PassiveVerb, ["VE"] = Slot.CopulaVerb, ["PA"] = Slot.PredicateAdjective, ["CMP"] = Slot.Comparative,
        ["Y"] = Slot.Year, ["Yp"] = Slot.PreviousYear, ["Y0"] = Slot.StartYear, ["P"] = Slot.Percent, ["E"] = Slot.Amount,
        ["EH"] = Slot.PerInhabitant, ["Q"] = Slot.Quantity, ["N"] = Slot.SmallNumber, ["K"] = Slot.SmallNumber, ["ORD"] = Slot.Ordinal,
        ["T"] = Slot.Location, ["TN"] = Slot.PlaceName, ["OP"] = Slot.Opener, ["CL"] = Slot.Closer, ["ORG"] = Slot.Organisation,
        ["DOC"] = Slot.DocumentReference, ["REC"] = Slot.Recommendation, ["SRC"] = Slot.Source,
        ["=m"] = Slot.AgreeMasculine, ["=f"] = Slot.AgreeFeminine,
        // A transitive verb agreeing with a singular "ce qui".
        ["VT1"] = Slot.TransitiveVerb,
    };

    public static readonly Segment[][] General = Compile(
    [
        "En {Y}, {S} {VC} de {P} par rapport à {Yp}.",
        "{S} {VA} {E} en {Y}.",
        "{S} {VA} {E}, soit {P} {dO}.",
        "{S} {VS} {P} {dO} {T}.",
        "{T}, {S} {VC} plus nettement que la moyenne nationale.",
        "Cette évolution s'explique principalement par {O}.",
        "Cette hausse tient pour l'essentiel {aO}.",
        "{S} {VT} {O}.",
        "{S} {VT} {O} et {O}.",
        "{S} {VP} par {O}.",
        "{OP}, {S} {VC} de {P}.",
        "{OP}, {S} {VT} {O} {T}.",
        "Le montant moyen s'établit à {EH}, contre {EH} {T}.",
        "Dans le même temps, {S} {VA} {Q}.",
        "Selon {ORG}, {S} {VC} de {P} entre {Yp} et {Y}.",
        "La part {dO} dans {O} passe de {P} à {P} entre {Yp} et {Y}.",
        "Les écarts restent importants : {S} {VC} de {P} {T}, contre {P} en moyenne.",
        "{S} {VP} depuis {Yp}.",
        "Au total, {Q} relèvent {dO}.",
        "{S} {VC} pour la {ORD} année consécutive.",
        "{DOC} souligne que {S} {VT} {O}.",
        "{S} {VC} {CL}.",
        "Rapporté au nombre d'habitants, {S} {VA} {EH}.",
        "Entre {Y0} et {Y}, {S} {VC} de {P} en moyenne chaque année.",
        "{S} {VT} désormais {O}.",
        "{S} {VS} près de {P} {dO}.",
        "Cette situation{=f} {VT} {O} {T}.",
        "Ce mouvement{=m} {VC} {CL}.",
        "En {Y}, ce dispositif concerne {Q}.",
        "{S} {VA} {Q} {T}.",
        "La progression {dO} compense en partie le recul {dO}.",
        "Le poids{=m} {dO} reste {PA} {T}.",
        "{S} {VE} {PA} {CL}.",
        "Si l'on exclut {O}, {S} {VC} de {P}.",
        "{O} et {O} représentent ensemble {P} du total.",
        "La comparaison avec {O} montre que {S} {VC} moins vite.",
        "{ORG} estime que {S} {VA} {E} en {Y}.",
        "Ces chiffres ne tiennent pas compte {dO}.",
        "{S} {VE} {CMP} à la moyenne de la strate, à {EH}.",
        "Les données disponibles montrent que {S} {VC} depuis {Y0}.",
        "{T}, on dénombre {Q} en {Y}.",
        "Le niveau{=m} {dO} {VE} {PA} au regard {dO}.",
        "{S} {VP} {T} {CL}.",
        "Pour {O}, l'effet {dO} {VE} plus {PA} qu'attendu.",
        "{OP}, la hausse {dO} accompagne celle {dO}.",
        "{S} {VT} {O}, ce qui {VT1} {O}.",
    ]);

    public static readonly Segment[][] Statistics = Compile(
    [
        "Source : {SRC} {Y}.",
        "Les montants sont exprimés en euros courants ; les évolutions sont calculées à périmètre constant.",
        "Champ : {O}, France métropolitaine et départements d'outre-mer.",
        "Les données {Y} sont provisoires et seront révisées lors de la prochaine édition.",
        "Lecture : {T}, {S} {VS} {P} {dO} en {Y}.",
        "Les résultats portent sur {Q} ayant répondu à l'enquête.",
        "{DOC} s'appuie sur {O} et sur {O}.",
        "Les séries longues sont disponibles depuis {Y0} dans l'espace données.",
    ]);

    public static readonly Segment[][] Audit = Compile(
    [
        "La chambre constate que {S} {VT} {O}.",
        "La chambre relève que {S} {VE} {PA} {CL}.",
        "Recommandation n° {K} : {REC}.",
        "La collectivité s'est engagée à {REC}.",
        "Les observations définitives portent sur les exercices {Y0} et suivants.",
        "En réponse, l'ordonnateur indique que {S} {VP} {CL}.",
        "L'instruction a montré que {S} {VE} {PA}.",
        "La chambre invite l'ordonnateur à {REC}.",
        "Le contrôle a porté sur {O}, {O} et {O}.",
        "Les comptes de l'exercice {Yp} ne retracent pas fidèlement {O}.",
    ]);

    public static readonly Segment[][] ActConsidering = Compile(
    [
        "Considérant que {S} {VC} de {P} depuis {Yp} ;",
        "Considérant la nécessité de {REC} ;",
        "Considérant que {S} {VP} {CL} ;",
        "Considérant l'avis favorable de la commission des finances du {Yp} ;",
        "Considérant que {S} {VA} {E} ;",
    ]);

    public static readonly Segment[][] ActArticles = Compile(
    [
        "approuve {O} telle que présentée en annexe ;",
        "autorise le maire à signer la convention relative {aO} ;",
        "fixe le montant {dO} à {E} pour l'année {Y} ;",
        "dit que les crédits correspondants sont inscrits au budget de l'exercice {Y} ;",
        "sollicite le concours de l'État et du département pour le financement {dO} ;",
        "charge le maire de l'exécution de la présente délibération.",
        "abroge la délibération antérieure relative {aO}.",
        "charge le président du conseil départemental de l'exécution de la présente délibération.",
    ]);

    public static readonly Segment[][] Guide = Compile(
    [
        "Il est recommandé de vérifier {O} avant le vote du budget.",
        "La collectivité transmet {O} au représentant de l'État dans les délais prévus.",
        "En pratique, {S} {VP} par {O}.",
        "Étape {K} : {REC}.",
        "Attention : {S} {VP} {CL}.",
        "Le tableau ci-dessous rappelle les règles applicables {aO}.",
        "Pour les communes de moins de 3 500 habitants, {S} {VP} de façon simplifiée.",
    ]);

    public static readonly Segment[][] Recommendations = Compile(ScaleLexicon.Recommendations);

    public static Segment[][] Compile(string[] patterns)
    {
        var result = new Segment[patterns.Length][];
        for (var p = 0; p < patterns.Length; p++)
        {
            var pattern = patterns[p];
            var segments = new List<Segment>();
            var i = 0;
            while (i < pattern.Length)
            {
                var open = pattern.IndexOf('{', i);
                if (open < 0) { segments.Add(new Segment(Slot.Literal, pattern[i..])); break; }
                if (open > i) segments.Add(new Segment(Slot.Literal, pattern[i..open]));
                var close = pattern.IndexOf('}', open);
                var name = pattern[(open + 1)..close];
                if (!Slots.TryGetValue(name, out var slot)) throw new InvalidOperationException($"Unknown slot {{{name}}} in '{pattern}'.");
                // VT1 is marked by its text so the writer can force the singular.
                segments.Add(new Segment(slot, name == "VT1" ? "1" : ""));
                i = close + 1;
            }
            result[p] = [.. segments];
        }
        return result;
    }
}

/// <summary>
/// Writes the sentences of one document: nouns drawn from the document's topics (its bursty words), its own few
/// keywords and the background vocabulary (Zipf by rank), inside sentence patterns with determiners, contractions and
/// agreement, numbers written the French way. One instance per thread, reset for every document.
/// </summary>
internal sealed class ScaleSentenceWriter
{
    private static readonly (string Sg, string Pl)[] ChangeVerbs = Split(ScaleLexicon.ChangeVerbs);
    private static readonly (string Sg, string Pl)[] TransitiveVerbs = Split(ScaleLexicon.TransitiveVerbs);
    private static readonly (string Sg, string Pl)[] AmountVerbs = Split(ScaleLexicon.AmountVerbs);
    private static readonly (string Sg, string Pl)[] ShareVerbs = Split(ScaleLexicon.ShareVerbs);
    private static readonly (string Sg, string Pl)[] CopulaVerbs = Split(["reste|restent", "demeure|demeurent", "apparaît|apparaissent", "est|sont", "paraît|paraissent"]);
    private static readonly Adjective[] Participles = ScaleLexicon.Participles.Select(p => Adjective.FromLemma(p)).ToArray();
    private static readonly Adjective[] PredicateAdjectives =
        new[] { "stable", "limité", "élevé", "modeste", "important", "contrasté", "soutenu", "faible", "significatif", "maîtrisé", "marqué", "préoccupant" }
            .Select(a => Adjective.FromLemma(a)).ToArray();
    private static readonly Adjective[] Comparatives = new[] { "supérieur", "inférieur", "comparable", "proche" }.Select(a => Adjective.FromLemma(a)).ToArray();
    private static readonly string[] Ordinals = ["deuxième", "troisième", "quatrième", "cinquième"];
    private static readonly string[] NationalLocations =
        ["en France", "au niveau national", "sur l'ensemble du territoire", "en France métropolitaine", "dans les départements d'outre-mer", "en moyenne nationale"];

    private static (string, string)[] Split(string[] verbs) => verbs.Select(v => { var p = v.Split('|'); return (p[0], p[1]); }).ToArray();

    private readonly ScaleVocabulary _v;
    public ScaleRandom Rng;

    // The document's state.
    private readonly Topic[] _topics = new Topic[3];
    private int _topicCount;
    private readonly Noun[] _keywords = new Noun[8];
    private int _keywordCount;
    private readonly Place?[] _places = new Place?[4];
    private int _placeCount;
    private Topic _sentenceTopic = null!;
    private bool _agreeFeminine, _agreePlural;

    public int Year { get; private set; }
    public char Space { get; private set; } = ' ';
    public string OrganisationReference { get; set; } = "l'administration";
    public string DocumentReference { get; set; } = "L'étude";
    public string SourceLabel { get; set; } = "comptes de gestion";

    public ScaleSentenceWriter(ScaleVocabulary vocabulary) => _v = vocabulary;

    public Topic PrimaryTopic => _topics[0];
    public int TopicCount => _topicCount;
    public Topic TopicAt(int i) => _topics[i];

    public void Reset(ScaleRandom rng, int year, char space)
    {
        Rng = rng;
        Year = year;
        Space = space;
        _topicCount = 0;
        _keywordCount = 0;
        _placeCount = 0;
    }

    public void AddTopic(Topic t)
    {
        for (var i = 0; i < _topicCount; i++) if (ReferenceEquals(_topics[i], t)) return;
        if (_topicCount < _topics.Length) _topics[_topicCount++] = t;
    }

    public void AddPlace(Place p)
    {
        for (var i = 0; i < _placeCount; i++) if (ReferenceEquals(_places[i], p)) return;
        if (_placeCount < _places.Length) _places[_placeCount++] = p;
    }

    /// <summary>The document's own keywords: a few words of the whole vocabulary (rare ones included) that it repeats.</summary>
    public void PickKeywords(int count)
    {
        _keywordCount = Math.Min(count, _keywords.Length);
        for (var i = 0; i < _keywordCount; i++) _keywords[i] = _v.Nouns[_v.NounTable.Sample(ref Rng)];
    }

    /// <summary>Chooses the topic of the next sentence: the first topic most often.</summary>
    public void ChooseSentenceTopic()
    {
        var r = Rng.NextDouble();
        var i = _topicCount == 1 ? 0 : _topicCount == 2 ? (r < 0.68 ? 0 : 1) : (r < 0.55 ? 0 : r < 0.85 ? 1 : 2);
        _sentenceTopic = _topics[i];
    }

    /// <summary>A noun: the sentence's topic about half of the time, the document's keywords sometimes, else the background.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public Noun PickNoun()
    {
        var r = Rng.NextDouble();
        if (r < 0.52) return _sentenceTopic.Noun(ref Rng);
        if (r < 0.62 && _keywordCount > 0) return _keywords[Rng.Below(_keywordCount)];
        return _v.Nouns[_v.NounTable.Sample(ref Rng)];
    }

    private Adjective PickAdjective()
    {
        if (_sentenceTopic.AdjectiveTable is { } t && Rng.Chance(0.25)) return _sentenceTopic.Adjectives[t.Sample(ref Rng)];
        return _v.Adjectives[_v.AdjectiveTable.Sample(ref Rng)];
    }

    /// <summary>Appends one sentence from <paramref name="patterns"/>, its first letter in upper case.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Sentence(StringBuilder sb, Segment[][] patterns)
    {
        ChooseSentenceTopic();
        var start = sb.Length;
        Render(sb, patterns[Rng.Below(patterns.Length)]);
        if (sb.Length > start) sb[start] = char.ToUpperInvariant(sb[start]);
        // "… 165 €/hab.." ends with one period.
        if (sb.Length - start > 2 && sb[^1] == '.' && sb[^2] == '.') sb.Length--;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Render(StringBuilder sb, Segment[] segments)
    {
        _agreeFeminine = false;
        _agreePlural = false;
        foreach (var s in segments)
        {
            switch (s.Slot)
            {
                case Slot.Literal: sb.Append(s.Text); break;
                case Slot.Subject:
                    {
                        var n = PickNoun();
                        NounPhrase(sb, n, 0, true);
                        _agreeFeminine = n.Feminine;
                        _agreePlural = n.Plural;
                        break;
                    }
                case Slot.Object: NounPhrase(sb, PickNoun(), 0, true); break;
                case Slot.DeObject: NounPhrase(sb, PickNoun(), 1, true); break;
                case Slot.AObject: NounPhrase(sb, PickNoun(), 2, true); break;
                case Slot.ChangeVerb: Verb(sb, ChangeVerbs); break;
                case Slot.TransitiveVerb:
                    if (s.Text == "1") { var v = TransitiveVerbs[Rng.Below(TransitiveVerbs.Length)]; sb.Append(v.Sg); }
                    else Verb(sb, TransitiveVerbs);
                    break;
                case Slot.AmountVerb: Verb(sb, AmountVerbs); break;
                case Slot.ShareVerb: Verb(sb, ShareVerbs); break;
                case Slot.CopulaVerb: Verb(sb, CopulaVerbs); break;
                case Slot.PassiveVerb:
                    sb.Append(_agreePlural ? "sont " : "est ");
                    sb.Append(Participles[Rng.Below(Participles.Length)].Form(_agreeFeminine, _agreePlural));
                    break;
                case Slot.PredicateAdjective: sb.Append(PredicateAdjectives[Rng.Below(PredicateAdjectives.Length)].Form(_agreeFeminine, _agreePlural)); break;
                case Slot.Comparative: sb.Append(Comparatives[Rng.Below(Comparatives.Length)].Form(_agreeFeminine, _agreePlural)); break;
                case Slot.AgreeMasculine: _agreeFeminine = false; _agreePlural = false; break;
                case Slot.AgreeFeminine: _agreeFeminine = true; _agreePlural = false; break;
                case Slot.Year: sb.Append(Year); break;
                case Slot.PreviousYear: sb.Append(Year - 1); break;
                case Slot.StartYear: sb.Append(Year - Rng.Between(3, 8)); break;
                case Slot.Percent: Percent(sb); break;
                case Slot.Amount: Amount(sb); break;
                case Slot.PerInhabitant: PerInhabitant(sb); break;
                case Slot.Quantity: Quantity(sb); break;
                case Slot.SmallNumber: sb.Append(Rng.Between(2, 9)); break;
                case Slot.Ordinal: sb.Append(Ordinals[Rng.Below(Ordinals.Length)]); break;
                case Slot.Location: Location(sb); break;
                case Slot.PlaceName: PlaceName(sb); break;
                case Slot.Opener: sb.Append(ScaleLexicon.Openers[Rng.Below(ScaleLexicon.Openers.Length)]); break;
                case Slot.Closer: sb.Append(ScaleLexicon.Closers[Rng.Below(ScaleLexicon.Closers.Length)]); break;
                case Slot.Organisation: sb.Append(OrganisationReference); break;
                case Slot.DocumentReference: sb.Append(DocumentReference); break;
                case Slot.Source: sb.Append(SourceLabel); break;
                case Slot.Recommendation:
                    {
                        var (f, p) = (_agreeFeminine, _agreePlural);
                        Render(sb, ScalePatterns.Recommendations[Rng.Below(ScalePatterns.Recommendations.Length)]);
                        (_agreeFeminine, _agreePlural) = (f, p);
                        break;
                    }
            }
        }
    }

    private void Verb(StringBuilder sb, (string Sg, string Pl)[] verbs)
    {
        var v = verbs[Rng.Below(verbs.Length)];
        sb.Append(_agreePlural ? v.Pl : v.Sg);
    }

    /// <summary>
    /// A noun phrase: determiner (contracted with "de" or "à" for cases 1 and 2), the noun, sometimes an adjective, sometimes
    /// a complement ("de fonctionnement", "des communes").
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void NounPhrase(StringBuilder sb, Noun n, int grammaticalCase, bool modifiers)
    {
        var r = Rng.NextDouble();
        var demonstrative = r < 0.07;
        var possessive = !demonstrative && grammaticalCase == 0 && r < 0.11;
        if (grammaticalCase == 1) sb.Append(demonstrative ? "de " : n.Plural ? "des " : n.Elides ? "de l'" : n.Feminine ? "de la " : "du ");
        else if (grammaticalCase == 2) sb.Append(demonstrative ? "à " : n.Plural ? "aux " : n.Elides ? "à l'" : n.Feminine ? "à la " : "au ");
        if (demonstrative) sb.Append(n.Plural ? "ces " : n.Feminine ? "cette " : n.Elides ? "cet " : "ce ");
        else if (possessive) sb.Append(n.Plural ? "leurs " : "leur ");
        else if (grammaticalCase == 0) sb.Append(n.Plural ? "les " : n.Elides ? "l'" : n.Feminine ? "la " : "le ");
        sb.Append(n.Text);
        if (!modifiers) return;
        var m = Rng.NextDouble();
        if (m < 0.22 && n.SingleWord && !n.Acronym)
        {
            sb.Append(' ').Append(PickAdjective().Form(n));
        }
        else if (m < 0.52 && (n.SingleWord || m < 0.30))
        {
            sb.Append(' ');
            var c = PickNoun();
            if (ReferenceEquals(c, n)) c = PickNoun();
            if (c.SingleWord && !c.Plural && Rng.Chance(0.5))
            {
                // A bare complement: "dépenses de fonctionnement", "taux d'épargne".
                sb.Append(c.Elides ? "d'" : "de ").Append(c.Text);
            }
            else
            {
                NounPhrase(sb, c, 1, false);
            }
        }
    }

    private void Location(StringBuilder sb)
    {
        if (_placeCount == 0 || Rng.Chance(0.15))
        {
            sb.Append(NationalLocations[Rng.Below(NationalLocations.Length)]);
            return;
        }
        // The first place (the document's subject) most often.
        var p = Rng.Chance(0.6) ? _places[0]! : _places[Rng.Below(_placeCount)]!;
        sb.Append(p.Loc);
    }

    private void PlaceName(StringBuilder sb)
    {
        if (_placeCount == 0) { sb.Append("la France"); return; }
        sb.Append(_places[Rng.Below(_placeCount)]!.Full);
    }

    // ---------- numbers, written the French way (decimal comma, grouped thousands) ----------

    public void Integer(StringBuilder sb, long value)
    {
        if (value < 0) { sb.Append('-'); value = -value; }
        if (value < 1000) { sb.Append(value); return; }
        Span<char> digits = stackalloc char[24];
        var n = 0;
        while (value > 0) { digits[n++] = (char)('0' + value % 10); value /= 10; }
        for (var i = n - 1; i >= 0; i--)
        {
            sb.Append(digits[i]);
            if (i > 0 && i % 3 == 0) sb.Append(Space);
        }
    }

    /// <summary>One decimal with a comma: 3,4 (tenths given as an integer).</summary>
    public void Tenths(StringBuilder sb, long tenths)
    {
        Integer(sb, tenths / 10);
        sb.Append(',').Append((char)('0' + (int)(tenths % 10)));
    }

    public void Percent(StringBuilder sb)
    {
        var v = Math.Exp(Rng.Normal() * 0.9 + 1.6);
        if (v > 95) v = 95;
        var tenths = Math.Max(1, (long)(v * 10));
        if (tenths >= 200 && Rng.Chance(0.5)) Integer(sb, tenths / 10); else Tenths(sb, tenths);
        sb.Append(Space == ' ' ? ' ' : '\u00A0').Append('%');
    }

    public void Amount(StringBuilder sb)
    {
        var exponent = 3.5 + Rng.NextDouble() * 6.8;
        var value = Math.Pow(10, exponent);
        if (value >= 1e9)
        {
            var tenths = (long)(value / 1e8);
            Tenths(sb, tenths);
            sb.Append(tenths < 20 ? " milliard d'euros" : " milliards d'euros");
        }
        else if (value >= 1e6)
        {
            var tenths = (long)(value / 1e5);
            if (Rng.Chance(0.3)) { Integer(sb, tenths / 10); sb.Append(" M€"); }
            else { Tenths(sb, tenths); sb.Append(tenths < 20 ? " million d'euros" : " millions d'euros"); }
        }
        else
        {
            Integer(sb, (long)value / 100 * 100);
            sb.Append(Rng.Chance(0.7) ? " euros" : " €");
        }
    }

    public void PerInhabitant(StringBuilder sb)
    {
        Integer(sb, (long)Math.Exp(Rng.NextDouble() * 4.5 + 2.5));
        sb.Append(Rng.Below(3) switch { 0 => " euros par habitant", 1 => " € par habitant", _ => " €/hab." });
    }

    public void Quantity(StringBuilder sb)
    {
        Integer(sb, 2 + (long)Math.Exp(Rng.NextDouble() * 10.5));
        var units = _sentenceTopic.Spec.Units;
        sb.Append(' ').Append(units[Rng.Below(units.Length)]);
    }
}
