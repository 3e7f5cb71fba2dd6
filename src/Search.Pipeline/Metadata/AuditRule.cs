using System.Text.RegularExpressions;
using Search.Core.Documents;

namespace Search.Pipeline.Metadata;

/// <summary>
/// Title and publisher of the documents of the Cour des comptes and of the regional/territorial audit chambers
/// (letters, reports of final observations, référés); the chambers themselves come from <see cref="AuditChambers"/>.
/// </summary>
public static partial class AuditRule
{
    [GeneratedRegex(@"\bR[ée]f\.?\s*:\s*S\s?(?<y>(?:19|20)\d{2})-\d{3,}")]
    private static partial Regex CourReference();

    /// <summary>The year of a Cour des comptes reference ("Réf. : S2016-2671"), the only date some of its letters carry in their text.</summary>
    internal static int? ReferenceYear(string head) =>
        CourReference().Match(head[..Math.Min(head.Length, 1500)]) is { Success: true } m ? int.Parse(m.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture) : null;

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
        if (rod.Success) return "Rapport d'observations définitives – " + MetadataText.Sentence(rod.Groups["what"].Value);
        var obj = ObjectLine().Match(start);
        if (obj.Success)
        {
            var what = obj.Groups["what"].Value.Trim().TrimEnd('.', ',', ';');
            if (!NotificationObject().IsMatch(what)) return MetadataText.Sentence(what);
        }
        var flat = MetadataText.WhiteSpaceRun().Replace(start, " ");
        var subject = RodSubject().Match(flat);
        if (subject.Success) return "Rapport d'observations définitives – " + MetadataText.Sentence(subject.Groups["what"].Value);
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
        var flat = MetadataText.WhiteSpaceRun().Replace(start, " ");
        var body = AuditedBody().Match(flat);
        if (!body.Success) return null;
        var name = MetadataText.Sentence(body.Groups["body"].Value);
        return DefinitiveObservations().IsMatch(flat) ? "Rapport d'observations définitives – " + name : name;
    }

    [GeneratedRegex(@"\b(?i:la|le|l'|du|de\s+la|de\s+l')\s*(?<body>(?i:communaut[ée]\s+(?:de\s+communes|d'agglom[ée]ration|urbaine)|commune|m[ée]tropole|syndicat(?:\s+(?:mixte|intercommunal|[àa]\s+vocation\s+(?:unique|multiple)))?|SIVU|SIVOM|centre\s+hospitalier(?:\s+universitaire)?|office\s+(?:public\s+de\s+l'habitat|de\s+tourisme)|d[ée]partement|r[ée]gion)\s+(?i:de\s+la\s+|de\s+l'|des\s+|du\s+|de\s+|d')?(?!(?:La|Le|Les|L'|Il|Elle|Ce|Cette|Ces|Un|Une|En|Au|Aux|Dans|Par|Pour|Sur|Son|Sa|Ses|Depuis|Selon)\b)\p{Lu}[\p{L}'\-]*(?:\s+(?:(?i:de\s+la|de\s+l'|des|du|de|d'|et|sur|en|l')\s*)?\p{Lu}[\p{L}'\-]*){0,4})")]
    private static partial Regex AuditedBody();

    /// <summary>A document of the Cour des comptes or of a regional/territorial chamber (not a parliament "chambre").</summary>
    private static bool IsAuditDocument(string start) =>
        AuditDocumentCue().IsMatch(start)
        || CourReference().IsMatch(start);

    /// <summary>The date line of a letter from each seat ("Lyon, le 6 juin 2016"), built once, in the registry's order.</summary>
    private static readonly (Regex Seat, AuditChamber Chamber)[] SeatLines = AuditChambers.Seats
        .Select(s => (new Regex(@"(^|\s)" + Regex.Escape(s.City) + @"(\s+Cedex)?,\s+le\s+\d", RegexOptions.IgnoreCase), s.Chamber))
        .ToArray();

    [GeneratedRegex(@"chambre\s+territoriale\s+des\s+comptes\s+(?:de\s+la\s+|de\s+)?(?<where>Polyn[ée]sie\s+fran[çc]aise|Nouvelle-Cal[ée]donie|Saint-Pierre-et-Miquelon|Saint-Martin|Saint-Barth[ée]lemy)", RegexOptions.IgnoreCase)]
    private static partial Regex TerritorialChamber();

    /// <summary>
    /// Publisher of a Cour des comptes / chamber document: a territorial chamber named in the text, a regional
    /// chamber by the seat its letter is dated from ("Lyon, le 6 juin 2016"), the Cour for its Premier
    /// président's letters. Null when the text is not such a document (the general cues then apply).
    /// </summary>
    /// <summary>A regional chamber whose region the text does not give (<see cref="Indexing.DocumentBuilder"/> then asks the territories).</summary>
    public const string UnnamedChamber = "Chambre régionale des comptes";

    public static string? AuditPublisher(string head)
    {
        var start = head[..Math.Min(head.Length, 3000)].Replace('’', '\'');
        if (!IsAuditDocument(start)) return null;
        var ctc = TerritorialChamber().Match(start);
        if (ctc.Success) return AuditChambers.Named(ctc.Groups["where"].Value)?.Name ?? "Chambre territoriale des comptes de " + ctc.Groups["where"].Value;
        if (PublisherRule.CrcMatch(start) is { } crc) return crc;
        var mentionsChamber = ChamberMention().IsMatch(start);
        // Every seat's date line has ", le <digit>": without one in the first 600 characters, no seat can match.
        if (mentionsChamber && SeatDateLine().IsMatch(start[..Math.Min(start.Length, 600)]))
        {
            foreach (var (seat, chamber) in SeatLines)
            {
                if (seat.IsMatch(start[..Math.Min(start.Length, 600)]))
                    return chamber.Name;
            }
        }
        if (FirstPresident().IsMatch(start[..Math.Min(start.Length, 600)])) return "Cour des comptes";
        if (!mentionsChamber && !ExtractRod().IsMatch(start)) return null;
        var named = NamedCrc().Match(start);
        if (named.Success) return (AuditChambers.Named(named.Groups["r"].Value)?.Name ?? "Chambre régionale des comptes " + named.Groups["r"].Value);
        // The audited body's department (postcode of the addressee, which may follow a page of letter, or
        // "Commune de X (22)"): the chamber of its region.
        var dept = PostcodeAndTown().Match(start);
        var code = dept.Success ? dept.Groups["d"].Value : DepartmentInParentheses().Match(start[..Math.Min(start.Length, 800)]).Groups["d"].Value;
        if (AuditChambers.ForDepartment(code) is { } ofDepartment) return ofDepartment.Name;
        return UnnamedChamber;
    }

    [GeneratedRegex(@"\bExtrait\s+ROD\b", RegexOptions.IgnoreCase)]
    private static partial Regex ExtractRod();

    [GeneratedRegex(@"^notification|^(envoi|transmission)\s+d", RegexOptions.IgnoreCase)]
    private static partial Regex NotificationObject();

    [GeneratedRegex(@"observations\s+d[ée]finitives", RegexOptions.IgnoreCase)]
    private static partial Regex DefinitiveObservations();

    [GeneratedRegex(@"observations\s+d[ée]finitives|\bCour\s+des\s+comptes\b|chambre\s+(r[ée]gionale|territoriale)\s+des\s+comptes|\bExtrait\s+ROD\b|\bpar\s+la\s+chambre\b", RegexOptions.IgnoreCase)]
    private static partial Regex AuditDocumentCue();

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

    [GeneratedRegex(@",\s+le\s+\d", RegexOptions.IgnoreCase)]
    private static partial Regex SeatDateLine();
}
