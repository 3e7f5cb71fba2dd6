using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Lucene.Net.Util.Automaton;
using Search.Core.Analysis;
using Search.Core.Documents;

namespace Search.Core.Querying;

/// <summary>
/// How a plain query (words, no operators) is understood before parsing: each meaningful word or
/// synonym span becomes a unit that every hit must match; a year becomes a preference rather than
/// a requirement; a word the index does not know is corrected to its nearest indexed word.
/// </summary>
public sealed partial class QueryPlan
{
    /// <param name="Exact">The words as typed (a phrase for several), when the unit also matches other expressions (synonyms): documents with them rank first.</param>
    /// <param name="IsPredicate">The verb of a question (<see cref="Predicates"/>): it ranks the documents that hold it first, it
    /// does not select them.</param>
    public sealed record Unit(string Original, string Expression, bool IsYear = false, string? Correction = null, string? Exact = null,
        bool IsPredicate = false);

    public IReadOnlyList<Unit> Units { get; }

    /// <summary>The query as corrected ("fonctionement" -> "fonctionnement"), or null when nothing was corrected.</summary>
    public string? Suggestion { get; }

    private QueryPlan(IReadOnlyList<Unit> units, string? suggestion)
    {
        Units = units;
        Suggestion = suggestion;
    }

    /// <summary>Units that must match (the year and a question's verb are only preferences, unless they are all there is).</summary>
    public IReadOnlyList<Unit> Required => Units.Any(u => !u.IsYear && !u.IsPredicate) ? Units.Where(u => !u.IsYear && !u.IsPredicate).ToList()
        : Units.Any(u => !u.IsYear) ? Units.Where(u => !u.IsYear).ToList() : Units;

    /// <summary>The verbs of a question when other units are required: preferences (<see cref="Unit.IsPredicate"/>).</summary>
    public IReadOnlyList<Unit> Predicates => Units.Any(u => !u.IsYear && !u.IsPredicate) ? Units.Where(u => u.IsPredicate).ToList() : [];

    public IReadOnlyList<Unit> Years => Units.Any(u => !u.IsYear) ? Units.Where(u => u.IsYear).ToList() : [];

    /// <summary>Words left out by <see cref="SearchLimits.MaxWords"/> (not searched).</summary>
    public IReadOnlyList<string> IgnoredWords { get; private init; } = [];

    /// <summary>Expressions searched as typed because <see cref="SearchLimits.MaxExpansions"/> synonym groups were expanded already.</summary>
    public IReadOnlyList<string> Unexpanded { get; private init; } = [];

    /// <param name="eager">Also correct words the index knows but rarely, towards a much more frequent
    /// close word (for a second try when nothing matched: "ofice" -> "office").</param>
    /// <param name="limits">Caps on words and synonym expansions (corrections are capped by <paramref name="terms"/>).</param>
    public static QueryPlan Create(string cleanedQuery, TermLookups? terms, Synonyms synonyms, bool eager = false, SearchLimits? limits = null)
    {
        limits ??= SearchLimits.Default;
        var words = WithoutQuestionWords(cleanedQuery.Split(' ', StringSplitOptions.RemoveEmptyEntries), out var dropped, out var predicates);
        var corrected = false;
        if (terms is not null) words = Joined(words, terms, predicates, ref corrected);
        var wordTerms = words.Select(w => FrenchAnalyzers.Terms(FrenchAnalyzers.Stemmed, w)).ToArray();
        // The eager retry trades one word the index knows for a close word: the one whose correction is the most frequent
        // against it ("déptés", in one list of names, for "députés"), not every known word with a more frequent neighbour ("parti"
        // for "partie" beside it).
        var eagerAt = eager && terms is not null && limits.Ranking.EagerOneWord ? EagerWord(words, wordTerms, terms, limits.Ranking) : -1;
        var units = new List<Unit>();
        var suggestion = new List<string>();
        // The words corrected, as typed and as searched: a question's suggestion is its own text with them replaced.
        var replaced = new List<(string Typed, string Searched)>();
        var unexpanded = new List<string>();
        var expansions = 0;

        var i = 0;
        while (i < words.Length && units.Count < limits.MaxWords)
        {
            if (wordTerms[i].Count == 0)
            {
                suggestion.Add(words[i]);
                i++;
                continue;
            }
            if (YearWord().IsMatch(words[i]))
            {
                units.Add(new Unit(words[i], words[i], IsYear: true));
                suggestion.Add(words[i]);
                i++;
                continue;
            }
            var (end, group) = MatchSynonym(words, wordTerms, i, synonyms);
            if (group is not null && expansions == limits.MaxExpansions)
            {
                unexpanded.Add(string.Join(' ', words[i..end]));
                group = null;
            }
            if (group is not null)
            {
                expansions++;
                var original = string.Join(' ', words[i..end]);
                // The words anywhere, the exact phrase (scores more), and the other expressions of the group.
                var alternatives = new List<string> { $"({Escape(original)})" };
                if (end - i > 1) alternatives.Add($"\"{Escape(original)}\"");
                var typed = wordTerms[i..end].SelectMany(t => t).ToList();
                alternatives.AddRange(group.Where(e => !Synonyms.SameTerms(e.Terms, typed))
                    .Select(e => e.Terms.Count > 1 ? $"\"{Escape(e.Text)}\"" : Escape(e.Text)));
                units.Add(new Unit(original, "(" + string.Join(" | ", alternatives) + ")", Exact: end - i > 1 ? $"\"{Escape(original)}\"" : Escape(original)));
                suggestion.AddRange(words[i..end]);
                i = end;
                continue;
            }

            // A word read as a place's name is the territory's to answer: searched as typed.
            if (terms is not null && terms.PlaceWords.Count > 0 && terms.PlaceWords.Contains(QueryText.Fold(words[i])))
            {
                units.Add(new Unit(words[i], Escape(words[i]), IsPredicate: predicates.Contains(i)));
                suggestion.Add(words[i]);
                i++;
                continue;
            }
            // A verb of the first group conjugated as no document prints it ("paient", "quittent"): a word of the language, not a
            // typo ("paient" is not "patient"), searched also as its infinitive and participles the index holds ("payer", "payés").
            if (terms is not null && VerbForms(words[i], wordTerms[i], terms, negated: i > 0 && QueryText.Fold(words[i - 1]) == "ne") is { Count: > 0 } forms)
            {
                units.Add(new Unit(words[i], "(" + string.Join(" | ", forms.Prepend(words[i]).Select(Escape)) + ")", IsPredicate: predicates.Contains(i)));
                suggestion.Add(words[i]);
                i++;
                continue;
            }
            var eagerHere = eager && (eagerAt < 0 ? !limits.Ranking.EagerOneWord : i == eagerAt);
            var correction = terms?.Correction(words[i], eagerHere, () =>
            {
                var context = limits.Ranking.ContextCorrections ? Context(words, wordTerms, i) : null;
                return eagerHere ? CorrectElided(words[i], wordTerms[i], terms, eager: true, context) : CorrectParts(words[i], wordTerms[i], terms, context);
            });
            // Two words typed as one ("massesalariale", "communesdu"): the two words, when no close word exists, or when the
            // close word is two edits away, or one of the two is a stop word, and both words are at least as frequent as the
            // close word ("communes du" rather than "communes17", "rapport de" rather than "rapportée"; "départe met" never
            // rather than "département", "apprenti sage" never rather than "apprentissage", one edit away). Looked up only
            // for the words a correction was looked up for, within the same cap.
            if (terms is not null && !terms.Uncorrected.Contains(words[i])
                && terms.Split(words[i], () => SplitGlued(words[i], wordTerms[i], terms)) is { } split
                && (correction is null || ((RestrictedEditDistance(QueryText.Fold(words[i]), correction) >= 2
                        || split.Text.Split(' ').Any(part => FrenchAnalyzers.Terms(FrenchAnalyzers.Stemmed, part).Count == 0))
                    && split.Rarest >= ExactDocFreq(Unelided(correction), terms))))
            {
                var parts = split.Text.Split(' ');
                foreach (var part in parts)
                {
                    if (FrenchAnalyzers.Terms(FrenchAnalyzers.Stemmed, part).Count == 0 || units.Count >= limits.MaxWords) continue;
                    units.Add(new Unit(part, Escape(part), Correction: part));
                }
                suggestion.Add(split.Text);
                replaced.Add((words[i], split.Text));
                corrected = true;
                i++;
                continue;
            }
            units.Add(new Unit(words[i], Escape(correction ?? words[i]), Correction: correction, IsPredicate: predicates.Contains(i)));
            suggestion.Add(correction is null ? words[i] : TypedCase(words[i], correction));
            if (correction is not null) replaced.Add((words[i], TypedCase(words[i], correction)));
            corrected |= correction is not null;
            i++;
        }
        // Beyond the cap: the words that carry meaning are ignored (stop words and punctuation never counted).
        var ignored = words[i..].Where((_, k) => wordTerms[i + k].Count > 0).ToList();
        suggestion.AddRange(words[i..]);
        var suggested = corrected ? (dropped.Count > 0 ? QuestionSuggestion(cleanedQuery, replaced) : null) ?? string.Join(' ', suggestion) : null;
        return new QueryPlan(units, suggested)
        {
            QuestionWords = dropped,
            IgnoredWords = ignored,
            Unexpanded = unexpanded,
        };
    }

