using System.Text.RegularExpressions;
using Search.Core.Documents;
using Search.Pipeline.Extraction;

namespace Search.Pipeline.Metadata;

/// <summary>
/// Merges metadata in this order of trust: sidecar, what the file declares, what the text and the file
/// name suggest (French cues for dates, publishers and document types).
/// </summary>
public static partial class MetadataInferrer
{
    /// <summary>How many characters of the first pages are searched for cues.</summary>
    private const int CueWindow = 6000;

    /// <summary>How many years before the file's own year (title, file name, creation date) an uncued date may be.</summary>
    private const int PlausibleYearsBefore = 3;

    [GeneratedRegex(@"\bR[ée]f\.?\s*:\s*S\s?(?<y>(?:19|20)\d{2})-\d{3,}")]
    private static partial Regex CourReference();

    /// <summary>The year of a Cour des comptes reference ("Réf. : S2016-2671"), the only date some of its letters carry in their text.</summary>
    private static int? ReferenceYear(string head) =>
        CourReference().Match(head[..Math.Min(head.Length, 1500)]) is { Success: true } m ? int.Parse(m.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture) : null;

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

    /// <param name="linkTexts">
    /// The texts of the links that led to the file, most frequent first (crawled documents): a title when the file
    /// declares none worth keeping.
    /// </param>
    public static InferredMetadata Infer(ExtractedContent content, string relativePath, SidecarMetadata? sidecar = null, IReadOnlyList<string>? linkTexts = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        var fileName = Path.GetFileName(relativePath ?? "");
        var head = HeadText(content).Replace('’', '\'');
        var declaredTitle = content.DeclaredTitle;
        // A site name used as <title> ("Cour des comptes") is not the document's title.
        if (declaredTitle is not null && IsGenericTitle(declaredTitle)) declaredTitle = null;
        // An editor's file name kept as the PDF title ("2014 TAB Rattachementsx", "… - P122 - v1909") comes after the heading.
        string? weakDeclaredTitle = null;
        if (declaredTitle is not null && LooksLikeFileName(declaredTitle)) (weakDeclaredTitle, declaredTitle) = (declaredTitle, null);
        var heading = MetadataFilters.CleanTitle(content.HeadingTitle, fileName);
        // A section heading ("PRÉSENTATION GÉNÉRALE") is a title only when nothing else is found.
        string? sectionHeading = null;
        if (heading is not null && IsSectionHeading(heading)) (sectionHeading, heading) = (heading, null);

        var linkTitle = linkTexts?.Select(t => MetadataFilters.CleanLinkText(t, fileName)).FirstOrDefault(t => t is not null);
        var title = Pick(sidecar?.Title, declaredTitle, linkTitle, AuditTitle(head), ActTitle(head), heading, AuditedBodyTitle(head), weakDeclaredTitle)
                    ?? FirstMeaningfulLine(head, content.OcrPages.Contains(1) ? IsPlausibleOcrLine : null)
                    ?? sectionHeading
                    ?? PrettifyFileName(fileName);

        var publisher = Pick(sidecar?.Publisher)
                        ?? (content.DeclaredPublisher is { } declared ? CanonicalPublisher(declared) ?? declared.Trim() : null)
                        ?? AuditPublisher(head)
                        ?? InferPublisher(head, relativePath ?? "", title);

        var type = !string.IsNullOrWhiteSpace(sidecar?.Type)
            ? DocumentTypes.Normalize(sidecar!.Type!)
            : InferType(title, content.HeadingTitle, head, relativePath ?? "", content.Format);

        DateOnly? date = sidecar?.Date;
        int? year = sidecar?.Year;
        if (date is null && year is null)
        {
            if (content.DeclaredDate is { } d && !content.DeclaredDateIsFileCreationDate) date = d;
            // A date in the title ("Journal officiel ... du 11 décembre 2014") comes first.
            date ??= FrenchDates.FindAll(title).FirstOrDefault(c => c.HasDay)?.Date;
            var ownYear = FrenchDates.FindYear(title) ?? FrenchDates.FindYear(fileName) ?? ReferenceYear(head);
            if (date is null && FrenchDates.FindPublicationDateCue(head) is var (found, strong))
            {
                // A date without a publication cue (the first one of the text) may be a birth date in a table or
                // a law's date: kept only when it is not years before what the file says of itself.
                var anchor = ownYear ?? content.DeclaredDate?.Year;
                if (strong || anchor is null || found.Year >= anchor.Value - PlausibleYearsBefore) date = found;
            }
            if (date is null && content.DeclaredDate is { } weak) date = weak;
            year = date?.Year ?? ownYear;
        }
        year ??= date?.Year;

        var summary = Pick(sidecar?.Summary, content.Description) ?? FirstSentences(content.FullText, 300);
        if (summary is not null && summary.Length > 300) summary = Shorten(summary, 300);

        return new InferredMetadata
        {
            Title = title,
            Publisher = publisher,
            Type = type,
            Date = date,
            Year = year,
            Themes = sidecar?.Themes ?? [],
            Summary = summary,
            Url = Pick(sidecar?.Url, content.CanonicalUrl),
            Series = InferSeries(title, head),
            Language = LanguageOf(content.Language, content.FullText),
        };
    }

    // ---------- Cour des comptes and regional audit chambers (letters, ROD, référés) ----------

