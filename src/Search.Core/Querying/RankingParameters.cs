using System.Globalization;
using System.Reflection;
using Lucene.Net.Search.Similarities;
using Search.Core.Documents;
using Search.Core.Indexing;

namespace Search.Core.Querying;

/// <summary>
/// The ranking's parameters (numbers and switches), in one place: field weights, phrase boosts, year and territory preferences, BM25's
/// k1 and b, the passage width of <see cref="PassageCoverage"/> and the threshold of <see cref="LooseMatches"/>. The
/// defaults are production's (chosen on the three dev halves, docs/BENCHMARKS.md, "Seventh session"); the evaluation
/// varies them by name (<c>Indexer eval --set TitleWeight=5 --sweep BodyB=0.5,0.75,0.9</c>) to draw each one's curve.
/// A search reads them from <see cref="SearchLimits.Ranking"/>.
/// </summary>
public sealed record RankingParameters
{
    public static RankingParameters Default { get; } = new();

    /// <summary>Weight of a word in the stemmed title.</summary>
    public float TitleWeight { get; init; } = 4f;

    /// <summary>Weight of a word in the title as written (unstemmed, folded): adds to the stemmed match.</summary>
    public float TitleExactWeight { get; init; } = 2f;

    public float SummaryWeight { get; init; } = 1.5f;

    public float BodyWeight { get; init; } = 1f;

    /// <summary>Weight of a word in the text as written: adds to the stemmed match.</summary>
    public float BodyExactWeight { get; init; } = 0.5f;

    /// <summary>Weight of a word of the metadata (publisher, type, theme, publication year).</summary>
    public float MetaWeight { get; init; } = 1f;

    /// <summary>Weight of a word of the file name or the URL's last segment (<see cref="Schema.FileNameWords"/>); 0: not searched.
    /// 0.1: the four dev halves are flat from 0.05 to 0.1, and one unseen dev query loses 0.003 from 0.2 (docs/BENCHMARKS.md,
    /// "Ninth session").</summary>
    public float FileNameWeight { get; init; } = 0.1f;

    /// <summary>Weight of a word of the description (<see cref="DocumentDescription"/>: the document's type, kind of publication and
    /// publisher in the words readers use for them); 0: not searched. 0.1: the five dev halves gain three known items from 0.1
    /// to 0.5 and none falls only at 0.1 (one topical query falls from 0.25, a territory query from 1; docs/BENCHMARKS.md,
    /// "Seventeenth session (known17)").</summary>
    public float DescriptionWeight { get; init; } = 0.1f;

    /// <summary>Boost of the words as typed when a unit is expanded to synonyms (expansions rank below exact matches).</summary>
    public float AsTypedBoost { get; init; } = 1f;

    /// <summary>The query's words close together in the title (within <see cref="TitlePhraseSlop"/>).</summary>
    public float TitlePhraseBoost { get; init; } = 3f;

    public int TitlePhraseSlop { get; init; } = 2;

    /// <summary>The query's words as an exact phrase in the text.</summary>
    public float BodyPhraseBoost { get; init; } = 3f;

    /// <summary>The query's words near each other in the text (within <see cref="BodyNearSlop"/>).</summary>
    public float BodyNearBoost { get; init; } = 1f;

    public int BodyNearSlop { get; init; } = 6;

    /// <summary>Fixed score of a document published the year asked.</summary>
    public float PublicationYearScore { get; init; } = 5f;

    /// <summary>Fixed score of a document whose figures cover the year asked, one year away, two years away.</summary>
    public float CoveredYearScore { get; init; } = 6f;

    public float CoveredYearScore1 { get; init; } = 1.8f;

    public float CoveredYearScore2 { get; init; } = 0.6f;

    /// <summary>Boost of the year's words in the text.</summary>
    public float YearInTextBoost { get; init; } = 1f;

    /// <summary>Documents about a territory named in the query (or a descendant).</summary>
    public float TerritoryAboutBoost { get; init; } = 3f;

    /// <summary>Documents about a territory of the level a query names inside the territory it names, or about that territory
    /// ("comptes communes région Centre": a commune of Centre-Val de Loire). The about boost's value: 12, best on the four dev
    /// halves in the tenth session, lost 0.010 on the shared test half (docs/BENCHMARKS.md).</summary>
    public float TerritoryLevelBoost { get; init; } = 3f;

    /// <summary>Documents that only mention places within a territory named in the query.</summary>
    public float TerritoryMentionBoost { get; init; } = 1f;