    /// <summary>A question's text with its corrected words replaced, its question words and mark kept ("quel est le budget des Rives
    /// de l'Elprn ?" -> "quel est le budget des Rives de l'Elorn ?"); null when a corrected word is not one of its words as typed
    /// (two words joined).</summary>
    private static string? QuestionSuggestion(string cleanedQuery, List<(string Typed, string Searched)> replaced)
    {
        var tokens = cleanedQuery.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var next = 0;
        for (var k = 0; k < tokens.Length && next < replaced.Count; k++)
        {
            var core = tokens[k].TrimEnd('?');
            if (!string.Equals(core, replaced[next].Typed, StringComparison.Ordinal)) continue;
            tokens[k] = replaced[next].Searched + tokens[k][core.Length..];
            next++;
        }
        return next == replaced.Count ? string.Join(' ', tokens) : null;
    }

    /// <summary>A correction (an indexed term: lower case) with the typed word's capital ("Auverge" -> "Auvergne", "d'Aggen" ->
    /// "d'Agen"): the corrected text is read again as typed (its places' names) and shown.</summary>
    private static string TypedCase(string typed, string correction)
    {
        var (t, c) = (AfterElision(typed), AfterElision(correction));
        if (t >= typed.Length || !char.IsUpper(typed[t]) || c >= correction.Length || !char.IsLower(correction[c])) return correction;
        return correction[..c] + char.ToUpperInvariant(correction[c]) + correction[(c + 1)..];
    }

    /// <summary>Where a word starts after its elided article ("d'Agen": 2), 0 without one.</summary>
    private static int AfterElision(string word)
    {
        var apostrophe = word.IndexOfAny(['\'', '’']);
        return apostrophe > 0 && Elisions.Contains(QueryText.Fold(word[..apostrophe])) ? apostrophe + 1 : 0;
    }

    /// <summary><see cref="Correct"/> for a word behind an elided article ("l'algoruthme", "d'Aggen"): the word after it
    /// corrected, the article kept as typed ("l'algorithme").</summary>
    private static string? CorrectElided(string word, IReadOnlyList<string> stems, TermLookups terms, bool eager, List<IReadOnlyList<string>>? context)
    {
        var at = AfterElision(word);
        if (at == 0 || at == word.Length) return Correct(word, stems, terms, eager, context);
        return Correct(word[at..], stems, terms, eager, context) is { } corrected ? word[..at] + corrected : null;
    }

    /// <summary>A word no field knows corrected (<see cref="CorrectElided"/>); a compound ("Castetse-en-Dorthe",
    /// "Overgne-Rhône-Alpes") part by part, the parts the index knows kept as typed.</summary>
    private static string? CorrectParts(string word, IReadOnlyList<string> stems, TermLookups terms, List<IReadOnlyList<string>>? context)
    {
        var parts = word.Split('-');
        if (parts.Length is < 2 or > MaxCompoundParts || parts.Any(p => p.Length == 0)) return CorrectElided(word, stems, terms, eager: false, context);
        var changed = false;
        for (var k = 0; k < parts.Length; k++)
        {
            if (CorrectElided(parts[k], FrenchAnalyzers.Terms(FrenchAnalyzers.Stemmed, parts[k]), terms, eager: false, null) is not { } corrected) continue;
            parts[k] = k == 0 ? corrected : TypedCase(parts[k], corrected);
            changed = true;
        }
        return changed ? string.Join('-', parts) : null;
    }

    /// <summary>The most parts of a compound corrected part by part.</summary>
    private const int MaxCompoundParts = 6;

    /// <summary>A word without its elided article ("l'algorithme" -> "algorithme"); the word itself when it has none.</summary>
    private static string Unelided(string word) => FoldedWord(word, elided: true) ?? word;

