using System.Text.RegularExpressions;
using Search.Pipeline.Extraction;

namespace Search.Pipeline.Metadata;

/// <summary>The title of a document: declared, from a link, from audit or act cues, its heading, its first meaningful line, its file name.</summary>
public static partial class TitleRule
{
    /// <summary>
    /// Declared title (unless it is the site's name or an editor's file name), link text, audit and act subjects, heading,
    /// audited body, file-name-like declared title, first meaningful line, section heading, file name.
    /// </summary>
    /// <param name="heading">The heading, cleaned (<see cref="MetadataFilters.CleanTitle"/>).</param>
    public static string Infer(ExtractedContent content, string head, string? heading, string fileName, IReadOnlyList<string>? linkTexts)
    {
        var declaredTitle = MetadataFilters.DeclaredTitle(content, fileName);
        // A site name used as <title> ("Cour des comptes") is not the document's title.
        if (declaredTitle is not null && IsGenericTitle(declaredTitle)) declaredTitle = null;
        // An editor's file name kept as the PDF title ("2014 TAB Rattachementsx", "… - P122 - v1909") comes after the heading.
        string? weakDeclaredTitle = null;
        if (declaredTitle is not null && LooksLikeFileName(declaredTitle)) (weakDeclaredTitle, declaredTitle) = (declaredTitle, null);
        // A section heading ("PRÉSENTATION GÉNÉRALE") is a title only when nothing else is found.
        string? sectionHeading = null;
        if (heading is not null && IsSectionHeading(heading)) (sectionHeading, heading) = (heading, null);

        var linkTitle = linkTexts?.Select(t => MetadataFilters.CleanLinkText(t, fileName)).FirstOrDefault(t => t is not null);
        // In order of trust; a rule runs only when the ones before it found nothing.
        return MetadataText.Usable(declaredTitle) ?? MetadataText.Usable(linkTitle)
               ?? MetadataText.Usable(AuditRule.AuditTitle(head)) ?? MetadataText.Usable(LocalActRule.ActTitle(head))
               ?? MetadataText.Usable(heading) ?? MetadataText.Usable(AuditRule.AuditedBodyTitle(head)) ?? MetadataText.Usable(weakDeclaredTitle)
               ?? FirstMeaningfulLine(head, content.OcrPages.Contains(1) ? IsPlausibleOcrLine : null)
               ?? sectionHeading
               ?? PrettifyFileName(fileName);
    }

    [GeneratedRegex(@"(?<!\S)(?:\p{L}+\d+\p{L}*|\d+\p{L}{1,2})(?!\S)")]
    private static partial Regex GluedToken();

    /// <summary>
    /// A declared title that is an editor's file name: a token gluing letters and digits ("2013x", "v1909", "P122"), or a
    /// short title starting with a year ("2016 tableau rattachement partis"). Ordinals ("1er", "2e", "3ème") are not glued tokens.
    /// </summary>
    public static bool LooksLikeFileName(string title)
    {
        foreach (Match m in GluedToken().Matches(title))
            if (!OrdinalToken().IsMatch(m.Value)) return true;
        var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 4 && YearWord().IsMatch(words[0]);
    }

    private static readonly HashSet<string> SectionHeadings = new(StringComparer.OrdinalIgnoreCase)
    {
        "présentation générale", "presentation generale", "présentation", "synthèse", "synthese", "sommaire", "introduction",
        "les faits", "recommandations", "table des matières", "table des matieres", "préambule", "preambule", "avant-propos",
        "résumé", "resume", "conclusion", "annexes", "annexe", "rappel des recommandations", "procédure", "procedure",
        "la procédure", "observations", "principales observations", "éléments de contexte", "contexte", "présentation de la commune",
        "présentation de l'organisme", "présentation de la collectivité", "présentation de l'établissement", "glossaire",
    };

    /// <summary>A section heading ("PRÉSENTATION GÉNÉRALE", "Les faits :", "Synthèse") is never a document's title.</summary>
    public static bool IsSectionHeading(string line)
    {
        var t = SectionNumber().Replace(line.Replace('’', '\''), "").Trim().TrimEnd(':', '.', ' ');
        return SectionHeadings.Contains(t) || SectionHeadings.Contains(t.ToLowerInvariant());
    }

