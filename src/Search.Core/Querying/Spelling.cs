using System.Text;

namespace Search.Core.Querying;

/// <summary>
/// How people misspell French words, for choosing a correction: the cost of the edits between a typed word and a
/// candidate, weighted by how likely each slip is (a neighbouring key, a doubled consonant written once, two letters
/// swapped), and a phonetic key that gives the same code to spellings of the same sound ("fiscalitai" and "fiscalité",
/// "ospitalier" and "hospitalier", "kommune" and "commune"). Both work on folded words (lower case, no accents).
/// </summary>
public static class Spelling
{
    /// <summary>Neighbours of each letter on an AZERTY keyboard (same row and the rows above and below).</summary>
    public static readonly IReadOnlyDictionary<char, string> AzertyNeighbours = new Dictionary<char, string>
    {
        ['a'] = "zq", ['z'] = "aeqs", ['e'] = "zrsd", ['r'] = "etdf", ['t'] = "ryfg", ['y'] = "tugh", ['u'] = "yihj",
        ['i'] = "uojk", ['o'] = "ipkl", ['p'] = "olm", ['q'] = "azsw", ['s'] = "qdzewx", ['d'] = "sferxc", ['f'] = "dgrtcv",
        ['g'] = "fhtyvb", ['h'] = "gjyubn", ['j'] = "hkuin", ['k'] = "jlio", ['l'] = "kmop", ['m'] = "lp", ['w'] = "qsx",
        ['x'] = "wcsd", ['c'] = "xvdf", ['v'] = "cbfg", ['b'] = "vngh", ['n'] = "bhj",
    };

    /// <summary>Whether <paramref name="a"/> and <paramref name="b"/> are next to each other on an AZERTY keyboard.</summary>
    public static bool AreNeighbours(char a, char b) => AzertyNeighbours.TryGetValue(a, out var keys) && keys.Contains(b);

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    /// <summary>A slip of the fingers or of the ear, the cheap edits; any other edit costs 1.</summary>
    internal const float NeighbourCost = 0.5f, DoubledCost = 0.4f, TranspositionCost = 0.6f, VowelCost = 0.7f, OmissionCost = 0.7f;

    /// <summary>
    /// The cheapest sequence of edits that turns the intended <paramref name="candidate"/> into the <paramref name="typed"/>
    /// word (optimal string alignment, as <see cref="QueryPlan.RestrictedEditDistance"/>), each edit weighted by how often
    /// people make it: a letter struck for its AZERTY neighbour, or an extra neighbour struck with a letter, 0.5; a consonant
    /// doubled or written once, 0.4; two letters swapped, 0.6; a vowel for another vowel, or a letter left out, 0.7; any
    /// other edit 1.
    /// </summary>
    public static float TypingCost(ReadOnlySpan<char> typed, ReadOnlySpan<char> candidate) => Alignment<TypingCosts>(typed, candidate);

    /// <summary>The costs of <see cref="Alignment{TCosts}"/>: what each edit turning the intended word into the typed one costs.</summary>
    internal interface IEditCosts
    {
        /// <summary>The typed letter at <paramref name="at"/> is one too many.</summary>
        static abstract float Extra(ReadOnlySpan<char> typed, int at);

        /// <summary>The intended letter at <paramref name="at"/> was left out.</summary>
        static abstract float Missing(ReadOnlySpan<char> intended, int at);

        /// <summary><paramref name="typed"/> was struck for <paramref name="intended"/> (0 when they are the same).</summary>
        static abstract float Substitution(char typed, char intended);

        /// <summary>Two different letters swapped.</summary>
        static abstract float Transposition { get; }
    }

    /// <summary>Every edit 1: the plain optimal string alignment distance (<see cref="QueryPlan.RestrictedEditDistance"/>).</summary>
    internal readonly struct UnitCosts : IEditCosts
    {
        public static float Extra(ReadOnlySpan<char> typed, int at) => 1f;
        public static float Missing(ReadOnlySpan<char> intended, int at) => 1f;
        public static float Substitution(char typed, char intended) => typed == intended ? 0f : 1f;
        public static float Transposition => 1f;
    }

    /// <summary>The slips of <see cref="TypingCost"/>.</summary>
    private readonly struct TypingCosts : IEditCosts
    {
        public static float Extra(ReadOnlySpan<char> typed, int at) => Spelling.Extra(typed, at);
        public static float Missing(ReadOnlySpan<char> intended, int at) => Spelling.Missing(intended, at);
        public static float Substitution(char typed, char intended) =>
            typed == intended ? 0f : AreNeighbours(intended, typed) ? NeighbourCost : IsVowel(intended) && IsVowel(typed) ? VowelCost : 1f;
        public static float Transposition => TranspositionCost;
    }

    /// <summary>
    /// Optimal string alignment (edits, and adjacent letters swapped, each part of the words edited once) from the intended
    /// word to the typed one, with the costs of <typeparamref name="TCosts"/>: three rows of the dynamic programme.
    /// </summary>
    internal static float Alignment<TCosts>(ReadOnlySpan<char> typed, ReadOnlySpan<char> intended) where TCosts : struct, IEditCosts
    {
        var n = intended.Length;
        Span<float> before = stackalloc float[n + 1], previous = stackalloc float[n + 1], current = stackalloc float[n + 1];
        previous[0] = 0;
        for (var j = 1; j <= n; j++) previous[j] = previous[j - 1] + TCosts.Missing(intended, j - 1);
        for (var i = 1; i <= typed.Length; i++)
        {
            var extra = TCosts.Extra(typed, i - 1);
            current[0] = previous[0] + extra;
            for (var j = 1; j <= n; j++)
            {
                var t = typed[i - 1];
                var c = intended[j - 1];
                var d = Math.Min(Math.Min(previous[j] + extra, current[j - 1] + TCosts.Missing(intended, j - 1)), previous[j - 1] + TCosts.Substitution(t, c));
                if (i > 1 && j > 1 && t == intended[j - 2] && typed[i - 2] == c && t != c) d = Math.Min(d, before[j - 2] + TCosts.Transposition);
                current[j] = d;
            }
            var oldest = before;
            before = previous;
            previous = current;
            current = oldest;
        }
        return previous[n];
    }