    [GeneratedRegex(@"^\s*RAPPORT\s+D'OBSERVATIONS\s+D[ÉE]FINITIVES\s*(?:\n+|\s+)(?<what>[^\n]{3,140})", RegexOptions.IgnoreCase)]
    private static partial Regex RodHeading();

    [GeneratedRegex(@"\bObjet\s*:\s*(?<what>[^\n]{5,220}?)(?=\s*(?:\n|\s\|\s|P\.\s*J\.|R[ée]f\.|Lettre\s+recommand|Monsieur|Madame|En\s+application|[ÀA]\s+la\s+suite|Par\s+lettre|Je\s+vous|$))", RegexOptions.IgnoreCase)]
    private static partial Regex ObjectLine();

    [GeneratedRegex(@"observations\s+d[ée]finitives(?:\s+arr[êe]t[ée]es\s+par)?(?:\s+(?:de\s+)?la\s+chambre(?:\s+r[ée]gionale\s+des\s+comptes)?)?\s+(?:relatives?\s+[àa]|concernant|sur|portant\s+sur)\s+(?:l'examen\s+de\s+)?(?<what>.{5,170}?)(?=\s+(?:au\s+cours\s+des|pour\s+les|concernant\s+les|sur\s+les|depuis\s+(?:l'exercice|\d{4})|ainsi\s+qu)|[,.;]|\s+\(exercices)", RegexOptions.IgnoreCase)]
    private static partial Regex RodSubject();

    /// <summary>
    /// Title of an audit report or of the letter that notifies it (Cour des comptes, CRC/CTC): the
    /// "RAPPORT D'OBSERVATIONS DÉFINITIVES" heading and what follows, the letter's "Objet :", or what the
    /// observations are about ("… observations définitives … concernant la gestion de X").
    /// </summary>
    public static string? AuditTitle(string head)
    {
        var start = head[..Math.Min(head.Length, 3000)].Replace('’', '\'');
        if (!IsAuditDocument(start)) return null;
        // "SIVU des Rives de l'Elorn (29) – Extrait ROD 2016-07 du 09-03-2016": the extract's own title line.
        var firstLine = start.TrimStart().Split('\n')[0].Trim();
        if (firstLine.Length <= 200 && ExtractRod().IsMatch(firstLine)) return firstLine;
        var rod = RodHeading().Match(start);
        if (rod.Success) return "Rapport d'observations définitives – " + Sentence(rod.Groups["what"].Value);
        var obj = ObjectLine().Match(start);
        if (obj.Success)
        {
            var what = obj.Groups["what"].Value.Trim().TrimEnd('.', ',', ';');
            if (!NotificationObject().IsMatch(what)) return Sentence(what);
        }
        var flat = WhiteSpaceRun().Replace(start, " ");
        var subject = RodSubject().Match(flat);
        if (subject.Success) return "Rapport d'observations définitives – " + Sentence(subject.Groups["what"].Value);
        return null;
    }

    /// <summary>
    /// For an audit document that titles itself with nothing better than a section heading: the first audited body its
    /// text names ("La Communauté de communes du Centre Argonne dispose…" gives "Communauté de communes du Centre Argonne").
    /// </summary>
    public static string? AuditedBodyTitle(string head)
    {
        var start = head[..Math.Min(head.Length, 3000)].Replace('’', '\'');
        if (!IsAuditDocument(start)) return null;
        var flat = WhiteSpaceRun().Replace(start, " ");
        var body = AuditedBody().Match(flat);
        if (!body.Success) return null;
        var name = Sentence(body.Groups["body"].Value);
        return DefinitiveObservations().IsMatch(flat) ? "Rapport d'observations définitives – " + name : name;
    }

    [GeneratedRegex(@"\b(?i:la|le|l'|du|de\s+la|de\s+l')\s*(?<body>(?i:communaut[ée]\s+(?:de\s+communes|d'agglom[ée]ration|urbaine)|commune|m[ée]tropole|syndicat(?:\s+(?:mixte|intercommunal|[àa]\s+vocation\s+(?:unique|multiple)))?|SIVU|SIVOM|centre\s+hospitalier(?:\s+universitaire)?|office\s+(?:public\s+de\s+l'habitat|de\s+tourisme)|d[ée]partement|r[ée]gion)\s+(?i:de\s+la\s+|de\s+l'|des\s+|du\s+|de\s+|d')?(?!(?:La|Le|Les|L'|Il|Elle|Ce|Cette|Ces|Un|Une|En|Au|Aux|Dans|Par|Pour|Sur|Son|Sa|Ses|Depuis|Selon)\b)\p{Lu}[\p{L}'\-]*(?:\s+(?:(?i:de\s+la|de\s+l'|des|du|de|d'|et|sur|en|l')\s*)?\p{Lu}[\p{L}'\-]*){0,4})")]
    private static partial Regex AuditedBody();

    /// <summary>A document of the Cour des comptes or of a regional/territorial chamber (not a parliament "chambre").</summary>
    private static bool IsAuditDocument(string start) =>
        AuditDocumentCue().IsMatch(start)
        || CourReference().IsMatch(start);