    /// <summary>The same plan with only <paramref name="required"/> among its required units (its years kept): what a passage
    /// of an answer must hold when the other units are optional (<see cref="LooseMatches.WithoutCommonUnits"/>).</summary>
    internal QueryPlan Keeping(IReadOnlyList<Unit> required) => WithUnits(Units.Where(u => u.IsYear || required.Contains(u)));

    /// <summary>The same plan with some units in place of others (<paramref name="replaced"/>: old unit -> new unit), in their places:
    /// a unit widened by the thesaurus (<see cref="ThesaurusBridge"/>).</summary>
    internal QueryPlan Replacing(IReadOnlyDictionary<Unit, Unit> replaced) => WithUnits(Units.Select(u => replaced.GetValueOrDefault(u, u)));

    /// <summary>This plan with other units: its suggestion, question words, ignored and unexpanded words kept.</summary>
    private QueryPlan WithUnits(IEnumerable<Unit> units) =>
        new([.. units], Suggestion)
        {
            QuestionWords = QuestionWords,
            IgnoredWords = IgnoredWords,
            Unexpanded = Unexpanded,
        };

    /// <summary>The words of a question that only frame it ("à quoi correspondent les IFER ?" dropped "quoi", "correspondent").</summary>
    public IReadOnlyList<string> QuestionWords { get; private init; } = [];

    private static readonly HashSet<string> Interrogatives = new(StringComparer.Ordinal)
    {
        "quoi", "quel", "quelle", "quels", "quelles", "comment", "pourquoi", "combien", "ou", "quand", "lequel", "laquelle",
        "lesquels", "lesquelles", "qu'est-ce", "est-ce",
    };

    private static readonly HashSet<string> FramingWords = new(StringComparer.Ordinal)
    {
        "correspond", "correspondent", "signifie", "signifient", "designe", "designent", "veut", "veulent", "dire", "definit", "definissent",
        // "comment sont faits les groupes de référence ?", "comment se fait le calcul ?": the verb faire only frames the question.
        "fait", "faits", "faite", "faites", "font",
    };

    /// <summary>Modal verbs: in a question, they and the verb they govern say what is asked of the subject, in words its
    /// documents need not use ("que doit contenir le débat d'orientation budgétaire ?").</summary>
    private static readonly HashSet<string> Modals = new(StringComparer.Ordinal)
    {
        "doit", "doivent", "devrait", "devraient", "peut", "peuvent", "pourrait", "pourraient", "faut", "faudrait", "doit-on", "peut-on",
        "faut-il", "doit-il", "doit-elle", "peut-il", "peut-elle",
    };

    private static readonly HashSet<string> Which = new(StringComparer.Ordinal) { "quel", "quelle", "quels", "quelles" };

    private static readonly HashSet<string> WhichLinks = new(StringComparer.Ordinal) { "est", "sont", "etait", "etaient", "le", "la", "les", "l'" };

    /// <summary>Whether word <paramref name="i"/> is the noun a "quel" asks for: "quel(le)(s) [est|sont] [le|la|les] X".</summary>
    private static bool AskedFor(string[] keys, int i)
    {
        var k = i - 1;
        while (k >= 0 && i - k <= 3 && WhichLinks.Contains(keys[k])) k--;
        return k >= 0 && Which.Contains(keys[k]) && !keys[i].StartsWith("l'", StringComparison.Ordinal);
    }