    /// <summary>
    /// The first line that reads like a title: 2+ words, 8+ letters, not a table row, not a label ("COLLECTIVITE : …"),
    /// at most 200 characters; <paramref name="accept"/> filters further (OCR noise). A one-word capitalised line right
    /// above it (a territory on a poster: "GUADELOUPE" / "PORTRAIT RÉGIONAL") is put in front of it.
    /// </summary>
    public static string? FirstMeaningfulLine(string text, Func<string, bool>? accept = null)
    {
        string? previous = null;
        foreach (var raw in text.Split('\n').Take(40))
        {
            var line = raw.Trim();
            var above = previous;
            if (line.Length > 0) previous = line;
            if (line.Length is < 8 or > 200 || line.Contains(" | ")) continue;
            if (line.Count(char.IsLetter) < 8 || line.Split(' ').Length < 2) continue;
            if (line.Count(char.IsDigit) > line.Length / 3) continue;
            if (line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 15) continue; // a list of names, not a title
            if (line.EndsWith(':') || IsSectionHeading(line) || UpperCaseLabel().IsMatch(line)) continue; // a label or a section, not a title
            if (accept is not null && !accept(line)) continue;
            if (above is not null && OneCapitalisedWord().IsMatch(above))
                return MetadataText.Sentence(above) + " – " + SentenceCase(line);
            return line;
        }
        return null;
    }

    /// <summary>
    /// An upper-case sentence in sentence case: "ARRETE DE RADIATION DES CADRES … CNRACL" -> "Arrete de radiation des
    /// cadres … CNRACL" (short words that are not French words, acronyms, stay in capitals). Other text is returned as is.
    /// </summary>
    public static string SentenceCase(string text)
    {
        var t = MetadataText.WhiteSpaceRun().Replace(text, " ").Trim();
        var letters = t.Where(char.IsLetter).ToList();
        if (letters.Count == 0 || letters.Count(char.IsUpper) < letters.Count * 0.8) return t;
        var lexicon = FrenchLexicon.Default;
        var result = MetadataText.WordToken().Replace(t, m =>
        {
            var lower = m.Value.ToLowerInvariant();
            var acronym = m.Index > 0 && m.Value.Length is >= 2 and <= 6 && lexicon.Count > 0 && !lexicon.Contains(lower);
            return acronym ? m.Value : lower;
        });
        return char.ToUpperInvariant(result[0]) + result[1..];
    }

    [GeneratedRegex(@"^\p{Lu}{3,}\s*:\s")]
    private static partial Regex UpperCaseLabel();

    [GeneratedRegex(@"^\p{Lu}[\p{Lu}\-']{3,}$")]
    private static partial Regex OneCapitalisedWord();

    /// <summary>
    /// A line of OCR text that is words rather than noise: more than half of its words of three letters or more
    /// are French words, accents ignored (Debian's word list); true when no word list is installed.
    /// </summary>
    public static bool IsPlausibleOcrLine(string line)
    {
        var lexicon = FrenchLexicon.Default;
        if (lexicon.Count == 0) return true;
        var words = MetadataText.WordToken().Matches(line).Select(m => m.Value).Where(w => w.Length >= 3).ToList();
        if (words.Count == 0) return false;
        var known = words.Count(w => lexicon.ContainsIgnoringAccents(w));
        return known * 2 > words.Count;
    }

    /// <summary>"dgcl_methodo-commune_2013.pdf" -> "Dgcl methodo commune 2013".</summary>
    public static string PrettifyFileName(string fileName)
    {
        var stem = Path.GetFileNameWithoutExtension(fileName);
        var words = FileNameSeparators().Replace(stem, " ").Trim();
        words = MetadataText.WhiteSpaceRun().Replace(words, " ");
        if (words.Length == 0) return string.IsNullOrEmpty(fileName) ? "Sans titre" : fileName;
        return char.ToUpperInvariant(words[0]) + words[1..];
    }


    internal static bool IsGenericTitle(string title)
    {
        var t = title.Trim().TrimEnd('.');
        if (PublisherRule.CanonicalPublisher(t) is { } p && t.Length <= p.Length + 25 && t.Split(' ').Length <= 5) return true;
        return t.Equals("Accueil", StringComparison.OrdinalIgnoreCase) || t.Equals("Home", StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex(@"^\d+(er|re|e|ème|eme|nd|nde|è)$", RegexOptions.IgnoreCase)]
    private static partial Regex OrdinalToken();

    [GeneratedRegex(@"^(19|20)\d{2}$")]
    private static partial Regex YearWord();

    [GeneratedRegex(@"^[\dIVX]+[.)\-–]?\s+")]
    private static partial Regex SectionNumber();

    [GeneratedRegex(@"[_\-.+]+")]
    private static partial Regex FileNameSeparators();
}