    /// <summary>Factor of the score of a document that matches a query naming a territory without being about it, about a
    /// place inside it, or mentioning one (the place's name read as a word: "centre" in a report on a commune of Isère for
    /// "comptes communes région Centre"); 1 leaves it as it is. 0.5: the twelfth session, on the dev halves (0.25 lowers unseen
    /// dev; docs/BENCHMARKS.md).</summary>
    public float TerritoryOutsideFactor { get; init; } = 0.5f;

    /// <summary>1: a query naming a year puts first, within a series of documents titled alike apart from their numbers, those
    /// covering the year (<see cref="YearSeries"/>); 0: off.</summary>
    public int SeriesYearOrder { get; init; } = 1;

    /// <summary>BM25's term-frequency saturation, every field.</summary>
    public float Bm25K1 { get; init; } = 1.2f;

    /// <summary>BM25's length normalisation of the text fields (body, its exact twin, summary, metadata).</summary>
    public float Bm25B { get; init; } = 0.75f;

    /// <summary>BM25's length normalisation of the title fields.</summary>
    public float TitleBm25B { get; init; } = 0.75f;

    /// <summary>Width of a passage, in positions (<see cref="PassageCoverage"/>).</summary>
    public int PassageWidth { get; init; } = 300;

    /// <summary>A text of at most this many indexed words (stop words aside) is one passage, page breaks included, though a table
    /// row stays a passage of its own (<see cref="PassageCoverage"/>): a note or a fiche of a few pages answers with its words
    /// wherever they are in it. 0: every text needs a covering passage of <see cref="PassageWidth"/>. 1000: the five dev halves
    /// are flat from 1000 to 4000, where one shared dev query rises (docs/BENCHMARKS.md, "Fifteenth session").</summary>
    public int ShortTextLength { get; init; } = 1000;

    /// <summary>In a long text (more than <see cref="LongTextLength"/> indexed words), how many passages, none overlapping another, must
    /// hold the words a passage must show (<see cref="PassageCoverage"/>): a subject an annex or a list of tens of thousands of words
    /// names once (one subsidy among thousands) is a mention in passing, not a passage about the query. 1: one passage is
    /// enough in any text. 2 (docs/BENCHMARKS.md, "Eighteenth session (relev18)").</summary>
    public int LongTextPassages { get; init; } = 2;

    /// <summary>A text of more than this many indexed words is long (<see cref="LongTextPassages"/>). Read from the body's norm, whose one
    /// byte stores the lengths 41,944 to 65,536 alike: every value from 41,943 to 65,535 makes a text long above about 42,000 words.
    /// 50,000: at 10,000 chamber reports of 10,000–21,000 words that answer in one passage fall behind (a fresh and an xset dev
    /// half fall), at 20,000 one xset dev query falls; 50,000 moves no judged dev query and empties the dev no-answer query that the
    /// réserve parlementaire's lists answered (docs/BENCHMARKS.md, "Eighteenth session (relev18)").</summary>
    public int LongTextLength { get; init; } = 50000;

    /// <summary>On: the partial matches of a query no document fully answers (<see cref="RelaxedResults"/>) come by the number of the
    /// query's words they hold, then by score (among the <see cref="Rescorer.Window"/> best by score); off: by score alone.
    /// (<see cref="With"/> takes 1 or true, 0 or false.)</summary>
    public bool RelaxedByWords { get; init; } = true;

    /// <summary>On: the matching twin's disjunctions of terms (a word's fields) are <see cref="TermDisjunction"/>s, scored only for
    /// the documents the query keeps; off: Lucene's boolean scorer. The same documents and scores either way: a switch to measure
    /// what it costs (<c>Bench queries … --against-set TermDisjunctions=0</c>), not a ranking choice.</summary>
    public bool TermDisjunctions { get; init; } = true;

    /// <summary>On: a query with a word corrected by its plan is planned again from its corrected text (its places and the synonyms'
    /// expressions read as if it had been typed so); off: the corrected word alone replaces the typed one.</summary>
    public bool PlanCorrectedText { get; init; } = true;

    /// <summary>On: the eager retry of a query nothing matched corrects one word the index knows, the one whose correction is the
    /// most frequent for each of its documents; off: every known word with a much more frequent close word.</summary>
    public bool EagerOneWord { get; init; } = true;

    /// <summary>On: the eager retry also runs when the few documents holding every word hold them pages apart (no passage);
    /// off: only when no document holds them all.</summary>
    public bool EagerWhenScattered { get; init; } = true;