    /// <summary>Forms of être and avoir that put a participle after an interrogative ("comment sont calculées …").</summary>
    private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal)
    {
        "est", "sont", "a", "ont", "etait", "etaient", "sera", "seront", "ete", "est-il", "est-elle", "sont-ils", "sont-elles",
        "a-t-il", "a-t-elle", "ont-ils", "ont-elles",
    };

    /// <summary>The interrogatives that ask how, why, when, where or how much of a verb (not "quel", which asks for a noun).</summary>
    private static readonly HashSet<string> VerbInterrogatives = new(StringComparer.Ordinal) { "comment", "pourquoi", "quand", "ou", "combien" };

    /// <summary>Words that open a noun phrase: what follows an auxiliary or "pour" is then no verb.</summary>
    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal)
    {
        "le", "la", "les", "l'", "un", "une", "des", "du", "de", "d'", "ce", "cet", "cette", "ces", "son", "sa", "ses", "leur", "leurs",
    };

    /// <summary>Whether word <paramref name="i"/> is the participle of "comment|pourquoi|quand|où|combien [est|sont|a|ont] [été] X",
    /// or follows an inverted auxiliary ("comment la dotation est-elle calculée ?"): the documents that answer say how the thing
    /// is done in their own verbs ("comment sont calculées les moyennes de strate ?").</summary>
    private static bool AfterAuxiliary(string[] keys, int i)
    {
        var k = i - 1;
        if (k < 0 || !Auxiliaries.Contains(keys[k]) || Determiners.Contains(keys[i]) || Auxiliaries.Contains(keys[i])) return false;
        if (keys[k].Contains('-')) return true;
        while (k >= 0 && Auxiliaries.Contains(keys[k])) k--;
        return k >= 0 && VerbInterrogatives.Contains(keys[k]);
    }

    /// <summary>Whether word <paramref name="i"/> is the infinitive of a purpose, "pour X" ("… pour comparer les communes ?",
    /// "quelles conditions pour obtenir le label ?"): what the asker wants to do, in words the documents need not use.</summary>
    private static bool Purpose(string[] keys, int i) =>
        i > 0 && keys[i - 1] == "pour" && keys[i].Length >= 5 && !Determiners.Contains(keys[i])
        && (keys[i].EndsWith("er", StringComparison.Ordinal) || keys[i].EndsWith("ir", StringComparison.Ordinal) || keys[i].EndsWith("re", StringComparison.Ordinal));

    private static readonly HashSet<string> Negations = new(StringComparer.Ordinal) { "ne", "n'", "pas", "plus", "jamais" };

    /// <summary>
    /// A question (ending with "?" or starting with an interrogative) keeps the words it asks about: interrogatives and
    /// framing verbs ("à quoi correspondent", "que signifie", "qu'est-ce que") are dropped, unless nothing would be left.
    /// Its predicate — a modal verb and the verb it governs, a reflexive verb ("comment se partagent les compétences") —
    /// is kept as a preference (<paramref name="predicates"/>: indices in the words returned), not a requirement.
    /// </summary>
    private static string[] WithoutQuestionWords(string[] words, out IReadOnlyList<string> dropped, out HashSet<int> predicates)
    {
        dropped = [];
        predicates = [];
        if (words.Length < 2) return words;
        var keys = words.Select(w => QueryText.Fold(w.Trim('?', '!', '.', ',', ';', ':').Replace('’', '\''))).ToArray();
        var question = words[^1].EndsWith('?') || keys.Take(2).Any(Interrogatives.Contains);
        if (!question) return words;
        var keep = new List<string>();
        var keptPredicates = new HashSet<int>();
        var drop = new List<string>();
        var governed = false;
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i].TrimEnd('?');
            if (Interrogatives.Contains(keys[i]) || FramingWords.Contains(keys[i]))
            {
                drop.Add(word);
                continue;
            }
            if (word.Length == 0) continue;
            // A modal, the verb after it (past a negation), a verb after "se" or written "s'…"; the noun that "quel" asks for
            // ("quel est le montant de la DGF ?": the documents give the amount without naming it).
            var predicate = Modals.Contains(keys[i]) || governed || (i > 0 && keys[i - 1] == "se") || keys[i].StartsWith("s'", StringComparison.Ordinal)
                || AskedFor(keys, i) || AfterAuxiliary(keys, i) || Purpose(keys, i);
            if (predicate) keptPredicates.Add(keep.Count);
            governed = Modals.Contains(keys[i]) || (governed && Negations.Contains(keys[i]));
            keep.Add(word);
        }
        if (!keep.Any(w => FrenchAnalyzers.Terms(FrenchAnalyzers.Stemmed, w).Count > 0)) return words;
        // Something must be left to require.
        if (keep.Where((w, k) => !keptPredicates.Contains(k)).Any(w => FrenchAnalyzers.Terms(FrenchAnalyzers.Stemmed, w).Count > 0 && !YearWord().IsMatch(w)))
            predicates = keptPredicates;
        if (drop.Count == 0) return predicates.Count == 0 ? words : [.. keep];
        dropped = drop;
        return keep.ToArray();
    }

    /// <summary>
    /// The longest synonym expression that starts at word <paramref name="start"/> and ends on a word boundary, with the
    /// expressions of every group it belongs to (an expression may be one notion's and another's: "finances" is the noun of
    /// "financier" and the generic word of "comptes"), each once.
    /// </summary>
    private static (int End, IReadOnlyList<Synonyms.Expression>? Group) MatchSynonym(string[] words, IReadOnlyList<string>[] terms, int start, Synonyms synonyms)
    {
        var bestEnd = start;
        List<Synonyms.Expression>? best = null;
        var bestLength = 0;
        var sequence = new List<string>();
        for (var end = start + 1; end <= words.Length && sequence.Count <= synonyms.MaxTerms; end++)
        {
            sequence.AddRange(terms[end - 1]);
            if (terms[end - 1].Count == 0) continue;
            foreach (var number in synonyms.GroupsNaming(sequence))
            {
                var group = synonyms.Groups[number];
                if (sequence.Count > bestLength)
                {
                    (bestEnd, best, bestLength) = (end, [.. group], sequence.Count);
                }
                else if (end == bestEnd && best is not null)
                {
                    foreach (var e in group)
                        if (!best.Any(b => Synonyms.SameTerms(b.Terms, e.Terms))) best.Add(e);
                }
            }
        }
        return (bestEnd, best);
    }

    /// <summary>The index of the known word an eager retry corrects: of the words the index holds (not a year, not a place's
    /// name), the one whose eager correction is in the most documents for each of its own; -1 when none has one.</summary>
    private static int EagerWord(string[] words, IReadOnlyList<string>[] wordTerms, TermLookups terms, RankingParameters ranking)
    {
        var (best, bestGain) = (-1, 0d);
        for (var i = 0; i < words.Length; i++)
        {
            if (wordTerms[i].Count == 0 || YearWord().IsMatch(words[i])) continue;
            if (terms.PlaceWords.Contains(QueryText.Fold(words[i])) || FoldedWord(words[i], elided: true) is not { } folded) continue;
            // A word of the language the index holds is what was meant ("participatif", which no document holds with "budget", is
            // not "participation").
            if (Known(folded, wordTerms[i], terms) == 0 || (terms.Lexicon ?? FrenchLexicon.Folded).Contains(folded)) continue;
            var known = Math.Max(1, ExactDocFreq(folded, terms));
            var word = words[i];
            var stems = wordTerms[i];
            var context = ranking.ContextCorrections ? Context(words, wordTerms, i) : null;
            if (terms.Correction(word, true, () => CorrectElided(word, stems, terms, eager: true, context)) is not { } correction) continue;
            var gain = (double)ExactDocFreq(Unelided(correction), terms) / known;
            if (gain > bestGain) (best, bestGain) = (i, gain);
        }
        return best;
    }

    /// <summary>How many documents hold the word in the field that holds it most (0: a word no field knows).</summary>
    private static int Known(string folded, IReadOnlyList<string> stems, TermLookups terms)
    {
        var known = 0;
        foreach (var field in new[] { Schema.Title, Schema.Body, Schema.Summary, Schema.Meta })
        {
            if (stems.Count > 0 && stems.All(s => terms.DocFreq(new Term(field, s)) > 0)) known = Math.Max(known, stems.Min(s => terms.DocFreq(new Term(field, s))));
        }
        return Math.Max(known, ExactDocFreq(folded, terms));
    }

    /// <summary>How many documents hold <paramref name="folded"/> as written (folded) in the text or the title: the larger
    /// document frequency of the two exact fields.</summary>
    private static int ExactDocFreq(string folded, TermLookups terms) =>
        Math.Max(terms.DocFreq(new Term(Schema.BodyExact, folded)), terms.DocFreq(new Term(Schema.TitleExact, folded)));

    /// <summary>
    /// The folded letters of a word without the punctuation around it (and, when <paramref name="elided"/>, without an
    /// elided article in front: "l'éduc" is "educ"), or null when it holds other characters.
    /// </summary>
    private static string? FoldedWord(string word, bool elided = false)
    {
        var folded = QueryText.Fold(word.Trim('\'', '"', '.', ',', ';', ':', '!', '?').Replace('’', '\''));
        if (elided) folded = folded[AfterElision(folded)..];
        return folded.Length > 0 && folded.All(char.IsLetter) ? folded : null;
    }

    /// <summary>The words French elides before a vowel ("l'", "d'", "qu'"…), folded.</summary>
    private static readonly HashSet<string> Elisions = new(StringComparer.Ordinal)
    {
        "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu",
    };

    /// <summary>
    /// How many times more frequent than the rarer of two known words their joined form must be for the two to be read as
    /// one word cut by a stray space: the indexes hold fragments of words cut at the end of a PDF line ("politi", "entions").
    /// </summary>
    private const int JoinedRatio = 4;

    /// <summary>
    /// A word split in two by a stray space ("départe ment", "politi que", "l'éduc ation"): the two are searched as one word
    /// when that word is indexed and one of them (a stop word aside) is a word no field knows, or when the joined word is
    /// in <see cref="JoinedRatio"/> times as many documents as the rarer of them. Words are joined left to right, pairs
    /// only; a question's predicate indices follow the words.
    /// </summary>
    private static string[] Joined(string[] words, TermLookups terms, HashSet<int> predicates, ref bool joined)
    {
        if (words.Length < 2) return words;
        List<string>? result = null;
        var shifted = new HashSet<int>();
        for (var i = 0; i < words.Length; i++)
        {
            var index = result?.Count ?? i;
            if (i + 1 < words.Length && FoldedWord(words[i], elided: true) is { } left && FoldedWord(words[i + 1]) is { } right
                && left.Length + right.Length >= 5 && JoinsAsOne(words[i], left, words[i + 1], right, terms))
            {
                result ??= [.. words[..i]];
                result.Add(words[i] + words[i + 1]);
                if (predicates.Contains(i) || predicates.Contains(i + 1)) shifted.Add(index);
                joined = true;
                i++;
                continue;
            }
            result?.Add(words[i]);
            if (predicates.Contains(i)) shifted.Add(index);
        }
        if (result is null) return words;
        predicates.Clear();
        predicates.UnionWith(shifted);
        return [.. result];
    }

    private static bool JoinsAsOne(string leftWord, string left, string rightWord, string right, TermLookups terms)
    {
        var leftTerms = FrenchAnalyzers.Terms(FrenchAnalyzers.Stemmed, leftWord);
        var rightTerms = FrenchAnalyzers.Terms(FrenchAnalyzers.Stemmed, rightWord);
        if (leftTerms.Count == 0 && rightTerms.Count == 0) return false;
        var leftKnown = leftTerms.Count > 0 ? Known(left, leftTerms, terms) : int.MaxValue;
        var rightKnown = rightTerms.Count > 0 ? Known(right, rightTerms, terms) : int.MaxValue;
        // Next to a stop word ("politi que", "la viole"), the joined word must be common enough not to be a stray token of
        // some text ("laviole").
        var atLeast = leftTerms.Count == 0 || rightTerms.Count == 0 ? 3 : 1;
        // Both known: the joined word must be far more frequent than the rarer ("mobili tés", "subv entions"; never "porte
        // monnaie"), which no word can be when the rarer is in more than a fourth of the documents.
        var rarer = Math.Min(leftKnown, rightKnown);
        if (rarer > 0)
        {
            if ((long)rarer * JoinedRatio > terms.Reader.NumDocs) return false;
            atLeast = Math.Max(atLeast, rarer * JoinedRatio);
        }
        return Known(left + right, FrenchAnalyzers.Terms(FrenchAnalyzers.Stemmed, leftWord + rightWord), terms) >= atLeast;
    }

    /// <summary>
    /// Two words typed without the space between them ("massesalariale", "communesdu", "villed'Orléans"), for a word no
    /// field knows and the French word list lacks: the split whose parts are indexed words or stop words (one at least a word
    /// of three letters or more), the rarer part as frequent as possible; null when none.
    /// </summary>
    private static (string Text, int Rarest)? SplitGlued(string word, IReadOnlyList<string> stems, TermLookups terms)
    {
        var core = word.Trim('\'', '"', '.', ',', ';', ':', '!', '?');
        if (core.Length < 5 || core.Any(c => !char.IsLetter(c) && c is not ('\'' or '’' or '-'))) return null;
        if (Known(QueryText.Fold(core), stems, terms) > 0) return null;
        // A word of the language is spelt right, only absent from the index: "frelons" is no "fre lons".
        if ((terms.Lexicon ?? FrenchLexicon.Folded).Contains(QueryText.Fold(core.ToLowerInvariant()))) return null;
        (string Text, int Rarest)? best = null;
        for (var k = 2; k <= core.Length - 2; k++)
        {
            var (left, right) = (core[..k], core[k..]);
            if (!char.IsLetter(left[^1]) && left[^1] is not ('\'' or '’')) continue;
            if (!char.IsLetter(right[0])) continue;
            // A capital after a small letter starts a word ("régionBasse-Normandie", "départementLimousin"): the part it starts
            // may be a name the index lacks, and a compound's parts are weighed one by one.
            var capital = char.IsLower(left[^1]) && char.IsUpper(right[0]);
            var rarest = int.MaxValue;
            var words = 0;
            foreach (var part in new[] { left, right })
            {
                var partTerms = FrenchAnalyzers.Terms(FrenchAnalyzers.Stemmed, part);
                if (partTerms.Count == 0) continue;
                var letters = QueryText.Fold(part.Replace('’', '\''));
                var apostrophe = letters.IndexOf('\'');
                if (apostrophe >= 0)
                {
                    // "ville d'Orléans", never "vil led'Orléans"; the article may follow a hyphen ("Côtes-d'Armor").
                    var article = letters[..apostrophe];
                    if (!Elisions.Contains(article[(article.LastIndexOf('-') + 1)..])) { rarest = 0; break; }
                    letters = letters[(apostrophe + 1)..];
                }
                var pieces = capital ? letters.Split('-') : [letters];
                if (letters.Length < 3 || pieces.Any(p => p.Length == 0 || !p.All(char.IsLetter))) { rarest = 0; break; }
                var known = pieces.Min(p => Known(p, FrenchAnalyzers.Terms(FrenchAnalyzers.Stemmed, p), terms));
                if (known == 0 && capital && ReferenceEquals(part, right)) continue;
                rarest = Math.Min(rarest, known);
                words++;
            }
            if (words == 0 || rarest == 0) continue;
            if (best is null || rarest > best.Value.Rarest) best = ($"{left} {right}", rarest);
        }
        return best;
    }

    /// <summary>
    /// The forms a document may print of a verb of the first group that a query conjugates in the third person plural of the
    /// present ("paient", "quittent", "financent": the public's "les locataires qui ne paient pas") when no document holds that
    /// form: its infinitive ("payer", "quitter") and past participles ("payé", "payés", "payée", "payées": a report writes "loyers
    /// impayés", "payer son loyer"), those of them that the index holds. Only for a word of the French word list
    /// (<see cref="TermLookups.Lexicon"/>) that ends in "-ent" and whose infinitive in "-er" is in the list too; the verbs in
    /// "-ayer", "-oyer" and "-uyer" write "i" before a mute "e" ("paient", "emploient") and "y" in the infinitive. Otherwise
    /// such a word, absent from the index, was corrected to the nearest indexed word ("paient" to "patient"). Empty when the
    /// word is no such verb form, the index holds it, or holds none of its other forms. A verb denied ("qui ne paient pas",
    /// "n'acquittent pas": <paramref name="negated"/>, or elided in the word) is searched also as its privative participles
    /// ("impayés", "inoccupés"), which a report writes for what the public says with a negation. The minimal stemmer
    /// (<see cref="FrenchAnalyzers"/>) conjugates nothing; this reads the one verb form a query names.
    /// </summary>
    public static IReadOnlyList<string> VerbForms(string word, IReadOnlyList<string> stems, TermLookups terms, bool negated = false)
    {
        var folded = QueryText.Fold(word);
        if (folded.StartsWith("n'", StringComparison.Ordinal))
        {
            folded = folded[2..];
            negated = true;
        }
        if (folded.Length < 6 || !folded.EndsWith("ent", StringComparison.Ordinal) || !folded.All(char.IsLetter)) return [];
        if (Known(folded, stems, terms) > 0) return [];
        var lexicon = terms.Lexicon ?? FrenchLexicon.Folded;
        if (!lexicon.Contains(folded)) return [];
        var stem = folded[..^3];
        if (stem.Length >= 3 && stem[^1] == 'i' && stem[^2] is 'a' or 'o' or 'u') stem = stem[..^1] + "y";
        var infinitive = stem + "er";
        if (!lexicon.Contains(infinitive)) return [];
        string[] participles = [stem + "e", stem + "es", stem + "ee", stem + "ees"];
        var forms = new List<string>();
        foreach (var form in (string[])[infinitive, .. participles, stem + "ent", .. negated ? participles.SelectMany(p => (string[])["im" + p, "in" + p]) : []])
            if (form != folded && lexicon.Contains(form)
                && ExactDocFreq(form, terms) > 0)
                forms.Add(form);
        return forms;
    }

    /// <summary>The stems of the query's other words than the <paramref name="at"/>th that a document must hold (not its stop
    /// words, which have none, nor its years, which are preferences).</summary>
    private static List<IReadOnlyList<string>> Context(string[] words, IReadOnlyList<string>[] wordTerms, int at) =>
        wordTerms.Where((t, k) => k != at && t.Count > 0 && !YearWord().IsMatch(words[k])).ToList();

    /// <summary>The fewest letters of a word <see cref="Correct"/> corrects (below five, only towards a word the query's other
    /// words meet).</summary>
    private const int ShortWord = 4;

    /// <summary>How many of a word's likeliest corrections are weighed by the documents holding them with the query's other words.</summary>
    private const int ContextCandidates = 5;

    /// <summary>
    /// The likeliest indexed word for a word that no field knows, or null when the word is known or no
    /// close word exists. Candidates: the words one edit away for words of 4-7 letters, two from 8 (first letter kept), and,
    /// for a word no field holds, the same for the word begun by another spelling of its first sound
    /// (<see cref="SameSoundStarts"/>) and the words of the same phonetic key; the likeliest is the one whose slips are the likeliest
    /// (<see cref="Spelling.TypingCost"/>: a neighbouring key or a doubled letter costs less than another slip) for how
    /// common it is (its document frequency). A word of the French word list (<see cref="TermLookups.Lexicon"/>) is spelt
    /// correctly, only absent from the index: it gets no homophone, and the nearest candidate in edits (the most frequent
    /// on ties), as before the noisy channel, so that a real word the corpus lacks is not read as another word by its sound.
    /// For the eager retry (<paramref name="eager"/>) a known word is weighed by the documents printing it. With
    /// <paramref name="context"/> (the stems of the query's other required words) the five likeliest candidates are weighed by
    /// the documents holding them with those words; a word of four letters is corrected only then, towards a candidate they meet.
    /// </summary>
    private static string? Correct(string word, IReadOnlyList<string> stems, TermLookups terms, bool eager, List<IReadOnlyList<string>>? context = null)
    {
        var folded = QueryText.Fold(word.Trim('\'', '"', '.', ',', ';', ':', '!', '?'));
        if (folded.Length < ShortWord || !folded.All(char.IsLetter)) return null;
        // A word of four letters is corrected only towards a word the query's other words meet ("Snat P122": "senat"; "mase
        // salariale": "masse"), and not when typed in capitals (an acronym).
        var short4 = folded.Length < 5;
        if (short4 && (context is not { Count: > 0 } || word.All(c => !char.IsLetter(c) || char.IsUpper(c)))) return null;
        var known = Known(folded, stems, terms);
        if (known > 0 && !eager) return null;
        // The eager retry weighs a word by the documents that print it: its stem may be another word's ("déptés" reads "dept").
        if (eager) known = ExactDocFreq(folded, terms);
        if (!terms.MayCorrect(word)) return null;
        // A correction must be in at least three times as many documents as the word: none can be for a word in more
        // than a third of them (the eager retry asks about every word of a query that found nothing).
        if (known > terms.Reader.MaxDoc / 3) return null;

        // Loaded on the first correction that gets this far (a few MB, FoldedWords).
        var dictionaryWord = (terms.Lexicon ?? FrenchLexicon.Folded).Contains(folded);
        (string Term, float Score, int DocFreq)? best = null;
        var scored = new List<(string Term, float Score)>();
        foreach (var (field, term, similarity) in EditCandidates(terms, folded))
        {
            var docFreq = terms.DocFreq(new Term(field, term));
            if (term == folded || docFreq < Math.Max(1, known * 3)) continue;
            if (dictionaryWord) Nearest(term, similarity, docFreq);
            else Likeliest(term, Spelling.TypingCost(folded, term), docFreq);
        }
        // A first letter struck for another of the same sound ("kadre", "sentre", "ôpital"): the edit candidates of the word
        // begun as it may be spelt, each a homophone's cost more (the fuzzy candidates keep the first letter typed, and the
        // phonetic keys of short words are left unread below).
        if (known == 0 && !dictionaryWord)
        {
            foreach (var respelt in SameSoundStarts(folded))
                foreach (var (field, term, _) in EditCandidates(terms, respelt))
                {
                    var docFreq = terms.DocFreq(new Term(field, term));
                    if (term == folded || term[0] == folded[0] || docFreq < 1) continue;
                    Likeliest(term, HomophoneCost + Spelling.TypingCost(respelt, term), docFreq);
                }
        }
        // A word no field holds may be spelt as it sounds, beyond the edits allowed or in its first letter ("ospitalier",
        // "kommune"): the index's words of the same phonetic key are candidates too.
        if (known == 0 && !dictionaryWord && Spelling.PhoneticKey(folded) is { Length: >= MinimumHomophoneKey } key)
        {
            foreach (var (term, docFreq) in terms.Homophones(key))
                if (term != folded)
                {
                    // Among the spellings of one sound, the one closest to the letters typed ("intercommunalites" for
                    // "interkommunalités", not "intercommunalite").
                    var typing = Spelling.TypingCost(folded, term);
                    Likeliest(term, Math.Min(typing, HomophoneCost + typing / 10), docFreq);
                }
        }
        // The query's other words decide between the likeliest candidates: for the eager retry (its query answered nothing), the
        // one the most documents hold with them ("rattachement des déptés à un parti": "députés", not the more frequent "dettes");
        // otherwise the likeliest, unless no document holds it with them and another candidate is ("bailleur socil d'Agen":
        // "social", not "socio"). The likeliest when none meets them.
        // A word of the word list is spelt right: corrected only towards a word the other words meet, as a word of four letters.
        var needsContext = short4 || (dictionaryWord && terms.DictionaryWordsMeetContext);
        if (context is { Count: > 0 } && (scored.Count > 1 || (needsContext && scored.Count > 0)))
        {
            var searcher = new IndexSearcher(terms.Reader);
            // The other words the index knows (looked up once for every candidate): another word the index lacks (a typo itself,
            // "budegt de la viole d'Orléans") does not veto every candidate; none known, none is met.
            var met = context.Where(other => other.Any(stem => terms.DocFreq(new Term(Schema.Body, stem)) > 0 || terms.DocFreq(new Term(Schema.Title, stem)) > 0)).ToList();
            var counted = new Dictionary<string, int>(StringComparer.Ordinal);
            int Count(string term) => counted.TryGetValue(term, out var n) ? n : counted[term] = met.Count == 0 ? 0 : Together(searcher, term, met);
            if (!eager && best is { } likeliest && Count(likeliest.Term) > 0) return likeliest.Term;
            var chosen = scored.OrderByDescending(c => c.Score).ThenBy(c => c.Term, StringComparer.Ordinal).Take(ContextCandidates)
                .Select(c => (c.Term, Together: Count(c.Term))).OrderByDescending(c => c.Together).First();
            if (chosen.Together > 0) return chosen.Term;
        }
        return needsContext ? null : best?.Term;

        // The likeliest intended word (a noisy channel): how likely the slips are (Spelling.TypingCost, one plain edit weighing
        // as a factor of e^SlipWeight, about 55, in frequency) times how common the word is (its document frequency).
        void Likeliest(string term, float cost, int docFreq)
        {
            if (cost >= Math.Min(term.Length, folded.Length)) return;
            var likelihood = MathF.Log(docFreq) - SlipWeight * cost;
            if (context is not null) scored.Add((term, likelihood));
            if (best is null || likelihood > best.Value.Score
                || (Math.Abs(likelihood - best.Value.Score) < 1e-6 && string.CompareOrdinal(term, best.Value.Term) < 0))
                best = (term, likelihood, docFreq);
        }

        // The nearest word (for a dictionary word): the fewest edits for the length (the similarity), the most frequent on ties.
        void Nearest(string term, float similarity, int docFreq)
        {
            if (context is not null) scored.Add((term, similarity + docFreq * 1e-6f));
            if (best is null || similarity > best.Value.Score
                || (Math.Abs(similarity - best.Value.Score) < 1e-6 && docFreq > best.Value.DocFreq))
                best = (term, similarity, docFreq);
        }
    }

    /// <summary>
    /// The indexed words within one edit of <paramref name="word"/> (two from 8 letters), first letter kept, in the text and in
    /// the title (<see cref="FuzzyCandidates"/>), each with its field and its similarity. They depend on the word and the index
    /// only: kept for the search and the index reader (<see cref="TermLookups.FuzzyCandidates"/>), so the eager retry reuses
    /// them; the automaton (the costly part) is built once for both fields, and only when one field's are not kept yet.
    /// </summary>
    private static IEnumerable<(string Field, string Term, float Similarity)> EditCandidates(TermLookups terms, string word)
    {
        var maxEdits = word.Length >= 8 ? 2 : 1;
        CompiledAutomaton? automaton = null;
        foreach (var field in new[] { Schema.BodyExact, Schema.TitleExact })
        {
            var candidates = terms.FuzzyCandidates(field, word, maxEdits,
                () => FuzzyCandidates(terms.Reader, field, word, maxEdits, automaton ??= FuzzyAutomaton(word, maxEdits, LargestCharacter(terms.Reader, Schema.BodyExact, Schema.TitleExact))));
            foreach (var (term, similarity) in candidates) yield return (field, term, similarity);
        }
    }

    /// <summary>How many documents hold <paramref name="candidate"/> (as written, in the text or the title) with every other word
    /// of <paramref name="context"/> (one of its stems, in the text or the title).</summary>
    private static int Together(IndexSearcher searcher, string candidate, List<IReadOnlyList<string>> context)
    {
        var query = new BooleanQuery
        {
            { new BooleanQuery { { new TermQuery(new Term(Schema.BodyExact, candidate)), Occur.SHOULD }, { new TermQuery(new Term(Schema.TitleExact, candidate)), Occur.SHOULD } }, Occur.MUST },
        };
        foreach (var other in context)
        {
            var any = new BooleanQuery();
            foreach (var stem in other)
            {
                any.Add(new TermQuery(new Term(Schema.Body, stem)), Occur.SHOULD);
                any.Add(new TermQuery(new Term(Schema.Title, stem)), Occur.SHOULD);
            }
            query.Add(any, Occur.MUST);
        }
        var count = new TotalHitCountCollector();
        searcher.Search(query, count);
        return count.TotalHits;
    }

    /// <summary>A folded word begun by the other spellings of its first sound: "k", "qu" and a hard "c"; a soft "c" and "s"; "z"
    /// and "s"; "j" and a soft "g"; "f" and "ph"; "y" and "i"; a vowel and the same after a silent "h".</summary>
    public static IEnumerable<string> SameSoundStarts(string folded)
    {
        if (folded.Length < 4) yield break;
        var rest = folded[1..];
        var soft = rest[0] is 'e' or 'i' or 'y';
        switch (folded[0])
        {
            case 'k':
                if (!soft) yield return "c" + rest;
                yield return "qu" + rest;
                break;
            case 'q' when rest[0] == 'u':
                if (rest.Length > 1 && rest[1] is not ('e' or 'i' or 'y')) yield return "c" + rest[1..];
                yield return "k" + rest[1..];
                break;
            case 'c':
                if (soft) yield return "s" + rest;
                else yield return "k" + rest;
                break;
            case 's':
                if (soft) yield return "c" + rest;
                break;
            case 'z':
                yield return "s" + rest;
                break;
            case 'j':
                if (soft) yield return "g" + rest;
                break;
            case 'g':
                if (soft) yield return "j" + rest;
                break;
            case 'f':
                yield return "ph" + rest;
                break;
            case 'p' when rest[0] == 'h':
                yield return "f" + rest[1..];
                break;
            case 'y':
                yield return "i" + rest;
                break;
            case 'i':
                yield return "y" + rest;
                break;
            case 'a' or 'e' or 'o' or 'u':
                yield return "h" + folded;
                break;
        }
    }

    /// <summary>The cost of a word spelt as it sounds (<see cref="Spelling.PhoneticKey"/>): as likely as a neighbouring key
    /// struck, plus a tenth of the typing cost of its letters.</summary>
    private const float HomophoneCost = 0.5f;

    /// <summary>Phonetic keys shorter than this are shared by unrelated words (a place the index lacks, "Sciez", and "sille"
    /// both read "sie"): no homophone is looked for then.</summary>
    private const int MinimumHomophoneKey = 5;

    /// <summary>How much one plain edit weighs against the logarithm of a candidate's document frequency.</summary>
    private const float SlipWeight = 4f;

    private const int FuzzyPrefixLength = 1;
    private const int FuzzyMaxExpansions = 50;

    /// <summary>
    /// The terms within <paramref name="maxEdits"/> edits (insertions, deletions, substitutions, adjacent
    /// transpositions) of <paramref name="word"/> that share its first letter, as Lucene's FuzzyQuery selects them
    /// (the 50 most similar, ties to the smaller term, listed in term order) with their similarity
    /// (1 - edits / length of the shorter). One automaton serves every field: FuzzyQuery would compile one per
    /// edit distance and per rewrite, the main cost of a query with a typo.
    /// </summary>
    private static List<(string Term, float Similarity)> FuzzyCandidates(IndexReader reader, string field, string word, int maxEdits, CompiledAutomaton automaton)
    {
        var terms = MultiFields.GetTerms(reader, field);
        var found = new List<(string Term, float Similarity)>();
        if (terms is null) return found;
        var wordLength = word.Length;
        var termsEnum = automaton.GetTermsEnum(terms);
        while (termsEnum.MoveNext())
        {
            var term = termsEnum.Term.Utf8ToString();
            var edits = RestrictedEditDistance(word.AsSpan(FuzzyPrefixLength), term.AsSpan(Math.Min(FuzzyPrefixLength, term.Length)));
            if (edits > maxEdits) continue;
            var similarity = edits == 0 ? 1f : 1f - (float)edits / Math.Min(term.Length, wordLength);
            if (similarity > 0) found.Add((term, similarity));
        }
        if (found.Count <= FuzzyMaxExpansions) return found;
        return found
            .OrderByDescending(c => c.Similarity).ThenBy(c => c.Term, StringComparer.Ordinal)
            .Take(FuzzyMaxExpansions)
            .OrderBy(c => c.Term, StringComparer.Ordinal)
            .ToList();
    }

    /// <param name="alphaMax">The largest character a term may hold: the automaton's "any other character" transitions stop
    /// there. Over all of Unicode, their UTF-8 form needs a costly determinization (most of building the automaton); bounded
    /// by the largest character the fields hold, it accepts exactly the same terms of the index.</param>
    private static CompiledAutomaton FuzzyAutomaton(string word, int maxEdits, int alphaMax = LargestCodePoint)
    {
        var codePoints = word[FuzzyPrefixLength..].EnumerateRunes().Select(r => r.Value).ToArray();
        alphaMax = Math.Max(alphaMax, codePoints.DefaultIfEmpty(0).Max());
        var automaton = new LevenshteinAutomata(codePoints, alphaMax, withTranspositions: true).ToAutomaton(maxEdits);
        automaton = BasicOperations.Concatenate(BasicAutomata.MakeString(word[..FuzzyPrefixLength]), automaton);
        return new CompiledAutomaton(automaton, true, false);
    }

    private const int LargestCodePoint = 0x10FFFF;

    /// <summary>
    /// An upper bound of the characters the terms of <paramref name="fields"/> hold, from the largest UTF-8 lead byte of
    /// their terms (127 when every term is ASCII, as the folded exact fields mostly are). Scanned once per segment and field
    /// (the segment's terms, a one-off when a segment opens) and kept as long as the segment lives.
    /// </summary>
    internal static int LargestCharacter(IndexReader reader, params string[] fields)
    {
        var largest = 0;
        foreach (var leaf in reader.Leaves)
        {
            var perField = LargestCharacters.GetValue(leaf.AtomicReader.CoreCacheKey, _ => new System.Collections.Concurrent.ConcurrentDictionary<string, int>(StringComparer.Ordinal));
            foreach (var field in fields)
                largest = Math.Max(largest, perField.GetOrAdd(field, f => LargestCharacter(leaf.AtomicReader.GetTerms(f))));
        }
        return largest;
    }

    private static int LargestCharacter(Terms? terms)
    {
        if (terms is null) return 0;
        var lead = 0;
        var termsEnum = terms.GetEnumerator();
        while (termsEnum.MoveNext() && lead < 0xF0)
        {
            var term = termsEnum.Term;
            for (var i = term.Offset; i < term.Offset + term.Length; i++) lead = Math.Max(lead, term.Bytes[i]);
        }
        return lead switch
        {
            < 0x80 => 0x7F,
            < 0xE0 => 0x7FF,
            < 0xF0 => 0xFFFF,
            _ => LargestCodePoint,
        };
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<object, System.Collections.Concurrent.ConcurrentDictionary<string, int>> LargestCharacters = new();

    /// <summary>Edit distance with adjacent transpositions counted as one edit (optimal string alignment).</summary>
    internal static int RestrictedEditDistance(ReadOnlySpan<char> a, ReadOnlySpan<char> b) => (int)Spelling.Alignment<Spelling.UnitCosts>(a, b);

    /// <summary>Removes the characters SimpleQueryParser treats as operators from a plain word or phrase.</summary>
    internal static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text) sb.Append(c is '"' or '|' or '+' or '*' or '~' or '(' or ')' or '\\' ? ' ' : c);
        // A hyphen inside a word ("Villard-de-Lans") is not an operator; at the start of a word it is.
        return string.Join(' ', sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.TrimStart('-')).Where(w => w.Length > 0));
    }

    [GeneratedRegex(@"^(19[5-9]\d|20[0-4]\d)$")]
    private static partial Regex YearWord();

    public override string ToString() => string.Join(" ", Units.Select(u => u.Expression));

    internal static string YearOf(Unit unit) => unit.Original.ToString(CultureInfo.InvariantCulture);
}
