using Search.Core.Analysis;
using System.Text;
using System.Text.RegularExpressions;

namespace Search.Pipeline.Extraction;

/// <summary>
/// Words split at line ends ("collecti-" / "vités"): extraction leaves <see cref="Marker"/> after the
/// hyphen; <see cref="Resolve"/> joins the halves when the joined word is known (French word list or the
/// document's own vocabulary, or a welded prefix before a known word: "pluri-" / "professionnelle") and keeps
/// the hyphen otherwise, and always for known compounds ("outre-" / "mer", "sous-" / "préfecture").
/// Capitalised tails ("Île-de-" / "France") never reach here: they are compounds.
/// </summary>
public static partial class Hyphenation
{
    /// <summary>Placed right after a line-end hyphen (U+2060 WORD JOINER, never in extracted text: Format characters are dropped).</summary>
    public const char Marker = '\u2060';

    /// <summary>
    /// Appends the next line of a paragraph (text layer or OCR alike): after a line-end hyphen, the <see cref="Marker"/>
    /// when the line goes on in lower case (resolved later), nothing when it goes on with a capital ("Île-de-" /
    /// "France": a compound); otherwise a space.
    /// </summary>
    public static void AppendLine(StringBuilder paragraph, string line)
    {
        if (line.Length == 0) return;
        if (paragraph.Length > 0)
        {
            var hyphen = paragraph[^1] == '-' && paragraph.Length > 1 && char.IsLetter(paragraph[^2]);
            if (hyphen && char.IsLower(line[0])) paragraph.Append(Marker);
            else if (!(hyphen && char.IsUpper(line[0]))) paragraph.Append(' ');
        }
        paragraph.Append(line);
    }

    /// <summary>Resolves every marker of the document's pages in place.</summary>
    public static void Resolve(IList<string> pages, FrenchLexicon lexicon)
    {
        if (!pages.Any(p => p.Contains(Marker))) return;
        // The document's vocabulary: words written whole somewhere in it.
        var vocabulary = new HashSet<string>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            var whole = page.Replace("-" + Marker, " ");
            foreach (Match m in WholeWord().Matches(whole)) vocabulary.Add(m.Value.ToLowerInvariant());
            foreach (Match m in Compound().Matches(whole)) vocabulary.Add(m.Value.ToLowerInvariant());
        }
        for (var i = 0; i < pages.Count; i++)
        {
            if (!pages[i].Contains(Marker)) continue;
            pages[i] = Split().Replace(pages[i], m =>
            {
                var joined = m.Groups[1].Value + m.Groups[2].Value;
                var compound = m.Groups[1].Value + "-" + m.Groups[2].Value;
                // A known compound ("outre-mer", "sous-préfecture") keeps its hyphen even when the joined form exists too.
                if (lexicon.Contains(compound) || vocabulary.Contains(compound.ToLowerInvariant())) return compound;
                var key = joined.ToLowerInvariant();
                if (vocabulary.Contains(key) || lexicon.Contains(key)) return joined;
                // A prefix French writes welded ("pluri-" / "professionnelle") before a known word starting with a consonant:
                // a derived word the list lacks, not a compound.
                var tail = m.Groups[2].Value;
                return WeldedPrefixes.Contains(m.Groups[1].Value.ToLowerInvariant()) && !IsVowel(tail[0]) && lexicon.Contains(tail) ? joined : compound;
            });
            pages[i] = pages[i].Replace(Marker.ToString(), "");
        }
    }

    /// <summary>
    /// Prefixes written welded to the word they modify ("pluriannuel", "intercommunal", "multiservices"), except
    /// before a vowel ("intra-atomique"): lower case, as they appear at the start of a split word.
    /// </summary>
    private static readonly HashSet<string> WeldedPrefixes =
        ["pluri", "multi", "inter", "intra", "infra", "poly", "trans", "hyper", "super", "ultra", "micro", "macro"];

    private static bool IsVowel(char c) => "aeiouyàâäéèêëîïôöùûüÿœæAEIOUYÀÂÄÉÈÊËÎÏÔÖÙÛÜŸŒÆ".Contains(c);

    /// <summary>Joins or keeps one split ("collecti", "vités") as <see cref="Resolve"/> would, with the lexicon only.</summary>
    public static string Join(string head, string tail, FrenchLexicon lexicon)
    {
        var pages = new List<string> { head + "-" + Marker + tail };
        Resolve(pages, lexicon);
        return pages[0];
    }

    [GeneratedRegex(@"(?<![\p{L}\p{Mn}'’-])\p{L}[\p{L}\p{Mn}]*(?![\p{L}\p{Mn}-])")]
    private static partial Regex WholeWord();

    [GeneratedRegex(@"\p{L}[\p{L}\p{Mn}]*(?:-\p{L}[\p{L}\p{Mn}]*)+")]
    private static partial Regex Compound();

    [GeneratedRegex(@"(\p{L}[\p{L}\p{Mn}]*)-\u2060(\p{Ll}[\p{L}\p{Mn}]*)")]
    private static partial Regex Split();
}