    /// <summary>On: the query's other words decide between a word's five likeliest corrections: the eager retry takes the one the
    /// most documents hold with them ("déptés" with "rattachement" and "parti": "députés", not the more frequent "dettes"), a
    /// first correction the likeliest unless no document holds it with them and another candidate is ("socil" with "bailleur"
    /// and "Agen": "social", not "socio"); off: the likeliest.</summary>
    public bool ContextCorrections { get; init; } = true;

    /// <summary>On: a place's name typed with a slip that the territories read ("Bagnères de Bigore", "département de l'Èsne") is
    /// searched as the gazetteer writes it, the query then planned from that text (and suggested); off: the typed words are searched
    /// (and corrected, or not, as any word), the place read from them.</summary>
    public bool RespellPlaces { get; init; } = true;

    /// <summary>On: a word of the French word list that the index lacks ("frelons asiatiques") is corrected only towards a
    /// candidate the query's other words meet (a slip that makes a word: "vile de Paris"), and never alone: it is spelt right, and
    /// the nearest indexed word is most often another word ("fre lons aquatiques"); off: towards the nearest indexed word, as a
    /// typo.</summary>
    public bool DictionaryWordsMeetContext { get; init; } = true;

    /// <summary>On: a query whose every complete match holds the words pages apart shows, after those, its best partial matches
    /// (each labelled with the words it lacks); off: those only. The page's partial matches only: no hit either way.</summary>
    public bool ScatteredWithPartial { get; init; } = true;

    /// <summary>On: a word's query is parsed once per search and reused by every later parse of the same word
    /// (<see cref="TermLookups.ParsedWords"/>); off: each parse analyses it again for every field. The same queries either way:
    /// a switch to measure what it saves (<c>Bench queries … --set ReuseParsedWords=0 --against-set ReuseParsedWords=1</c>), not
    /// a ranking choice.</summary>
    public bool ReuseParsedWords { get; init; } = true;

    /// <summary>On: how many documents a unit of the query matches is counted once per search (<see cref="TermLookups.MatchCount"/>)
    /// and read by every rule that asks (a thin answer's common words, twice, and the partial matches' share of the query's
    /// weight); off: each counts it again. The same counts either way: a switch to measure what it saves
    /// (<c>Bench queries … --set CountUnitsOnce=0 --against-set CountUnitsOnce=1</c>), not a ranking choice.</summary>
    public bool CountUnitsOnce { get; init; } = true;

    /// <summary>On: the units held by the page's loose hits (the words they lack) are found for the page at once, one scorer per
    /// unit and segment (<see cref="LooseMatches.UnitMatches.Held"/>); off: one scorer per unit and hit. The same words either
    /// way: a switch to measure what it saves, not a ranking choice.</summary>
    public bool BatchUnitMatches { get; init; } = true;

    /// <summary>On: a facet counting every value ranks them, when the search read one segment, from the counts by ordinal (the best
    /// by a heap, their labels only; <see cref="FacetCounter"/>); off: the counts added to a dictionary by value, then sorted. The same
    /// values and counts either way: a switch to measure what it saves (<c>Bench queries … --set FacetsByOrdinal=0 --against-set
    /// FacetsByOrdinal=1</c>), not a ranking choice.</summary>
    public bool FacetsByOrdinal { get; init; } = true;

    /// <summary>On: a <see cref="TermDisjunction"/>'s exact phrases (a synonym's words in each field) are matched in two phases, the
    /// documents holding their terms first, their positions read only where the disjunction needs them (a document no other clause
    /// of it matches, or one scored); off: Lucene's phrase scorer confirms every document holding the terms it passes. The same
    /// documents and scores either way: a switch to measure what it saves (<c>Bench queries … --against-set LazyPhrases=0</c>).</summary>
    public bool LazyPhrases { get; init; } = true;

    /// <summary>On: the first phase's window is kept by <see cref="WindowCollector"/> (one score per match compared in place, the
    /// date read only when it decides); off: by Lucene's <see cref="Lucene.Net.Search.TopFieldCollector"/> of the same sort. The same
    /// window, order and scores either way: a switch to measure what it saves (<c>Bench queries … --set OwnWindow=0 --against-set
    /// OwnWindow=1</c>), not a ranking choice.</summary>
    public bool OwnWindow { get; init; } = true;

    /// <summary>Fewer complete matches than this: the answer is widened (<see cref="LooseMatches"/>).</summary>
    public int LooseThinBelow { get; init; } = 10;