    /// <summary>The cost of the typed letter at <paramref name="at"/> being one too many: struck twice, or a neighbour of the
    /// letter before or after it struck with it.</summary>
    private static float Extra(ReadOnlySpan<char> typed, int at)
    {
        var c = typed[at];
        var left = at > 0 ? typed[at - 1] : '\0';
        var right = at + 1 < typed.Length ? typed[at + 1] : '\0';
        if (c == left || c == right) return DoubledCost;
        return AreNeighbours(left, c) || AreNeighbours(right, c) ? NeighbourCost : 1f;
    }

    /// <summary>The cost of the intended letter at <paramref name="at"/> being left out, the commonest slip: a doubled letter
    /// written once is cheaper still.</summary>
    private static float Missing(ReadOnlySpan<char> candidate, int at)
    {
        var c = candidate[at];
        return (at > 0 && candidate[at - 1] == c) || (at + 1 < candidate.Length && candidate[at + 1] == c) ? DoubledCost : OmissionCost;
    }

    /// <summary>
    /// A French phonetic key of a folded word, or null when the word holds other characters than the letters a–z: spellings
    /// of one sound get one code. The rules, in the order of the word: a silent h is dropped (not in "ch", "sh", nor "ph",
    /// which is f); "qu", "k" and "c" before a, o, u or a consonant are k, "c" before e, i, y is s, "ç" being folded to c; "g"
    /// before e, i, y is j ("gu" before them is g); "eau", "au" are o; "ai", "ei" are e; "oi", "oa" are one sound; a, e
    /// before m or n and a consonant are one nasal ("an", "en", "am", "em"), "m" before b or p is n; "y" is i, "w" is v;
    /// "ill" is i; "z" is s, and "t" before i and a vowel ("tion") is s; doubled letters are written once; then the silent
    /// end of the word goes: a final s or x, a final t or d, "er", "ez" and "et" read e, and a final e.
    /// </summary>
    public static string? PhoneticKey(string folded)
    {
        var n = folded.Length;
        if (n == 0) return null;
        foreach (var ch in folded)
            if (ch is < 'a' or > 'z') return null;
        var sb = new StringBuilder(n);
        char At(int k) => k < n ? folded[k] : '\0';
        for (var i = 0; i < n; i++)
        {
            var c = folded[i];
            var next = At(i + 1);
            var after = At(i + 2);
            switch (c)
            {
                case 'h':
                    if (i > 0 && folded[i - 1] is 'c' or 's') sb.Append('h');
                    break;
                case 'p' when next == 'h':
                    sb.Append('f');
                    i++;
                    break;
                case 'q':
                    sb.Append('k');
                    if (next == 'u') i++;
                    break;
                case 'c':
                    if (next == 'h') { sb.Append('S'); i++; }
                    else sb.Append(next is 'e' or 'i' or 'y' ? 's' : 'k');
                    break;
                case 'g':
                    if (next == 'u' && after is 'e' or 'i' or 'y') { sb.Append('g'); i++; }
                    else sb.Append(next is 'e' or 'i' or 'y' ? 'j' : 'g');
                    break;
                case 'e' when next == 'a' && after == 'u':
                    sb.Append('o');
                    i += 2;
                    break;
                case 'a' when next == 'u':
                    sb.Append('o');
                    i++;
                    break;
                case 'a' or 'e' when next == 'i' && !(after == 'l' && At(i + 3) == 'l'):
                    sb.Append('e');
                    i++;
                    break;
                case 'a' or 'e' when next is 'm' or 'n' && after != '\0' && !IsVowel(after) && after is not ('m' or 'n'):
                    sb.Append('A');
                    i++;
                    break;
                case 'o' when next is 'i' or 'a':
                    sb.Append('W');
                    i++;
                    break;
                case 'm' when next is 'b' or 'p':
                    sb.Append('n');
                    break;
                case 'i' when next == 'l' && after == 'l':
                    sb.Append('i');
                    i += 2;
                    break;
                case 'y':
                    sb.Append('i');
                    break;
                case 'w':
                    sb.Append('v');
                    break;
                case 'z':
                    sb.Append('s');
                    break;
                case 't' when i > 0 && next == 'i' && IsVowel(after):
                    sb.Append('s');
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }
        // Doubled letters once ("ss", "ll", "mm"; "ck" is k, k).
        var key = new StringBuilder(sb.Length);
        foreach (var ch in sb.ToString())
            if (key.Length == 0 || key[^1] != ch) key.Append(ch);
        // The silent end: a plural, a final t or d, "er"/"ez"/"et" read e, a mute e.
        if (key.Length > 3 && key[^1] is 's' or 'x') key.Length--;
        if (key.Length > 3 && key[^1] is 't' or 'd') key.Length--;
        if (key.Length > 3 && key[^2] == 'e' && key[^1] is 'r' or 's' or 't') key.Length--;
        if (key.Length > 3 && key[^1] == 'e') key.Length--;
        return key.ToString();
    }
}
