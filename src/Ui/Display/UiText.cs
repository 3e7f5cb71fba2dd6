using System.Globalization;
using Search.Core.Documents;
using Search.Core.Querying;
using Search.Core.Territories;

namespace Search.Ui.Display;

/// <summary>French wording and formatting shared by the pages.</summary>
public static partial class UiText
{
    public const string ServiceName = "Recherche de publications sur les collectivités locales";
    public const string Tagline = "Statistiques et études publiques : communes, EPCI, départements, régions";

    public static CultureInfo French { get; } = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>Facet fields with their French labels, in display order.</summary>
    public static IReadOnlyList<(string Field, string Label)> Facets { get; } =
    [
        (Schema.Publisher, "Producteur"),
        (Schema.Type, "Type de document"),
        (Schema.Year, "Année"),
        (Schema.Theme, "Thématique"),
    ];

    public static string FacetLabel(string field) =>
        Facets.FirstOrDefault(f => f.Field == field).Label ?? field;

    /// <summary>"12" with French digit grouping ("12 345").</summary>
    public static string Number(long value) => value.ToString("N0", French);

    /// <summary>"1 résultat", "12 résultats", "aucun résultat".</summary>
    public static string Results(long count) => count switch
    {
        0 => "Aucun résultat",
        1 => "1 résultat",
        _ => Number(count) + " résultats",
    };

    /// <summary>"1 publication", "12 publications", "aucune publication".</summary>
    public static string Publications(long count) => count switch
    {
        0 => "aucune publication",
        1 => "1 publication",
        _ => Number(count) + " publications",
    };

    /// <summary>The territory as the subject of a sentence about it: "cette commune", "ce département", "la France".</summary>
    public static string ThisTerritory(string level) => level switch
    {
        TerritoryLevels.Commune => "cette commune",
        TerritoryLevels.Epci => "cette intercommunalité",
        TerritoryLevels.Departement => "ce département",
        TerritoryLevels.Region => "cette région",
        _ => "la France",
    };

    /// <summary>The places of a level inside a territory: "ses communes", "ses intercommunalités".</summary>
    public static string ItsPlaces(string level) => "ses " + TerritoryLevels.Label(level) + "s";

    /// <summary>"Finistère (département)", "France".</summary>
    public static string TerritoryName(string name, string level) =>
        level == TerritoryLevels.France ? name : $"{name} ({TerritoryLevels.Label(level)})";

    /// <summary>
    /// "Données : 2019", "Données : 2017–2021": the years a document's figures describe, on a result; null when none
    /// is known or they are just its publication year.
    /// </summary>
    public static string? CoveredYears(IReadOnlyList<int> years, int? publicationYear) =>
        years.Count == 0 || (years.Distinct().Count() == 1 && years[0] == publicationYear) ? null : "Données : " + YearRanges(years);

    /// <summary>"2019", "2017–2021", "2008, 2010–2014", "2013, 2014": consecutive years as a range.</summary>
    public static string YearRanges(IEnumerable<int> years)
    {
        var sorted = years.Distinct().Order().ToList();
        var parts = new List<string>();
        for (var i = 0; i < sorted.Count;)
        {
            var j = i;
            while (j + 1 < sorted.Count && sorted[j + 1] == sorted[j] + 1) j++;
            parts.Add(j == i ? $"{sorted[i]}" : j == i + 1 ? $"{sorted[i]}, {sorted[j]}" : $"{sorted[i]}–{sorted[j]}");
            i = j + 1;
        }
        return string.Join(", ", parts);
    }

    /// <summary>"1 filtre actif", "3 filtres actifs".</summary>
    public static string ActiveFilters(int count) => count == 1 ? "1 filtre actif" : $"{Number(count)} filtres actifs";