    /// <summary>How a loose match (lacking a word) weighs against the complete matches it may pass: its score is multiplied
    /// by this before the covered documents are merged (<see cref="LooseMatches.Order"/>). 0: every complete match first.
    /// 0.5: the middle of the flat best range (0.4–0.6) on the four dev halves (docs/BENCHMARKS.md, "Eighth session").</summary>
    public float LooseScoreFactor { get; init; } = 0.5f;

    /// <summary>When no passage answers a query, its units found in at least this share of the documents become optional
    /// and the rarer ones must be in the title or summary (<see cref="LooseMatches.WithoutCommonUnits"/>). 0: off. 0.25: the
    /// middle of the flat best range 0.2–0.3 on the four dev halves (docs/BENCHMARKS.md, "Tenth session").</summary>
    public float CommonUnitShare { get; init; } = 0.25f;

    /// <summary>When no document holds every word of a query, the common words (<see cref="CommonUnitShare"/>) an answer may
    /// lack, the rare ones held in one passage (<see cref="LooseMatches.WithoutAbsentCommonUnits"/>). 0: off.</summary>
    public int AbsentCommonUnits { get; init; } = 1;

    /// <summary>A query of at least this many required units that no document answers in one passage (none holds every unit, or
    /// those that do hold them pages apart) is answered by the documents holding all its units but one, one of them at least in
    /// their title or summary, when one of them has a passage holding the query's units (<see cref="LooseMatches.Loosen"/>,
    /// <see cref="PassageCoverage"/>), labelled with the word they lack. 0: off. 5: 3 and 4 give hits to no-answer queries of
    /// the dev halves and of <c>eval/absent-*</c>; 5 moves one zset dev query (0 → 0.91) and no no-answer query; 6 and more
    /// move nothing (docs/BENCHMARKS.md, "Sixteenth session (relev16)").</summary>
    public int LooseUncoveredUnits { get; init; } = 5;

    /// <summary>When fewer than <see cref="LooseThinBelow"/> documents answer a query (none, or a thin list one of which at least
    /// holds its words in a passage), the partial matches holding more than this share of the query's weight (the inverse
    /// document frequencies of the words they hold over those of all its words), those words in one passage or in their title
    /// or summary, join the answer after it, each labelled with the words it lacks (<see cref="LooseMatches.Answering"/>); to an
    /// empty answer only those about the query (<see cref="PartialAnswerTitleShare"/>). 0: off. 0.5, most of the weight, chosen
    /// before measuring (the best dev value is 0.3); appended to thin lists, they lower no dev query at 0.3–0.7 (docs/BENCHMARKS.md, "Seventeenth session").</summary>
    public float PartialAnswerShare { get; init; } = 0.5f;

    /// <summary>The share of the query's weight a partial match must hold in its title or summary (what it is about) to answer a
    /// query no document answers (<see cref="LooseMatches.Answering"/>). 0.75: at 0.5–0.7 a no-answer query of <c>eval/absent-*</c>
    /// gets a hit ("coût des élections municipales pour les communes": a note on the municipal elections, which lacks "coût");
    /// no dev query moves at 0.5–1 (docs/BENCHMARKS.md, "Seventeenth session").</summary>
    public float PartialAnswerTitleShare { get; init; } = 0.75f;

    /// <summary>Boost of a question's verb (<see cref="QueryPlan.Unit.IsPredicate"/>), a preference, not a requirement. 0.5: the best of
    /// the flat range 0–0.5 on the four dev halves (docs/BENCHMARKS.md, "Tenth session").</summary>
    public float PredicateBoost { get; init; } = 0.5f;

    /// <summary>Pseudo-relevance feedback (<see cref="RelevanceFeedback"/>): the words the first hits share reorder the documents the
    /// query matched, a document's feedback score (as a share of the window's best) adding at most this times the first hit's
    /// score to its own; the feedback documents keep their places. It adds no document. 0: off (main's search, byte for byte).
    /// 0.05: the leave-one-set-out vocabulary-gap queries rise from 0.7384 to 0.7527 (one query, shared dev's u13), flat to 0.3,
    /// and 0.05 moves the fewest other dev queries (docs/BENCHMARKS.md, "Twenty-fifth session (rel25)").</summary>
    public float FeedbackWeight { get; init; } = 0.05f;

    /// <summary>How many of the first hits give the feedback's words, and keep their places (<see cref="RelevanceFeedback"/>). 2: one
    /// loses the dev gain, 2 to 5 are flat.</summary>
    public int FeedbackDocs { get; init; } = 2;

