using Search.Core.Analysis;
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
        // The name of the journal an extract comes from ("Journal officiel … N° 293 du 19 décembre 2018") comes after
        // the extract's own subject, which is then its first line of five words or more (not "Informations parlementaires").
        string? masthead = null;
        if (declaredTitle is not null && IsMasthead(declaredTitle)) (masthead, declaredTitle) = (declaredTitle, null);
        // A declared title that names no subject ("Liste au 30 novembre 2019 pour publication": a list, a date, a purpose)
        // comes after the document's first meaningful line.
        string? subjectless = null;
        if (declaredTitle is not null && IsSubjectless(declaredTitle)) (subjectless, declaredTitle) = (declaredTitle, null);
        // A section heading ("PRÉSENTATION GÉNÉRALE") is a title only when nothing else is found; so is a table's header
        // row or one of its rows taken as the heading of a list ("Nom Prénom Groupe politique", "Abad Damien UMP …").
        string? sectionHeading = null;
        // In a journal's extract, the largest type names the journal's rubric ("Informations parlementaires"), not the extract.
        if (heading is not null && (IsSectionHeading(heading) || IsMasthead(heading) || masthead is not null || IsTableRow(heading, content.FullText)))
            (sectionHeading, heading) = (heading, null);

        var linkTitle = linkTexts?.Select(t => MetadataFilters.CleanLinkText(t, fileName)).FirstOrDefault(t => t is not null);
        var accept = content.OcrPages.Contains(1) ? IsPlausibleOcrLine : (Func<string, bool>?)null;
        // In order of trust; a rule runs only when the ones before it found nothing.
        return MetadataText.Usable(declaredTitle) is { } declared ? CompleteGenericLabel(declared, head)
               : MetadataText.Usable(linkTitle)
               ?? MetadataText.Usable(AuditRule.AuditTitle(head)) ?? MetadataText.Usable(LocalActRule.ActTitle(head))
               ?? MetadataText.Usable(heading) ?? MetadataText.Usable(AuditRule.AuditedBodyTitle(head))
               ?? (masthead is null ? MetadataText.Usable(weakDeclaredTitle)
                   : ListIntroduction(head, accept) ?? FirstMeaningfulLine(head, accept, minWords: 5) ?? masthead)
               // OCR text comes in short fragments of lines: it has the shape of a list without being one.
               ?? (accept is null ? ListTitle(content.Pages.FirstOrDefault(p => p.Length > 0) ?? "", FirstMeaningfulLine(head)) : FirstMeaningfulLine(head, accept))
               ?? MetadataText.Usable(subjectless)
               ?? sectionHeading
               ?? PrettifyFileName(fileName);
    }

    /// <summary>
    /// A list's first page (20 lines or more, most of them short rows without a full stop) where reading order put the
    /// centred title after the first rows: <paramref name="first"/>, the first meaningful line, is then a row or a column
    /// label ("Abad Damien UMP …", "Sexe candidat") unless it is a paragraph of its own of eight words or more; the title is
    /// the first such paragraph of the page, prose ("Rattachement des députés à un parti …", "LISTE DES CANDIDATS
    /// PRESENTES PAR LES PARTIS …"), in sentence case, shortened to 200 characters. Other pages keep <paramref name="first"/>.
    /// </summary>
    public static string? ListTitle(string firstPage, string? first, Func<string, bool>? accept = null)
    {
        var lines = firstPage.Split('\n').Select(l => l.Trim()).ToList();
        var filled = lines.Where(l => l.Length > 0).ToList();
        if (filled.Count < 20 || filled.Count(l => l.Length <= 100 && !l.EndsWith('.')) < filled.Count * 0.7) return first;
        if (first is not null && Titleish(first))
        {
            // A paragraph of its own (or a sentence read whole over several lines) is a title; the first line of a block of rows is not.
            var at = lines.IndexOf(first.Trim());
            if (at < 0 || ((at == 0 || lines[at - 1].Length == 0) && (at + 1 == lines.Count || lines[at + 1].Length == 0))) return first;
        }
        for (var i = 0; i < lines.Count; i++)
        {
            if ((i > 0 && lines[i - 1].Length > 0) || lines[i] == first?.Trim() || !Titleish(lines[i]) || IsMasthead(lines[i])) continue;
            if (accept is not null && !accept(lines[i])) continue;
            return SummaryRule.Shorten(WithoutCircumstance(ClosingFormula().Replace(SentenceCase(lines[i]), "").TrimEnd()), 200);
        }
        return first;

        static bool Titleish(string line) => WordCount(line) >= 8 && IsProse(line) && !line.TrimEnd().EndsWith('.') && !line.Contains(" | ");
    }

    /// <summary>Words that say what kind of file a title is, or when, but not what it is about.</summary>
    private static readonly HashSet<string> SubjectlessWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "liste", "listes", "publication", "publications", "publier", "version", "versions", "définitive", "definitive",
        "provisoire", "document", "documents", "fichier", "mise", "jour", "état", "etat", "extrait", "projet", "pour",
        "janvier", "février", "fevrier", "mars", "avril", "mai", "juin", "juillet", "août", "aout", "septembre", "octobre",
        "novembre", "décembre", "decembre", "er",
    };

    /// <summary>
    /// A title whose words are only a kind of file, dates and function words ("Liste au 30 novembre 2019 pour publication",
    /// "Version définitive du 12 mars 2021"): it names no subject.
    /// </summary>
    public static bool IsSubjectless(string title)
    {
        var words = MetadataText.WordToken().Matches(title).Select(m => m.Value).ToList();
        return words.Count > 0 && words.All(w => SubjectlessWords.Contains(w) || SummaryRule.IsFunctionWord(w));
    }

    /// <summary>
    /// The sentence that introduces a list ("… établies comme suit :", "… (déclarations parvenues en novembre 2018) :"):
    /// in a journal's extract, the list is what the extract is about, even after a shorter notice. Eight words or more, prose,
    /// ending with a colon; without its closing formula and leading circumstance, shortened to 200 characters.
    /// </summary>
    public static string? ListIntroduction(string text, Func<string, bool>? accept = null)
    {
        var lines = text.Split('\n').Take(60).Select(l => l.Trim()).ToList();
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0 && lines[i - 1].Length > 0 && IsContinuation(lines[i - 1], lines[i])) continue;
            var wrapped = lines[i];
            for (var j = i + 1; j < lines.Count && IsContinuation(wrapped, lines[j]); j++) wrapped += " " + lines[j];
            wrapped = MetadataText.WhiteSpaceRun().Replace(wrapped, " ").Trim();
            // The colon may be followed, on the same line, by the list's column labels ("… novembre 2018) : PRÉNOM").
            var colon = wrapped.LastIndexOf(':');
            if (colon < 0) continue;
            var after = wrapped[(colon + 1)..].Trim();
            var labels = after.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (labels.Length > 6 || after.Any(char.IsDigit) || (labels.Length > 0 && !char.IsUpper(labels[0][0]))
                || labels.Any(w => !char.IsUpper(w[0]) && !SummaryRule.IsFunctionWord(w))) continue;
            // Without a leading reference label ("NOR : INPX1802901X").
            wrapped = ReferenceLabel().Replace(wrapped[..(colon + 1)], "");
            if (WordCount(wrapped) < 8 || !IsProse(wrapped) || UpperCaseLabel().IsMatch(wrapped)) continue;
            if (accept is not null && !accept(wrapped)) continue;
            var sentence = WithoutCircumstance(ClosingFormula().Replace(wrapped, "").TrimEnd());
            return sentence.Length < 8 ? null : SummaryRule.Shorten(sentence, 200);
        }
        return null;
    }

    [GeneratedRegex(@"^(?:\p{Lu}{2,}\s*:\s*\S+\s+)+")]
    private static partial Regex ReferenceLabel();

    [GeneratedRegex(@"^\W*(?:journal|bulletin)\s+officiel\b", RegexOptions.IgnoreCase)]
    private static partial Regex MastheadStart();

    /// <summary>The name of an official journal, with or without its issue ("JOURNAL OFFICIEL DE LA RÉPUBLIQUE FRANÇAISE", "Journal officiel … N° 286").</summary>
    public static bool IsMasthead(string line) => MastheadStart().IsMatch(line);

    /// <summary>Words that label a table's columns: a line holding one is a header row, not a title.</summary>
    private static readonly HashSet<string> ColumnLabels = new(StringComparer.OrdinalIgnoreCase)
    {
        "nom", "noms", "prénom", "prénoms", "prenom", "prenoms", "libellé", "libellés", "libelle", "qualité",
    };

    /// <summary>
    /// A line that is a table's header row ("Nom Prénom Groupe politique du Sénat", "Libellé du département"), or, in a
    /// list (a text of short lines), a header repeated on every page (3 times or more in <paramref name="text"/>) or a
    /// row whose words fill the document ("Abad Damien UMP Union pour un mouvement populaire": most of its words occur
    /// 10 times or more).
    /// </summary>
    public static bool IsTableRow(string line, string text)
    {
        var words = MetadataText.WordToken().Matches(line).Select(m => m.Value).ToList();
        if (words.Count == 0) return false;
        if (words.Any(ColumnLabels.Contains)) return true;
        // Only in a list (most lines of four words or fewer): in a report, a phrase or words that recur are its subject.
        var (lineCount, shortLines) = LineShape(text);
        if (lineCount < 10 || shortLines < lineCount * 0.6) return false;
        var t = MetadataText.WhiteSpaceRun().Replace(line, " ").Trim();
        if (t.Length >= 12 && CountOf(MetadataText.WhiteSpaceRun().Replace(text, " "), t, 3) >= 3) return true;
        if (lineCount < 30) return false;
        var content = words.Where(w => w.Length >= 3 && !SummaryRule.IsFunctionWord(w)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (content.Count < 2) return false;
        var frequent = content.Count(w => CountOf(text, w, 10, wholeWord: true) >= 10);
        return frequent * 5 >= content.Count * 3;
    }

    /// <summary>
    /// The lines of <paramref name="text"/> that are not blank, and how many of them hold at most four words: the counts of
    /// splitting it at newlines into trimmed non-empty lines, and each line at spaces into non-empty parts, without making
    /// a string of either (this ran on the whole text of every page with a heading).
    /// </summary>
    internal static (int Lines, int Short) LineShape(string text)
    {
        int lines = 0, shortLines = 0;
        var rest = text.AsSpan();
        while (true)
        {
            var newline = rest.IndexOf('\n');
            // Trim as string.Trim (and StringSplitOptions.TrimEntries) does: every char.IsWhiteSpace at both ends.
            var line = (newline < 0 ? rest : rest[..newline]).Trim();
            if (!line.IsEmpty)
            {
                lines++;
                if (AtMostWords(line, 4)) shortLines++;
            }
            if (newline < 0) return (lines, shortLines);
            rest = rest[(newline + 1)..];
        }
    }

    /// <summary>Whether <paramref name="line"/> has at most <paramref name="max"/> runs of characters other than a space.</summary>
    private static bool AtMostWords(ReadOnlySpan<char> line, int max)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in line)
        {
            if (c == ' ') inWord = false;
            else if (!inWord)
            {
                inWord = true;
                if (++words > max) return false;
            }
        }
        return true;
    }

    /// <summary>Occurrences of <paramref name="value"/> in <paramref name="text"/> (ignoring case), counted up to <paramref name="enough"/>.</summary>
    private static int CountOf(string text, string value, int enough, bool wholeWord = false)
    {
        var count = 0;
        for (var i = text.IndexOf(value, StringComparison.OrdinalIgnoreCase); i >= 0 && count < enough;
             i = text.IndexOf(value, i + value.Length, StringComparison.OrdinalIgnoreCase))
        {
            var end = i + value.Length;
            if (wholeWord && ((i > 0 && char.IsLetter(text[i - 1])) || (end < text.Length && char.IsLetter(text[end])))) continue;
            count++;
        }
        return count;
    }

    /// <summary>
    /// A declared title that is a generic label ("tableau des departements", "Détail comptes des régions": four words at
    /// most, no capital but the first letter, no digit) completed by the page's caption: the first line of the head in
    /// capitals that names a year ("SITUATION FINANCIERE du DEPARTEMENT de AISNE 2011"). Other titles are returned as is.
    /// </summary>
    public static string CompleteGenericLabel(string title, string head)
    {
        var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 4 || title.Any(char.IsDigit) || title.Skip(1).Any(char.IsUpper)) return title;
        var lines = head.Split('\n').Take(60).Select(raw => MetadataText.WhiteSpaceRun().Replace(raw, " ").Trim()).Where(l => l.Length > 0).ToList();
        for (var i = 0; i < lines.Count; i++)
        {
            // A table's cells are " | "-separated: "ANALYSE DES EQUILIBRES … | 2000" is one caption.
            var line = lines[i].Replace(" | ", " ").Trim(' ', '|');
            var next = i + 1;
            // The year may sit on the line below the caption ("SITUATION FINANCIERE de la REGION BASSE-NORMANDIE" / "2014").
            if (!CaptionYear().IsMatch(line) && next < lines.Count && YearLine().IsMatch(lines[next])) line += " " + lines[next++].Trim(' ', '|');
            if (line.Length is < 12 or > 160 || !CaptionYear().IsMatch(line)) continue;
            var letters = line.Where(char.IsLetter).ToList();
            if (letters.Count < 10 || letters.Count(char.IsUpper) < letters.Count * 0.6) continue;
            if (line.Split(' ').Length < 4 || UpperCaseLabel().IsMatch(line)) continue;
            var caption = SentenceCase(CaptionLabel().Replace(line, ""));
            var subject = CaptionSubject(line, lines.Skip(next).Take(4).ToList());
            return MetadataText.Sentence(title) + " – " + caption + (subject is null ? "" : " – " + subject);
        }
        return title;
    }

    [GeneratedRegex(@"^\|?\s*(?:19|20)\d{2}\s*\|?$")]
    private static partial Regex YearLine();

    [GeneratedRegex(@"\b(?:GFP|COMMUNE|COLLECTIVITE|COLLECTIVITÉ|EPCI|GROUPEMENT|SYNDICAT)\s*:\s*(?<name>[^|:\n]+?)(?=\s+\p{Lu}{2,}\s*:|\s*\||\s*$)", RegexOptions.Multiline)]
    private static partial Regex EntityLabel();

    [GeneratedRegex(@"\bD[EÉ]PARTEMENT\s*:\s*(?<name>[^|:\n]+?)(?=\s+\p{Lu}{2,}\s*:|\s*\||\s*$)", RegexOptions.Multiline)]
    private static partial Regex DepartementLabel();

    /// <summary>
    /// The body a table page is about when its caption does not name it: the value of a "GFP :" / "COMMUNE :" label, or a
    /// line of one to four capitalised words right under the "DEPARTEMENT :" label ("ORLEANS"), with the département in
    /// parentheses: "Orleans (Loiret)", "CC Montagne Bourbonnaise (Allier)". Null when nothing names one.
    /// </summary>
    private static string? CaptionSubject(string caption, IReadOnlyList<string> below)
    {
        var text = string.Join("\n", below.Prepend(caption));
        var departement = DepartementLabel().Match(text) is { Success: true } d ? d.Groups["name"].Value.Trim() : null;
        string? name = EntityLabel().Match(text) is { Success: true } e ? e.Groups["name"].Value.Trim() : null;
        if (name is null && departement is not null)
        {
            // The next cell after the label ("DEPARTEMENT : LOIRET | ORLEANS") or the next line ("ORLEANS").
            var lines = below.Prepend(caption).ToList();
            var at = lines.FindIndex(l => DepartementLabel().IsMatch(l));
            var rest = lines[at][(DepartementLabel().Match(lines[at]).Index + DepartementLabel().Match(lines[at]).Length)..].Trim(' ', '|');
            var candidate = rest.Length > 0 ? rest.Split(" | ")[0] : at + 1 < lines.Count ? lines[at + 1].Trim(' ', '|') : null;
            if (candidate is not null && candidate.Split(' ').Length <= 4 && candidate.All(c => !char.IsLetter(c) || char.IsUpper(c))
                && candidate.Count(char.IsLetter) >= 2 && !candidate.Any(char.IsDigit) && !candidate.Contains(':'))
                name = candidate;
        }
        if (string.IsNullOrWhiteSpace(name)) return null;
        return NameCase(name) + (departement is null ? "" : $" ({NameCase(departement)})");
    }

    /// <summary>"CC MONTAGNE BOURBONNAISE" -> "CC Montagne Bourbonnaise", "SAINT-JEAN-DE-LUZ" -> "Saint-Jean-De-Luz": short acronyms stay.</summary>
    private static string NameCase(string name) =>
        MetadataText.WordToken().Replace(MetadataText.WhiteSpaceRun().Replace(name, " ").Trim(), m =>
            m.Value.Length <= 3 && m.Value.All(char.IsUpper) && !NameParticles.Contains(m.Value)
                ? m.Value
                : char.ToUpperInvariant(m.Value[0]) + m.Value[1..].ToLowerInvariant());

    /// <summary>The short words of place names; other short words in capitals are acronyms ("CC", "CA", "SIVU").</summary>
    private static readonly HashSet<string> NameParticles = new(StringComparer.OrdinalIgnoreCase)
    {
        "de", "du", "des", "la", "le", "les", "et", "en", "au", "aux", "sur", "sous", "lès", "d", "l",
    };

    [GeneratedRegex(@"(?<!\d)(?:19|20)\d{2}(?!\d)")]
    private static partial Regex CaptionYear();

    /// <summary>Labels and values after the caption proper ("… 2013 DEPARTEMENT : ALLIER GFP : CC …").</summary>
    [GeneratedRegex(@"\s+\p{Lu}{2,}\s*:.*$")]
    private static partial Regex CaptionLabel();

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
        var t = SectionNumber().Replace(line.Replace('’', '\''), "").Trim().TrimEnd(':', '.', ' ', '-', '–');
        return SectionHeadings.Contains(t) || SectionHeadings.Contains(t.ToLowerInvariant()) || NumberedAnnex().IsMatch(t);
    }

    /// <summary>
    /// The first line that reads like a title: 2+ words (<paramref name="minWords"/>), 8+ letters, not a table row, not a
    /// label ("COLLECTIVITE : …"), not a table's header row, not a journal's name; <paramref name="accept"/> filters
    /// further (OCR noise). A line wrapped over the next ones (they go on in lower case or with a bracket) is read whole.
    /// Over 15 words, it must be prose (a title or an opening sentence, not a list of names); prose is shortened to 200
    /// characters, without its leading circumstance ("Au cours de sa réunion du …,") and its closing "établies comme suit :". A one-word capitalised line right above it (a territory on a poster:
    /// "GUADELOUPE" / "PORTRAIT RÉGIONAL") is put in front of it.
    /// </summary>
    public static string? FirstMeaningfulLine(string text, Func<string, bool>? accept = null, int minWords = 2)
    {
        string? previous = null;
        var lines = text.Split('\n').Take(40).Select(l => l.Trim()).ToList();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var above = previous;
            if (line.Length > 0) previous = line;
            if (above is not null && IsContinuation(above, line)) continue; // the end of a line read whole before
            var wrapped = line;
            for (var j = i + 1; j < lines.Count && IsContinuation(wrapped, lines[j]); j++) wrapped += " " + lines[j];
            if (WordCount(wrapped) <= 15 || IsProse(wrapped)) line = wrapped;
            // A title or an opening sentence over 15 words is read when it is prose: a list of names is not a title.
            if (WordCount(line) > 15 && !IsProse(line)) continue;
            if (WordCount(line) >= 8 && IsProse(line)) line = SummaryRule.Shorten(WithoutCircumstance(ClosingFormula().Replace(line, "").TrimEnd()), 200);
            var wordCount = WordCount(line);
            if (line.Length is < 8 or > 200 || line.Contains(" | ")) continue;
            if (line.Count(char.IsLetter) < 8 || wordCount < Math.Max(2, minWords)) continue;
            if (line.Count(char.IsDigit) > line.Length / 3) continue;
            if (line.EndsWith(':') || IsSectionHeading(line) || UpperCaseLabel().IsMatch(line) || IsMasthead(line)) continue; // a label or a section, not a title
            if (MetadataText.WordToken().Matches(line).Any(m => ColumnLabels.Contains(m.Value))) continue; // a table's header row
            if (accept is not null && !accept(line)) continue;
            if (above is not null && OneCapitalisedWord().IsMatch(above))
                return MetadataText.Sentence(above) + " – " + SentenceCase(line);
            return line;
        }
        return null;
    }

    /// <summary>
    /// An opening sentence without its leading circumstance: "Au cours de sa réunion du 13 décembre 2017, le Bureau du
    /// Sénat a pris acte …" -> "Le Bureau du Sénat a pris acte …" (the date of the meeting is not what the list is about).
    /// </summary>
    public static string WithoutCircumstance(string sentence)
    {
        var m = LeadingCircumstance().Match(sentence);
        if (!m.Success || m.Length >= sentence.Length - 20) return sentence;
        var rest = sentence[m.Length..];
        return char.ToUpperInvariant(rest[0]) + rest[1..];
    }

    [GeneratedRegex(@"^(?:au\s+cours\s+d[eu]|lors\s+d[eu]|dans\s+sa\s+séance|en\s+sa\s+séance|par\s+(?:un\s+)?courrier)\b[^,]{0,80},\s*", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingCircumstance();

    private static int WordCount(string line) => line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>A line that goes on from <paramref name="current"/>: it starts in lower case or with a bracket, and the line before does not end a sentence.</summary>
    private static bool IsContinuation(string current, string next) =>
        next.Length > 0 && (char.IsLower(next[0]) || next[0] == '(') && !current.EndsWith('.') && !current.EndsWith(':') && !current.Contains(" | ");

    /// <summary>Words with function words among them (a sentence), not a list of names or a table row.</summary>
    private static bool IsProse(string line)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Count(SummaryRule.IsFunctionWord) * 5 >= words.Length;
    }

    [GeneratedRegex(@"(?:,?\s*(?:établie?s?|etablie?s?|dressée?s?|présentée?s?)?\s*comme\s+suit\b[^:]*)?\s*:\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ClosingFormula();

    /// <summary>
    /// An upper-case sentence in sentence case: "ARRETE DE RADIATION DES CADRES … CNRACL" -> "Arrete de radiation des
    /// cadres … CNRACL" (short words that are not French words, acronyms, stay in capitals). Other text is returned as is.
    /// </summary>
    public static string SentenceCase(string text)
    {
        var t = MetadataText.WhiteSpaceRun().Replace(text, " ").Trim();
        var letters = t.Where(char.IsLetter).ToList();
        if (letters.Count == 0 || letters.Count(char.IsUpper) < letters.Count * 0.8) return t;
        var lexicon = FrenchLexicon.Folded;
        var result = MetadataText.WordToken().Replace(t, m =>
        {
            var lower = m.Value.ToLowerInvariant();
            var acronym = m.Index > 0 && m.Value.Length is >= 2 and <= 6 && lexicon.Count > 0 && !lexicon.ContainsIgnoringAccents(lower);
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
        var lexicon = FrenchLexicon.Folded;
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

    /// <summary>"Annexe 13", "ANNEXE N° 2", "Annexe II": a numbered annex is a place in a document, not its subject.</summary>
    [GeneratedRegex(@"^annexes?\s*(?:n°\s*)?(?:\d+|[IVX]+)\s*[-–.]?$", RegexOptions.IgnoreCase)]
    private static partial Regex NumberedAnnex();

    [GeneratedRegex(@"^[\dIVX]+[.)\-–]?\s+")]
    private static partial Regex SectionNumber();

    [GeneratedRegex(@"[_\-.+]+")]
    private static partial Regex FileNameSeparators();
}
