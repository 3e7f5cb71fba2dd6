using System.Text.RegularExpressions;

using Search.Pipeline.Extraction;

namespace Search.Pipeline.Metadata;

/// <summary>
/// What a file declares, made usable: junk titles ("Microsoft Word - x.doc", "methodo_comm.doc") and implausible
/// publishers (logins) rejected, site suffixes dropped.
/// </summary>
public static partial class MetadataFilters
{
    /// <summary>The first declared title worth keeping, else the page title without its site suffix; null when none is.</summary>
    public static string? DeclaredTitle(ExtractedContent content, string? fileName)
    {
        foreach (var title in content.DeclaredTitles)
            if (CleanTitle(StripPublisherSuffix(title), fileName) is { } clean) return clean;
        return CleanTitle(StripSiteSuffix(StripPublisherSuffix(content.PageTitle)), fileName);
    }

    /// <summary>
    /// "Commune de Vienne : rapport | Chambre régionale des comptes Auvergne-Rhône-Alpes" -> "Commune de Vienne : rapport":
    /// the part after the last " | " is dropped when it names a publisher, however long its name.
    /// </summary>
    public static string? StripPublisherSuffix(string? title)
    {
        if (title is null) return null;
        var bar = title.LastIndexOf(" | ", StringComparison.Ordinal);
        if (bar <= 0) return title;
        var tail = title[(bar + 3)..].Trim();
        var words = tail.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return words <= 10 && PublisherRule.CanonicalPublisher(tail) is not null ? title[..bar].TrimEnd() : title;
    }

    /// <summary>The first declared publisher worth keeping (an organisation, not a login), else the site's name.</summary>
    public static string? DeclaredPublisher(ExtractedContent content)
    {
        foreach (var publisher in content.DeclaredPublishers)
            if (CleanPublisher(publisher) is { } clean) return clean;
        return CleanSiteName(content.SiteName);
    }

    /// <summary>"Titre de la page | Site" -> "Titre de la page" when the site part is short.</summary>
    public static string? StripSiteSuffix(string? title)
    {
        if (string.IsNullOrWhiteSpace(title)) return null;
        var t = MetadataText.WhiteSpaceRun().Replace(title, " ").Trim();
        foreach (var sep in new[] { " | ", " – ", " — ", " - ", " :: ", " · " })
        {
            var idx = t.LastIndexOf(sep, StringComparison.Ordinal);
            if (idx <= 0) continue;
            var head = t[..idx].Trim();
            var tail = t[(idx + sep.Length)..].Trim();
            if (head.Length >= 10 && tail.Length <= 40 && tail.Split(' ').Length <= 6 && tail.Length < head.Length)
                return head;
        }
        return t;
    }

    /// <summary>A site name (og:site_name) as a last-resort publisher: any name of reasonable length.</summary>
    public static string? CleanSiteName(string? siteName)
    {
        if (string.IsNullOrWhiteSpace(siteName)) return null;
        var s = MetadataText.WhiteSpaceRun().Replace(siteName, " ").Trim();
        return s.Length is >= 2 and <= 120 ? s : null;
    }


    private static readonly string[] JunkTitles =
    [
        "untitled", "sans titre", "document", "document1", "titre", "title", "présentation powerpoint",
        "presentation powerpoint", "diapositive 1", "slide 1", "new document", "nouveau document", "page 1",
    ];