    private static string Sentence(string s)
    {
        s = WhiteSpaceRun().Replace(s, " ").Trim().TrimEnd('.', ',', ';', ':', '–', '-').Trim();
        // "COMMUNE DE PIRAE" -> "Commune de Pirae"
        if (s.Count(char.IsLetter) > 3 && s.Where(char.IsLetter).All(char.IsUpper))
            s = System.Globalization.CultureInfo.GetCultureInfo("fr-FR").TextInfo.ToTitleCase(s.ToLowerInvariant());
        s = ShortLinkWord().Replace(s, m => m.Value.ToLowerInvariant());
        return s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
    }

    /// <summary>Regions of 2016 (the chambers' territories) by department number.</summary>
    private static class ChamberRegions
    {
        private static readonly Dictionary<string, string> ByDepartment = Build(
            ("Auvergne-Rhône-Alpes", "01 03 07 15 26 38 42 43 63 69 73 74"), ("Bourgogne-Franche-Comté", "21 25 39 58 70 71 89 90"),
            ("Bretagne", "22 29 35 56"), ("Centre-Val de Loire", "18 28 36 37 41 45"), ("Corse", "20"),
            ("Grand Est", "08 10 51 52 54 55 57 67 68 88"), ("Hauts-de-France", "02 59 60 62 80"), ("Île-de-France", "75 77 78 91 92 93 94 95"),
            ("Normandie", "14 27 50 61 76"), ("Nouvelle-Aquitaine", "16 17 19 23 24 33 40 47 64 79 86 87"),
            ("Occitanie", "09 11 12 30 31 32 34 46 48 65 66 81 82"), ("Pays de la Loire", "44 49 53 72 85"),
            ("Provence-Alpes-Côte d'Azur", "04 05 06 13 83 84"));

        private static Dictionary<string, string> Build(params (string Region, string Departments)[] rows) =>
            rows.SelectMany(r => r.Departments.Split(' ').Select(d => (d, r.Region))).ToDictionary(x => x.d, x => x.Region);

        public static string? ForDepartment(string? code) => code is not null && ByDepartment.TryGetValue(code, out var r) ? r : null;

        public static string Canonical(string region)
        {
            var key = WhiteSpaceRun().Replace(region, " ");
            return ByDepartment.Values.FirstOrDefault(v => Search.Core.Querying.QueryText.Fold(v) == Search.Core.Querying.QueryText.Fold(key)) ?? key;
        }
    }

    /// <summary>Seats of the regional and territorial audit chambers, for letters signed "Lyon, le …".</summary>
    private static readonly (string City, string Chamber)[] ChamberSeats =
    [
        ("Lyon", "Auvergne-Rhône-Alpes"), ("Dijon", "Bourgogne-Franche-Comté"), ("Bordeaux", "Nouvelle-Aquitaine"),
        ("Rennes", "Bretagne"), ("Montpellier", "Occitanie"), ("Toulouse", "Occitanie"), ("Marseille", "Provence-Alpes-Côte d'Azur"),
        ("Metz", "Grand Est"), ("Nantes", "Pays de la Loire"), ("Orléans", "Centre-Val de Loire"), ("Rouen", "Normandie"),
        ("Caen", "Normandie"), ("Arras", "Hauts-de-France"), ("Noisy-le-Grand", "Île-de-France"), ("Bastia", "Corse"),
        ("Ajaccio", "Corse"), ("Saint-Denis", "La Réunion"), ("Pointe-à-Pitre", "Guadeloupe"), ("Basse-Terre", "Guadeloupe"),
    ];

    /// <summary>The date line of a letter from each seat ("Lyon, le 6 juin 2016"), built once.</summary>
    private static readonly (Regex Seat, string Chamber)[] ChamberSeatLines = ChamberSeats
        .Select(s => (new Regex(@"(^|\s)" + Regex.Escape(s.City) + @"(\s+Cedex)?,\s+le\s+\d", RegexOptions.IgnoreCase), s.Chamber))
        .ToArray();

    [GeneratedRegex(@"chambre\s+territoriale\s+des\s+comptes\s+(?:de\s+la\s+|de\s+)?(?<where>Polyn[ée]sie\s+fran[çc]aise|Nouvelle-Cal[ée]donie|Saint-Pierre-et-Miquelon|Saint-Martin|Saint-Barth[ée]lemy)", RegexOptions.IgnoreCase)]
    private static partial Regex TerritorialChamber();

    /// <summary>
    /// Publisher of a Cour des comptes / chamber document: a territorial chamber named in the text, a regional
    /// chamber by the seat its letter is dated from ("Lyon, le 6 juin 2016"), the Cour for its Premier
    /// président's letters. Null when the text is not such a document (the general cues then apply).
    /// </summary>
    public static string? AuditPublisher(string head)
    {
        var start = head[..Math.Min(head.Length, 3000)].Replace('’', '\'');
        if (!IsAuditDocument(start)) return null;
        var ctc = TerritorialChamber().Match(start);
        if (ctc.Success) return "Chambre territoriale des comptes de " + (ctc.Groups["where"].Value.StartsWith("Polyn", StringComparison.OrdinalIgnoreCase) ? "la Polynésie française" : ctc.Groups["where"].Value);
        if (CrcMatch(start) is { } crc) return crc;
        var mentionsChamber = ChamberMention().IsMatch(start);
        // Every seat's date line has ", le <digit>": without one in the first 600 characters, no seat can match.
        if (mentionsChamber && SeatDateLine().IsMatch(start[..Math.Min(start.Length, 600)]))
        {
            foreach (var (seat, chamber) in ChamberSeatLines)
            {
                if (seat.IsMatch(start[..Math.Min(start.Length, 600)]))
                    return "Chambre régionale des comptes " + chamber;
            }
        }
        if (FirstPresident().IsMatch(start[..Math.Min(start.Length, 600)])) return "Cour des comptes";
        if (!mentionsChamber && !ExtractRod().IsMatch(start)) return null;
        var named = NamedCrc().Match(start);
        if (named.Success) return "Chambre régionale des comptes " + ChamberRegions.Canonical(named.Groups["r"].Value);
        // The audited body's department (postcode of the addressee, or "Commune de X (22)"): the chamber of its region.
        var early = start[..Math.Min(start.Length, 800)];
        var dept = PostcodeAndTown().Match(early);
        var code = dept.Success ? dept.Groups["d"].Value : DepartmentInParentheses().Match(early).Groups["d"].Value;
        if (ChamberRegions.ForDepartment(code) is { } region) return "Chambre régionale des comptes " + region;
        return "Chambre régionale des comptes";
    }