    /// <summary>How many words the feedback keeps, the heaviest (<see cref="RelevanceFeedback"/>).</summary>
    public int FeedbackTerms { get; init; } = 10;

    /// <summary>Characters of a feedback document's first page read for its words, with its title and summary (0: those alone).</summary>
    public int FeedbackTextChars { get; init; } = 2000;

    /// <summary>On: the feedback runs only for a query one of whose expressions a synonym or glossary group widened (the reader's
    /// words crossing to the publishers'); off: for every query with enough hits.</summary>
    public bool FeedbackExpandedOnly { get; init; } = true;

    /// <summary>A feedback word held by more than this share of the documents is left out (0: none is).</summary>
    public float FeedbackMaxShare { get; init; } = 0.1f;

    /// <summary>When no document holds every word of a query (and no widening answered it), its rarest word may be searched also as
    /// the general thesaurus's alternatives that a passage holds with all the query's other words (<see cref="ThesaurusBridge"/>): at
    /// most this many tried, in the file's order. 0: off (main's search, byte for byte). 16: the dev halves are flat from 8 to 64
    /// (4 loses wset's w11), and fewer alternatives make a cheaper query (docs/BENCHMARKS.md, "Twenty-seventh session (thes27)").</summary>
    public int ThesaurusAlternatives { get; init; } = 16;

    /// <summary>A thesaurus alternative stands where the query's word stood: within this many positions of a word next to it in the
    /// query (<see cref="ThesaurusBridge"/>). 4: the middle of the flat dev range 2–8 (0–1 lose wset's w12, "différends entre les
    /// personnels"); without this gate, no-answer queries of <c>eval/absent</c> and <c>eval/noanswer-dev-shared</c> get hits
    /// (docs/BENCHMARKS.md, "Twenty-seventh session (thes27)").</summary>
    public int ThesaurusNearSlop { get; init; } = 4;

    /// <summary>A query naming a level ("… des communes") whose first this many hits include one of a publication made once per
    /// level ("Fiche de situation financière des communes", "… des départements", "… des régions") brings that publication's other
    /// levels right after it, labelled with the level word they lack (<see cref="LevelSiblings"/>). 0: off (main's search, byte
    /// for byte). 3 (docs/BENCHMARKS.md, "Twenty-ninth session (rel29)").</summary>
    public int LevelSiblingReach { get; init; } = 3;

    /// <summary>Weights of the fields a word is searched in.</summary>
    internal Dictionary<string, float> FieldWeights => _fieldWeights ??= WithFileName(new Dictionary<string, float>
    {
        [Schema.Title] = TitleWeight,
        [Schema.TitleExact] = TitleExactWeight,
        [Schema.Summary] = SummaryWeight,
        [Schema.Body] = BodyWeight,
        [Schema.BodyExact] = BodyExactWeight,
        [Schema.Meta] = MetaWeight,
    });

    /// <summary>The title and summary fields: what a document is about.</summary>
    internal Dictionary<string, float> TitleFieldWeights => _titleFieldWeights ??= FieldWeights.Where(kv => kv.Key is Schema.Title or Schema.TitleExact or Schema.Summary).ToDictionary();

    private Dictionary<string, float>? _titleFieldWeights;

    /// <summary>The file name's and the description's words are searched only with a positive weight (0 turns them off, to measure them).</summary>
    private Dictionary<string, float> WithFileName(Dictionary<string, float> weights)
    {
        if (FileNameWeight > 0) weights[Schema.FileName] = FileNameWeight;
        if (DescriptionWeight > 0) weights[Schema.Description] = DescriptionWeight;
        return weights;
    }

    /// <summary>The text fields without the metadata, file name and description words: a year's words in the text.</summary>
    internal Dictionary<string, float> TextFieldWeights => _textFieldWeights ??= FieldWeights.Where(kv => kv.Key is not (Schema.Meta or Schema.FileName or Schema.Description)).ToDictionary();

    /// <summary>
    /// BM25 with these parameters' k1 and b (one b for the title fields, another for the rest). The norms an index stores
    /// (a document's field length) do not depend on k1 or b, so they can change without rebuilding the index.
    /// </summary>
    public Similarity CreateSimilarity() => new PerField(new BM25Similarity(Bm25K1, Bm25B), new BM25Similarity(Bm25K1, TitleBm25B));