    /// <summary>Returns the cleaned title, or null when the declared title is junk.</summary>
    public static string? CleanTitle(string? title, string? fileName = null)
    {
        if (string.IsNullOrWhiteSpace(title)) return null;
        var t = TextNormalizer.Normalize(DecodePdfStringArtifacts(title)).Replace('\n', ' ').Trim();
        // Raw PDF string syntax left in by some producers: "(Microsoft Word - x.doc)".
        if (t.Length > 2 && t[0] == '(' && t[^1] == ')') t = t[1..^1].Trim();
        // "Microsoft Word - Rapport.doc" -> "Rapport.doc", then the extension.
        t = ToolPrefix().Replace(t, "");
        t = FileExtension().Replace(t, "").Trim(' ', '-', '_', '.');
        if (t.Length < 4) return null;
        if (t.Count(char.IsLetter) < 4) return null;
        if (!t.Contains(' ') && t.Count(char.IsLetter) < 6) return null; // "nexe", "Doc1"
        if (JunkTitles.Contains(t.ToLowerInvariant())) return null;
        // File-name-like: no space, with underscores/dots/digit runs ("methodo_comm", "KM_C224e_MAIRIE-2020").
        if (!t.Contains(' ') && (t.Contains('_') || t.Contains('.') || t.Any(char.IsDigit) || t.Length > 25)) return null;
        if (t.Contains('_')) return null; // "collocgouv_méthodo_dep2013-envoi def", "CAE Règlement label 2025_041225_vf"
        if (t.Length > 200) return null;    // a paragraph, not a title
        if (fileName is not null)
        {
            var stem = Path.GetFileNameWithoutExtension(fileName);
            if (Squash(stem) == Squash(t)) return null;
        }
        if (t.Length > 300) t = t[..300].TrimEnd();
        return t;
    }

    private static readonly string[] GenericLinkTexts =
    [
        "ici", "cliquez ici", "lien", "pdf", "télécharger", "telecharger", "téléchargement", "document", "fichier",
        "en savoir plus", "lire la suite", "voir", "voir le document", "consulter", "consulter le document", "lire",
        "accéder au document", "acceder au document", "version pdf", "format pdf", "le document", "la publication",
        "télécharger le document", "télécharger la publication", "télécharger le fichier", "télécharger le pdf",
        "plus d'informations", "suite", "détails", "details", "ouvrir", "accès", "acces",
    ];