    // ---------- Series and language ----------

    [GeneratedRegex(@"\b(?<name>bulletin\s+d'information\s+statistique|BIS|Insee\s+Premi[èe]re|Insee\s+Focus|Insee\s+R[ée]f[ée]rences|Insee\s+(?:Analyses|Flash|Dossier|Conjoncture)(?:\s+(?!n[°o])\p{Lu}[\p{L}\-']+){0,3}|[ÉE]tudes\s+et\s+r[ée]sultats|Cap\s+sur|Collectivit[ée]s\s+locales\s+en\s+chiffres|Les\s+cahiers?\s+de\s+l'OFGL|Dossier\s+de\s+l'OFGL)\s*(?:,\s*)?(?:n\s*[°ºo]\.?|num[ée]ro)\s*(?<num>\d{1,5})\b", RegexOptions.IgnoreCase)]
    private static partial Regex SeriesCue();

    /// <summary>The publication series and number ("BIS n° 170", "Insee Première n° 1267"), from the title or the first page.</summary>
    public static string? InferSeries(string? title, string headText)
    {
        foreach (var text in new[] { title ?? "", headText[..Math.Min(headText.Length, 2500)] })
        {
            var m = SeriesCue().Match(text.Replace('’', '\''));
            if (!m.Success) continue;
            var name = WhiteSpaceRun().Replace(m.Groups["name"].Value, " ").Trim();
            if (name.StartsWith("bulletin", StringComparison.OrdinalIgnoreCase) || name.Equals("BIS", StringComparison.OrdinalIgnoreCase)) name = "BIS";
            else if (name.StartsWith("insee", StringComparison.OrdinalIgnoreCase)) name = "Insee" + name[5..];
            else name = char.ToUpperInvariant(name[0]) + name[1..];
            return $"{name} n° {m.Groups["num"].Value}";
        }
        return null;
    }

    private static readonly HashSet<string> FrenchMarkers = ["le", "la", "les", "des", "du", "et", "est", "une", "dans", "pour", "par", "sur", "qui", "au", "aux", "que", "sont", "pas", "ces", "cette"];
    private static readonly HashSet<string> EnglishMarkers = ["the", "and", "of", "to", "is", "in", "for", "that", "with", "are", "this", "by", "on", "from", "was", "be", "which"];