    /// <summary>The similarity these parameters ask for, or null when it is the index's own (<see cref="IndexSettings.Similarity"/>,
    /// production's parameters).</summary>
    internal Similarity? Similarity => Bm25K1 == Default.Bm25K1 && Bm25B == Default.Bm25B && TitleBm25B == Default.TitleBm25B
        ? null
        : _similarity ??= CreateSimilarity();

    private Dictionary<string, float>? _fieldWeights;
    private Dictionary<string, float>? _textFieldWeights;
    private Similarity? _similarity;

    /// <summary>The names that <see cref="With"/> accepts.</summary>
    public static IReadOnlyList<string> Names { get; } = Settable().Select(p => p.Name).ToList();

    /// <summary>
    /// A copy with the parameter <paramref name="name"/> (case-insensitive) set to <paramref name="value"/> (invariant culture).
    /// </summary>
    /// <exception cref="ArgumentException">Unknown name, or a value that is not a number of the parameter's type.</exception>
    public RankingParameters With(string name, string value)
    {
        var property = Settable().FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))
            ?? throw new ArgumentException($"Unknown ranking parameter '{name}'. Known: {string.Join(", ", Names)}.", nameof(name));
        object parsed;
        if (property.PropertyType == typeof(int) && int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) && i >= 0) parsed = i;
        else if (property.PropertyType == typeof(float) && float.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var f) && float.IsFinite(f) && f >= 0) parsed = f;
        else if (property.PropertyType == typeof(bool) && Switch(value) is { } on) parsed = on;
        else throw new ArgumentException($"'{value}' is not a valid value of {property.Name} ({Expected(property.PropertyType)}).", nameof(value));
        var copy = this with { };
        copy._fieldWeights = null;
        copy._textFieldWeights = null;
        copy._titleFieldWeights = null;
        copy._similarity = null;
        property.SetValue(copy, parsed);
        return copy;
    }

    /// <summary>A setting written <c>name=value</c> (the <c>--set</c> of <c>Indexer eval</c> and of the benches) split in two, trimmed.</summary>
    /// <exception cref="ArgumentException">No name before an equals sign.</exception>
    public static (string Name, string Value) Setting(string setting)
    {
        var equals = setting.IndexOf('=');
        if (equals <= 0) throw new ArgumentException($"'{setting}' is not name=value.");
        return (setting[..equals].Trim(), setting[(equals + 1)..].Trim());
    }

    /// <summary>A copy with each <c>name=value</c> setting applied in turn (<see cref="Setting"/>, <see cref="With"/>).</summary>
    /// <exception cref="ArgumentException">A setting that is not name=value, an unknown name or an invalid value.</exception>
    public RankingParameters WithSettings(IEnumerable<string> settings) =>
        settings.Select(Setting).Aggregate(this, (r, s) => r.With(s.Name, s.Value));

    /// <summary>A switch's value: 1 or true, 0 or false (a sweep writes it as the numbers it sweeps: <c>--sweep RelaxedByWords=0,1</c>).</summary>
    private static bool? Switch(string value) => value.Trim() switch
    {
        "1" => true,
        "0" => false,
        var word => bool.TryParse(word, out var on) ? on : null,
    };

    private static string Expected(Type type) =>
        type == typeof(int) ? "a non-negative integer" : type == typeof(bool) ? "1 or true, 0 or false" : "a non-negative number";

    /// <summary>Equal when every parameter is (the cached weights and similarity do not count).</summary>
    public bool Equals(RankingParameters? other) =>
        other is not null && (ReferenceEquals(this, other) || Settable().All(p => Equals(p.GetValue(this), p.GetValue(other))));

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var p in Settable()) hash.Add(p.GetValue(this));
        return hash.ToHashCode();
    }

    /// <summary>Each parameter that differs from the defaults, as name=value.</summary>
    public override string ToString() =>
        string.Join(" ", Settable().Where(p => !Equals(p.GetValue(this), p.GetValue(Default)))
            .Select(p => $"{p.Name}={Convert.ToString(p.GetValue(this), CultureInfo.InvariantCulture)}"));

    private static IEnumerable<PropertyInfo> Settable() => typeof(RankingParameters)
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.CanWrite && (p.PropertyType == typeof(float) || p.PropertyType == typeof(int) || p.PropertyType == typeof(bool)));

    /// <summary>One BM25 for the title fields, another for the rest.</summary>
    private sealed class PerField(Similarity other, Similarity title) : PerFieldSimilarityWrapper
    {
        public override Similarity Get(string name) => name is Schema.Title or Schema.TitleExact ? title : other;
    }
}