    /// <summary>
    /// The text of a link that led to a file, as a title: "Télécharger le BIS n° 170 – Les apprentis (PDF, 1,2 Mo)"
    /// gives "BIS n° 170 – Les apprentis"; null for texts that say nothing of the document ("Télécharger", "ici",
    /// "PDF - 230 Ko", a file name, a bare URL).
    /// </summary>
    public static string? CleanLinkText(string? text, string? fileName = null)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var t = TextNormalizer.Normalize(text).Replace('\n', ' ');
        t = Regex.Replace(t, @"\s+", " ").Trim();
        if (t.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || t.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || t.StartsWith("www.", StringComparison.OrdinalIgnoreCase)) return null;
        // "(PDF, 1,2 Mo)", "[pdf - 523 Ko]", "- PDF - 2.3 MB", "(nouvelle fenêtre)" and the like, repeatedly at the end.
        string before;
        do
        {
            before = t;
            t = LinkTrailer().Replace(t, "").Trim();
        } while (t != before && t.Length > 0);
        t = LinkVerb().Replace(t, "").Trim(' ', ':', '-', '–', '—', '|', '»', '›', '>');
        if (t.Length > 0) t = char.ToUpperInvariant(t[0]) + t[1..];
        if (GenericLinkTexts.Contains(t.ToLowerInvariant().TrimEnd('.', ' '))) return null;
        // A file name is not a title: "BIS_170.pdf", "note-conjoncture-2023".
        if (FileExtension().IsMatch(t) || !t.Contains(' ')) return null;
        if (t.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 3 || t.Count(char.IsLetter) < 12) return null;
        return CleanTitle(t, fileName);
    }

    [GeneratedRegex(@"\s*(?:[(\[]\s*(?:pdf|fichier|document|format|version|nouvelle\s+fen[êe]tre|ouvre\s+(?:dans\s+)?une\s+nouvelle\s+fen[êe]tre|[\d.,]+\s*[kmg]?[ob])[^)\]]{0,40}[)\]]|[-–—|,]\s*(?:pdf|format\s+pdf|nouvelle\s+fen[êe]tre|ouvre\s+une\s+nouvelle\s+fen[êe]tre|[\d.,]+\s*(?:[kmg]o|[kmg]b|octets))\b[^-–—|]{0,20}|\bpdf\s*$)$", RegexOptions.IgnoreCase)]
    private static partial Regex LinkTrailer();

    [GeneratedRegex(@"^(?:t[ée]l[ée]charger|consulter|lire|voir|acc[ée]der\s+[àa]|ouvrir|d[ée]couvrir)(?:\s+(?:le|la|les|l'|l’|ce|cette|notre))?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex LinkVerb();

    /// <summary>Octal escapes left from PDF literal strings ("m\\351thodo" -> "méthodo", Latin-1).</summary>
    private static string DecodePdfStringArtifacts(string s) =>
        s.Contains('\\') ? OctalEscape().Replace(s, m => ((char)Convert.ToInt32(m.Groups[1].Value, 8)).ToString()) : s;

    public static bool IsJunkTitle(string? title, string? fileName = null) => CleanTitle(title, fileName) is null;

    private static readonly string[] OrgWords =
    [
        "direction", "ministère", "ministere", "insee", "observatoire", "agence", "chambre", "cour des comptes",
        "dgcl", "dgfip", "ofgl", "ademe", "anct", "cget", "drees", "institut", "conseil", "commune", "département",
        "departement", "région", "region", "préfecture", "prefecture", "assemblée", "assemblee", "sénat", "senat",
        "service", "république", "republique", "office", "centre", "cerema", "banque", "caisse", "association",
        "fédération", "federation", "syndicat", "communauté", "communaute", "métropole", "metropole", "collectivit",
        "secrétariat", "secretariat", "haut conseil", "autorité", "autorite", "commissariat", "université", "universite",
    ];

    private static readonly string[] JunkAuthors =
    [
        "admin", "administrateur", "administrator", "user", "utilisateur", "windows user", "microsoft", "auteur",
        "author", "owner", "propriétaire", "unknown", "inconnu", "hp", "dell", "lenovo", "default",
    ];

    /// <summary>A PDF Author / HTML author worth using as a publisher: an organisation or an acronym, not a login.</summary>
    public static string? CleanPublisher(string? author)
    {
        if (string.IsNullOrWhiteSpace(author)) return null;
        var a = TextNormalizer.Normalize(author).Replace('\n', ' ').Trim();
        if (a.Length < 2 || a.Length > 200) return null;
        a = LeadingBy().Replace(a, "").Trim();
        if (JunkAuthors.Contains(a.ToLowerInvariant())) return null;
        if (a.Contains('@') || a.Contains('\\') || a.Contains('_')) return null;
        if (Acronym().IsMatch(a)) return a;
        var lower = a.ToLowerInvariant();
        return OrgWords.Any(lower.Contains) ? a : null;
    }

    [GeneratedRegex(@"^(par|by|publié par|réalisé par|auteur\s*:)\s+(l['’]\s*|le\s+|la\s+|les\s+)?", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingBy();

    private static string Squash(string s) => new(s.ToLowerInvariant().Where(char.IsLetterOrDigit).ToArray());

    [GeneratedRegex(@"^(Microsoft\s+(Word|PowerPoint|Excel)|Word|PowerPoint|Excel|Adobe\s+\w+|LibreOffice\s+\w+)\s*-\s*", RegexOptions.IgnoreCase)]
    private static partial Regex ToolPrefix();

    [GeneratedRegex(@"\.(docx?|odt|rtf|txt|pdf|xlsx?|ods|pptx?|odp|indd|qxd|pub|html?|dot|tmp)$", RegexOptions.IgnoreCase)]
    private static partial Regex FileExtension();

    [GeneratedRegex(@"\\([0-7]{3})")]
    private static partial Regex OctalEscape();

    [GeneratedRegex(@"^[A-Z][A-Z0-9&\-]{1,11}$")]
    private static partial Regex Acronym();
}