    /// <summary>
    /// ISO 639-1 code: from common function words of the text when there is enough of it (French vs English,
    /// the two languages met here), else the declared language (HTML lang, XMP dc:language), else null.
    /// </summary>
    public static string? LanguageOf(string? declared, string text)
    {
        int fr = 0, en = 0;
        // The words (letter runs, as \p{L}+ finds them) of the first 20,000 characters, lower-cased only when short
        // enough to be a marker (every marker is two to five ASCII letters).
        var sample = text.AsSpan(0, Math.Min(text.Length, 20_000));
        Span<char> lower = stackalloc char[5];
        var i = 0;
        while (i < sample.Length)
        {
            if (!char.IsLetter(sample[i])) { i++; continue; }
            var start = i;
            while (i < sample.Length && char.IsLetter(sample[i])) i++;
            var length = i - start;
            if (length > 5) continue;
            for (var k = 0; k < length; k++) lower[k] = char.ToLowerInvariant(sample[start + k]);
            var w = lower[..length];
            if (FrenchMarkerLookup.Contains(w)) fr++;
            else if (EnglishMarkerLookup.Contains(w)) en++;
        }
        if (fr + en >= 20)
        {
            if (fr >= en * 2) return "fr";
            if (en >= fr * 2) return "en";
        }
        if (!string.IsNullOrWhiteSpace(declared)) return declared.Trim().ToLowerInvariant() is var d && d.Length >= 2 ? d[..2] : null;
        return fr > en ? "fr" : en > fr ? "en" : null;
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FrenchMarkerLookup =
        new HashSet<string>(FrenchMarkers, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> EnglishMarkerLookup =
        new HashSet<string>(EnglishMarkers, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex WordToken();

    private static bool IsGenericTitle(string title)
    {
        var t = title.Trim().TrimEnd('.');
        if (CanonicalPublisher(t) is { } p && t.Length <= p.Length + 25 && t.Split(' ').Length <= 5) return true;
        return t.Equals("Accueil", StringComparison.OrdinalIgnoreCase) || t.Equals("Home", StringComparison.OrdinalIgnoreCase);
    }

    private static string? Pick(params string?[] values) =>
        values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim();

    /// <summary>The first pages' text, up to <see cref="CueWindow"/> characters.</summary>
    private static string HeadText(ExtractedContent content)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var page in content.Pages.Take(3))
        {
            if (page.Length == 0) continue;
            if (sb.Length > 0) sb.Append("\n\n");
            sb.Append(page, 0, Math.Min(page.Length, CueWindow - sb.Length));
            if (sb.Length >= CueWindow) break;
        }
        return sb.ToString();
    }

    // ---------- Publisher ----------

    private static readonly (Regex Pattern, string Publisher)[] PublisherCues =
    [
        (DgclCue(), "DGCL"),
        (OfglCue(), "OFGL"),
        (DgfipCue(), "DGFiP"),
        (InseeCue(), "INSEE"),
        (AdemeCue(), "ADEME"),
        (TerritoriesObservatoryCue(), "Observatoire des territoires"),
        (AnctCue(), "ANCT"),
        (DreesCue(), "DREES"),
        (CourCue(), "Cour des comptes"),
    ];

    [GeneratedRegex(@"direction\s+g[ée]n[ée]rale\s+des\s+collectivit[ée]s\s+locales|\bDGCL\b", RegexOptions.IgnoreCase)]
    private static partial Regex DgclCue();

    [GeneratedRegex(@"observatoire\s+des\s+finances\s+et\s+de\s+la\s+gestion\s+publique\s+locales|\bOFGL\b", RegexOptions.IgnoreCase)]
    private static partial Regex OfglCue();

    [GeneratedRegex(@"direction\s+g[ée]n[ée]rale\s+des\s+finances\s+publiques|\bDGFiP\b", RegexOptions.IgnoreCase)]
    private static partial Regex DgfipCue();

    [GeneratedRegex(@"\bInsee\b|institut\s+national\s+de\s+la\s+statistique", RegexOptions.IgnoreCase)]
    private static partial Regex InseeCue();

    [GeneratedRegex(@"\bADEME\b|agence\s+de\s+la\s+transition\s+[ée]cologique|agence\s+de\s+l'environnement\s+et\s+de\s+la\s+ma[îi]trise", RegexOptions.IgnoreCase)]
    private static partial Regex AdemeCue();

    [GeneratedRegex(@"observatoire\s+des\s+territoires", RegexOptions.IgnoreCase)]
    private static partial Regex TerritoriesObservatoryCue();

    [GeneratedRegex(@"\bANCT\b|agence\s+nationale\s+de\s+la\s+coh[ée]sion\s+des\s+territoires", RegexOptions.IgnoreCase)]
    private static partial Regex AnctCue();

    [GeneratedRegex(@"\bDREES\b|direction\s+de\s+la\s+recherche,\s+des\s+[ée]tudes,\s+de\s+l'[ée]valuation\s+et\s+des\s+statistiques", RegexOptions.IgnoreCase)]
    private static partial Regex DreesCue();

    [GeneratedRegex(@"\bCour\s+des\s+comptes\b", RegexOptions.IgnoreCase)]
    private static partial Regex CourCue();


    [GeneratedRegex(@"\b(?i:chambre\s+r[ée]gionale\s+des\s+comptes)\s+((?:d'|de\s+l'|de\s+la\s+|des\s+|du\s+|de\s+)?\p{Lu}[\p{L}'\-]*(?:(?:\s+|\s*-\s*|,\s+)(?:(?:et|de|du|des|la|le|d'|l')\s*)?\p{Lu}[\p{L}'\-]*){0,4})")]
    private static partial Regex CrcCue();

    /// <summary>Maps a declared publisher/author to its canonical form ("Par l'Observatoire des Territoires" -> "Observatoire des territoires").</summary>
    public static string? CanonicalPublisher(string declared)
    {
        var crc = CrcMatch(declared);
        if (crc is not null) return crc;
        foreach (var (pattern, publisher) in PublisherCues)
            if (pattern.IsMatch(declared)) return publisher;
        // "Assemblée Nationale", "SENAT": the institutions' own spelling.
        var squashed = WhiteSpaceRun().Replace(declared.Trim(), " ");
        if (NationalAssemblyName().IsMatch(squashed)) return "Assemblée nationale";
        if (SenateName().IsMatch(squashed)) return "Sénat";
        return null;
    }

    private static string? CrcMatch(string text)
    {
        var m = CrcCue().Match(text);
        if (!m.Success) return null;
        var region = WhiteSpaceRun().Replace(m.Groups[1].Value, " ").Trim(' ', '-', ',', '.');
        // Stop at words that are not part of a region name.
        region = NotRegionTail().Replace(region, "").Trim();
        return region.Length == 0 ? null : "Chambre régionale des comptes " + region;
    }

    /// <summary>Publisher from cues: the start of the text first, then the file path, then the rest of the first pages.</summary>
    public static string? InferPublisher(string headText, string relativePath, string? title = null)
    {
        var start = (title ?? "") + "\n" + headText[..Math.Min(headText.Length, 800)];
        var found = EarliestPublisher(start);
        if (found is not null) return found;
        var pathWords = PathSeparators().Replace(relativePath, " ");
        var fromPath = EarliestPublisher(pathWords) ?? PathPublisher(pathWords);
        if (fromPath is not null) return fromPath;
        return EarliestPublisher(headText)
               ?? LocalAuthorityPublisher(headText)
               ?? ParliamentPublisher((title ?? "") + "\n" + headText[..Math.Min(headText.Length, 2000)]);
    }

    /// <summary>A line that names an arrêté: "ARRETE DE RADIATION DES CADRES POUR …".</summary>
    [GeneratedRegex(@"(?m)^\s*(?<line>(?i:arr[êe]t[ée])\s+(?i:de|du|des|portant|relatif|d')\b[^\n]{10,400})$")]
    private static partial Regex NamedAct();

    [GeneratedRegex(@"(?:^|\n)\s*(?i:collectivit[ée]\s*:\s*)?(?<kind>(?i:commune|mairie|ville))\s+(?<de>(?i:de\s+la\s+|de\s+l'|du\s+|des\s+|de\s+|d'))(?<name>\p{Lu}[\p{L}'\-]+(?:[ \t\-]+(?:(?i:sur|sous|en|de|du|des|la|le|les|lès|lez|et|d'|l')[ \t\-]+)?\p{Lu}[\p{L}'\-]+){0,4})")]
    private static partial Regex LocalAuthorityHeading();

    /// <summary>
    /// A local authority's own act (deliberation, arrêté): "COMMUNE D'AIZAC" heading the first lines of an
    /// "extrait du registre des délibérations" gives "Commune d'Aizac".
    /// </summary>
    /// <summary>The title of a local authority's act: "Délibération – Vote du compte administratif 2019" from its "OBJET :" line.</summary>
    public static string? ActTitle(string headText)
    {
        var start = headText[..Math.Min(headText.Length, 2500)].Replace('’', '\'');
        // A scanned arrêté often names itself on a line of its own: "ARRETE DE RADIATION DES CADRES POUR …".
        var named = NamedAct().Match(start[..Math.Min(start.Length, 800)]);
        if (!ActCue().IsMatch(start))
            return named.Success ? Shorten(SentenceCase(named.Groups["line"].Value), 160) : null;
        var obj = ActObjectLine().Match(start);
        if (!obj.Success) return null;
        var kind = DeliberationWord().IsMatch(start) ? "Délibération" : "Arrêté";
        return kind + " – " + Sentence(obj.Groups["what"].Value);
    }

    public static string? LocalAuthorityPublisher(string headText)
    {
        var start = headText[..Math.Min(headText.Length, 1200)].Replace('’', '\'');
        if (!ActCue().IsMatch(start) && !NamedAct().IsMatch(start)) return null;
        var m = LocalAuthorityHeading().Match(start);
        if (!m.Success) return null;
        var name = Sentence(m.Groups["name"].Value);
        var de = m.Groups["de"].Value.Trim().ToLowerInvariant();
        return "Commune " + (de.EndsWith('\'') ? de : de + " ") + name;
    }

    [GeneratedRegex(@"\bBureau\s+du\s+S[ée]nat\b|\bS[ée]nat(?:eurs?|rices?)?\b|\bgroupe\s+politique\s+du\s+S[ée]nat\b", RegexOptions.IgnoreCase)]
    private static partial Regex SenateCue();

    [GeneratedRegex(@"\bAssembl[ée]e\s+nationale\b|\bd[ée]put[ée]e?s?\b", RegexOptions.IgnoreCase)]
    private static partial Regex NationalAssemblyCue();

    /// <summary>
    /// The Sénat or the Assemblée nationale for their own lists ("le Bureau du Sénat a pris acte…", "Rattachement des
    /// députés…"): a last resort, after every other cue and the file path, since both are named in many texts they did not publish.
    /// </summary>
    public static string? ParliamentPublisher(string text)
    {
        var senate = SenateCue().Match(text);
        var assembly = NationalAssemblyCue().Match(text);
        if (!senate.Success && !assembly.Success) return null;
        if (senate.Success && (!assembly.Success || senate.Index < assembly.Index)) return "Sénat";
        return "Assemblée nationale";
    }

    private static string? PathPublisher(string pathWords)
    {
        var lower = " " + pathWords.ToLowerInvariant() + " ";
        if (lower.Contains(" crc ") || lower.Contains(" ccomptes ")) return "Cour des comptes";
        if (lower.Contains(" minfi ")) return "Ministère de l'Économie et des Finances";
        if (lower.Contains(" beauvau ")) return "Ministère de l'Intérieur";
        return null;
    }

    private static string? EarliestPublisher(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var best = (Index: int.MaxValue, Publisher: (string?)null);
        var crc = CrcCue().Match(text);
        if (crc.Success) best = (crc.Index, CrcMatch(crc.Value));
        foreach (var (pattern, publisher) in PublisherCues)
        {
            var m = pattern.Match(text);
            // A regional chamber outranks the Cour des comptes it belongs to.
            if (m.Success && m.Index < best.Index && !(publisher == "Cour des comptes" && crc.Success)) best = (m.Index, publisher);
        }
        return best.Publisher;
    }

    // ---------- Type ----------

    [GeneratedRegex(@"bulletin\s+d['’]information\s+statistique|\bBIS\s+n\s*[°o]", RegexOptions.IgnoreCase)]
    private static partial Regex BulletinCue();

    [GeneratedRegex(@"rapport\s+(?:comportant\s+les\s+)?d?'?observations\s+d[ée]finitives|\bobservations\s+d[ée]finitives\s+de\s+la\s+chambre|\b(?:Extrait\s+)?ROD\s*\d|\bR[ée]f[ée]r[ée]\b|\bLe\s+Premier\s+pr[ée]sident\b", RegexOptions.IgnoreCase)]
    private static partial Regex AuditCue();

    [GeneratedRegex(@"note\s+m[ée]thodologique|m[ée]thodologie|\bm[ée]thodo\b", RegexOptions.IgnoreCase)]
    private static partial Regex MethodologyCue();

    [GeneratedRegex(@"\bjeux?\s+de\s+donn[ée]es\b", RegexOptions.IgnoreCase)]
    private static partial Regex DatasetCue();

    [GeneratedRegex(@"\bguide\b", RegexOptions.IgnoreCase)]
    private static partial Regex GuideCue();

    [GeneratedRegex(@"\binsee\s+(analyses|premi[èe]re|focus|r[ée]f[ée]rences)\b|\b[ée]tudes?\b", RegexOptions.IgnoreCase)]
    private static partial Regex StudyCue();

    [GeneratedRegex(@"registre\s+des\s+d[ée]lib[ée]rations|\bd[ée]lib[ée]ration\s+(n°|du\s+conseil)|\barr[êe]t[ée]\s+(municipal|pr[ée]fectoral|n°)", RegexOptions.IgnoreCase)]
    private static partial Regex ActCue();

    [GeneratedRegex(@"^\s*rapport\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReportTitleCue();

    /// <summary>Document type from cues in the title, the start of the text and the file path.</summary>
    public static string? InferType(string? title, string? heading, string headText, string relativePath, string format)
    {
        var titles = $"{title}\n{heading}";
        var start = headText[..Math.Min(headText.Length, 1500)];
        var titlesAndStart = titles + "\n" + start;
        var pathWords = PathSeparators().Replace(relativePath, " ");

        if (BulletinCue().IsMatch(titlesAndStart)) return DocumentTypes.StatisticalBulletin;
        if (AuditCue().IsMatch(titlesAndStart)) return DocumentTypes.AuditReport;
        if (MethodologyCue().IsMatch(titlesAndStart) || MethodologyCue().IsMatch(pathWords)) return DocumentTypes.MethodologyNote;
        if (DatasetCue().IsMatch(titlesAndStart)) return DocumentTypes.Dataset;
        if (GuideCue().IsMatch(titles)) return DocumentTypes.Guide;
        if (StudyCue().IsMatch(titles) || InseeStudySeries().IsMatch(start[..Math.Min(start.Length, 500)]))
            return DocumentTypes.Study;
        if (ActCue().IsMatch(titlesAndStart) || NamedAct().IsMatch(start)) return DocumentTypes.AdministrativeAct;
        if (ReportTitleCue().IsMatch(title ?? "") || ReportTitleCue().IsMatch(heading ?? "")) return DocumentTypes.Report;
        return format == "html" ? DocumentTypes.StatisticalPublication : null;
    }

    // ---------- Title and summary ----------

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
                return Sentence(above) + " – " + SentenceCase(line);
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
        var t = WhiteSpaceRun().Replace(text, " ").Trim();
        var letters = t.Where(char.IsLetter).ToList();
        if (letters.Count == 0 || letters.Count(char.IsUpper) < letters.Count * 0.8) return t;
        var lexicon = FrenchLexicon.Default;
        var result = WordToken().Replace(t, m =>
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
        var words = WordToken().Matches(line).Select(m => m.Value).Where(w => w.Length >= 3).ToList();
        if (words.Count == 0) return false;
        var known = words.Count(w => lexicon.ContainsIgnoringAccents(w));
        return known * 2 > words.Count;
    }

    /// <summary>"dgcl_methodo-commune_2013.pdf" -> "Dgcl methodo commune 2013".</summary>
    public static string PrettifyFileName(string fileName)
    {
        var stem = Path.GetFileNameWithoutExtension(fileName);
        var words = FileNameSeparators().Replace(stem, " ").Trim();
        words = WhiteSpaceRun().Replace(words, " ");
        if (words.Length == 0) return string.IsNullOrEmpty(fileName) ? "Sans titre" : fileName;
        return char.ToUpperInvariant(words[0]) + words[1..];
    }

    /// <summary>The first one or two substantial sentences (prose, not table rows or headings), at most <paramref name="max"/> characters.</summary>
    public static string? FirstSentences(string text, int max = 300)
    {
        foreach (var para in text.Split("\n\n").Take(200))
        {
            var p = para.Replace('\n', ' ').Trim();
            if (p.Length < 60 || p.Contains(" | ")) continue;
            var words = p.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < 8) continue;
            if (words.Count(w => FunctionWords.Contains(w.ToLowerInvariant())) < 2) continue; // prose, not a list of names
            var letters = p.Count(char.IsLetter);
            if (letters < p.Length * 0.6 || p.Count(char.IsLower) < letters / 2) continue;
            var sentences = SentenceEnd().Split(p).Where(s => s.Length > 0).ToList();
            var result = sentences[0].Trim();
            if (result.Length < 40 && sentences.Count == 1) continue;
            if (result.Length < 150 && sentences.Count > 1 && result.Length + 1 + sentences[1].Length <= max)
                result += " " + sentences[1].Trim();
            return Shorten(result, max);
        }
        return null;
    }

    private static readonly HashSet<string> FunctionWords =
    [
        "de", "la", "le", "les", "des", "du", "et", "en", "un", "une", "à", "au", "aux", "pour", "par", "sur", "dans",
        "est", "sont", "a", "ont", "qui", "que", "avec", "ce", "cette", "ces", "se", "sa", "son", "ses", "il", "elle", "ne", "pas",
    ];

    private static string Shorten(string s, int max)
    {
        if (s.Length <= max) return s;
        var cut = s.LastIndexOf(' ', max - 1);
        return (cut > max / 2 ? s[..cut] : s[..(max - 1)]).TrimEnd(',', ';', ':', ' ') + "…";
    }

    [GeneratedRegex(@"(?<=[.!?…])\s+(?=[\p{Lu}«""])")]
    private static partial Regex SentenceEnd();

    // ---------- Patterns used above, compiled once ----------

    [GeneratedRegex(@"^\d+(er|re|e|ème|eme|nd|nde|è)$", RegexOptions.IgnoreCase)]
    private static partial Regex OrdinalToken();

    [GeneratedRegex(@"^(19|20)\d{2}$")]
    private static partial Regex YearWord();

    [GeneratedRegex(@"^[\dIVX]+[.)\-–]?\s+")]
    private static partial Regex SectionNumber();

    [GeneratedRegex(@"\bExtrait\s+ROD\b", RegexOptions.IgnoreCase)]
    private static partial Regex ExtractRod();

    [GeneratedRegex(@"^notification|^(envoi|transmission)\s+d", RegexOptions.IgnoreCase)]
    private static partial Regex NotificationObject();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpaceRun();

    [GeneratedRegex(@"observations\s+d[ée]finitives", RegexOptions.IgnoreCase)]
    private static partial Regex DefinitiveObservations();

    [GeneratedRegex(@"observations\s+d[ée]finitives|\bCour\s+des\s+comptes\b|chambre\s+(r[ée]gionale|territoriale)\s+des\s+comptes|\bExtrait\s+ROD\b|\bpar\s+la\s+chambre\b", RegexOptions.IgnoreCase)]
    private static partial Regex AuditDocumentCue();

    [GeneratedRegex(@"\b(De|Du|Des|La|Le|Les|Et|En|Sur|Au|Aux|D'|L')\b")]
    private static partial Regex ShortLinkWord();

    [GeneratedRegex(@"\bla\s+chambre\b|chambre\s+r[ée]gionale\s+des\s+comptes|\bCRC\b", RegexOptions.IgnoreCase)]
    private static partial Regex ChamberMention();

    [GeneratedRegex(@"\bLe\s+Premier\s+pr[ée]sident\b|\bPremi[èe]re\s+pr[ée]sidente\b", RegexOptions.IgnoreCase)]
    private static partial Regex FirstPresident();

    [GeneratedRegex(@"\bCRC\s+(?:de\s+|d')?(?<r>Normandie|Bretagne|Occitanie|Grand\s+Est|Corse|Hauts-de-France|Nouvelle-Aquitaine|Auvergne-Rh[ôo]ne-Alpes|Bourgogne-Franche-Comt[ée]|Pays\s+de\s+la\s+Loire|Centre-Val\s+de\s+Loire|[ÎI]le-de-France|Provence-Alpes-C[ôo]te\s+d'Azur)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NamedCrc();

    [GeneratedRegex(@"\b(?<d>\d{2})\d{3}\s+\p{Lu}{2,}")]
    private static partial Regex PostcodeAndTown();

    [GeneratedRegex(@"\p{L}\s*\((?<d>\d{2})\)")]
    private static partial Regex DepartmentInParentheses();

    [GeneratedRegex(@"^(l')?Assembl[ée]e\s+nationale$", RegexOptions.IgnoreCase)]
    private static partial Regex NationalAssemblyName();

    [GeneratedRegex(@"^(le\s+)?S[ée]nat$", RegexOptions.IgnoreCase)]
    private static partial Regex SenateName();

    [GeneratedRegex(@"\s+(Le|La|Les|Rapport|Observations|Chambre|Jugement|Exercices?)\b.*$", RegexOptions.IgnoreCase)]
    private static partial Regex NotRegionTail();

    [GeneratedRegex(@"[_\-/\\.]+")]
    private static partial Regex PathSeparators();

    [GeneratedRegex(@"\bObjet\s*:\s*(?<what>[^\n]{5,200})", RegexOptions.IgnoreCase)]
    private static partial Regex ActObjectLine();

    [GeneratedRegex(@"d[ée]lib[ée]ration", RegexOptions.IgnoreCase)]
    private static partial Regex DeliberationWord();

    [GeneratedRegex(@"\binsee\s+(analyses|premi[èe]re)\b", RegexOptions.IgnoreCase)]
    private static partial Regex InseeStudySeries();

    [GeneratedRegex(@"[_\-.+]+")]
    private static partial Regex FileNameSeparators();

    [GeneratedRegex(@",\s+le\s+\d", RegexOptions.IgnoreCase)]
    private static partial Regex SeatDateLine();
}