    /// <summary>
    /// The corrected query as people write it: the service corrects towards indexed words, which are folded
    /// ("collectivites"); each corrected word takes the accented form highlighted in the hits' passages
    /// ("collectivités") when one folds to it. Words without such a form stay as they are.
    /// </summary>
    public static string WithAccents(string corrected, IEnumerable<string> snippets)
    {
        var forms = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var snippet in snippets)
        {
            foreach (System.Text.RegularExpressions.Match mark in MarkedWord().Matches(snippet ?? ""))
            {
                var word = System.Net.WebUtility.HtmlDecode(mark.Groups[1].Value).ToLower(French);
                forms.TryAdd(QueryText.Fold(word), word);
            }
        }
        return string.Join(' ', corrected.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w == QueryText.Fold(w) && forms.TryGetValue(w, out var accented) ? accented : w));
    }

    /// <summary>The query searched as typed, without correction: each word as an exact term ("collectivites" in quotes).</summary>
    public static string AsTyped(string query) =>
        string.Join(' ', query.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => "\"" + w.Replace("\"", "") + "\""));

    [System.Text.RegularExpressions.GeneratedRegex("<mark>([^<]+)</mark>")]
    private static partial System.Text.RegularExpressions.Regex MarkedWord();
    /// <summary>"1 occurrence", "12 occurrences".</summary>
    public static string Occurrences(long count) => count == 1 ? "1 occurrence" : Number(count) + " occurrences";

    /// <summary>"1 page", "12 pages".</summary>
    public static string Pages(long count) => count == 1 ? "1 page" : Number(count) + " pages";

    /// <summary>"29 novembre 2023", "1er mars 2024" from "yyyy-MM-dd"; the raw text when it is not a date.</summary>
    public static string Date(string? isoDate)
    {
        if (string.IsNullOrEmpty(isoDate)) return "";
        return DateOnly.TryParseExact(isoDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? Date(date)
            : isoDate;
    }

    public static string Date(DateOnly date) =>
        date.Day == 1
            ? "1er " + date.ToString("MMMM yyyy", French)
            : date.ToString("d MMMM yyyy", French);

    /// <summary>"3 décembre 2026 à 22:40", in the server's time zone.</summary>
    public static string Moment(DateTimeOffset instant) => instant.ToLocalTime().ToString("d MMMM yyyy 'à' HH:mm", French);

    public static string Format(string? format) => format switch
    {
        "pdf" => "PDF",
        "html" => "Page web (HTML)",
        null or "" => "inconnu",
        _ => format,
    };

    public static string TextStatus(string? status) => status switch
    {
        TextStatuses.Ok => "texte extrait",
        TextStatuses.Partial => "texte partiellement extrait",
        TextStatuses.None => "texte non extractible (document scanné ou image)",
        _ => "inconnu",
    };

    /// <summary>"texte reconnu par OCR (page 1)", "… (pages 1, 2 et 4)", or null when no page was read by OCR.</summary>
    public static string? Ocr(IReadOnlyList<int> pages)
    {
        if (pages.Count == 0) return null;
        var list = pages.Count == 1
            ? $"page {pages[0]}"
            : "pages " + string.Join(", ", pages.Take(pages.Count - 1)) + " et " + pages[^1];
        return $"texte reconnu par OCR ({list}), à vérifier sur l’original";
    }

    /// <summary>What a search left out to stay within its limits, one French sentence per kind (none when nothing).</summary>
    public static IReadOnlyList<string> Ignored(IgnoredQueryParts? ignored)
    {
        if (ignored is null) return [];
        var lines = new List<string>();
        static string Quoted(IEnumerable<string> words) => string.Join(", ", words.Select(w => $"« {w} »"));
        if (ignored.Words.Count > 0)
            lines.Add($"La recherche est limitée aux premiers mots ; ceux-ci n’ont pas été cherchés : {Quoted(ignored.Words)}.");
        if (ignored.Places.Count > 0)
            lines.Add($"Seuls les premiers lieux nommés sont reconnus comme territoires ; ceux-ci ont été cherchés comme de simples mots : {Quoted(ignored.Places)}.");
        if (ignored.Uncorrected.Count > 0)
            lines.Add($"Ces mots ont été cherchés tels quels, sans correction orthographique : {Quoted(ignored.Uncorrected)}.");
        if (ignored.Unexpanded.Count > 0)
            lines.Add($"Ces expressions ont été cherchées sans leurs synonymes : {Quoted(ignored.Unexpanded)}.");
        return lines;
    }

    /// <summary>The words of the query searched also as thesaurus alternatives, one French sentence per word: « querelles » cherché
    /// aussi comme « différend » (none when nothing).</summary>
    public static IReadOnlyList<string> Thesaurus(IReadOnlyList<ThesaurusReplacement>? replaced) =>
        replaced is null ? [] : replaced.Select(r =>
            $"Aucun document ne contient « {r.Word} » avec vos autres mots : « {r.Word} » cherché aussi comme {string.Join(", ", r.SearchedAs.Select(w => $"« {w} »"))}.").ToList();

    public const string PartialResults = "La recherche a été interrompue faute de temps : les résultats et leur nombre peuvent être incomplets. Précisez ou raccourcissez la recherche.";

    /// <summary>A French message for a request the service refused, from its code (its own messages are in English).</summary>
    public static string Refusal(InvalidSearchRequestException e) => e.Code switch
    {
        SearchErrors.QueryTooLong => $"La recherche est trop longue (au plus {Number(SearchRequest.MaxQueryLength)} caractères) : raccourcissez-la.",
        SearchErrors.QueryTooComplex => "La recherche contient trop de mots ou d'opérateurs : raccourcissez-la.",
        SearchErrors.BeyondMaxDepth => $"Les résultats au-delà des {Number(SearchRequest.MaxDepth)} premiers ne sont pas disponibles : précisez la recherche.",
        SearchErrors.InvalidPage => "Le numéro de page doit être un nombre entier supérieur ou égal à 1.",
        SearchErrors.InvalidSize => $"Le nombre de résultats par page doit être un nombre entier de 1 à {Number(SearchRequest.MaxSize)}.",
        SearchErrors.InvalidSort => "Le tri demandé est inconnu : choisissez « Pertinence » ou « Date ».",
        SearchErrors.InvalidYear => "L’année doit être un nombre à quatre chiffres, par exemple 2022.",
        SearchErrors.InvalidYearRange => "L’année de début doit précéder l’année de fin.",
        SearchErrors.UnknownFilter => "Un des filtres demandés est inconnu.",
        SearchErrors.TooManyFilterValues => "Trop de valeurs sont choisies pour un même filtre : retirez-en quelques-unes.",
        SearchErrors.InvalidTerritory or SearchErrors.UnknownTerritory => "Le territoire demandé est inconnu.",
        _ => "La recherche demandée n’est pas valide : vérifiez les paramètres de l’adresse.",
    };
}
