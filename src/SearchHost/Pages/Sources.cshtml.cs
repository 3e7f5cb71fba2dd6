using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Search.Core.Querying;
using Search.Host.Sources;
using Search.Pipeline.Crawling;

namespace Search.Host.Pages;

/// <summary><c>/sources</c>: for partners, what the crawler references per publisher, a URL look-up and CSV exports.</summary>
public sealed class SourcesModel(SourcesCatalog catalog, ReferencedPublications references) : PageModel
{
    public IReadOnlyList<PublisherSources> Publishers { get; private set; } = [];
    public string? Address { get; private set; }
    public UrlLookupResult? Lookup { get; private set; }
    public bool IndexNotReady { get; private set; }

    public IActionResult OnGet(string? url)
    {
        Publishers = PublisherSources.Of(catalog.Overview(), references.IndexedByPublisher());
        Address = string.IsNullOrWhiteSpace(url) ? null : url.Trim();
        if (Address is not null)
        {
            try
            {
                Lookup = references.Lookup(Address);
            }
            catch (IndexNotReadyException)
            {
                IndexNotReady = true;
                Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            }
        }
        return Page();
    }

    public static string ExportUrl(string publisher) => "/api/sources/publications.csv?publisher=" + Uri.EscapeDataString(publisher);

    public static string When(DateTime? utc) =>
        utc is { } t ? global::Search.Ui.Display.UiText.Moment(new DateTimeOffset(DateTime.SpecifyKind(t, DateTimeKind.Utc))) : "jamais";

    public static string Kind(string kind) => kind switch
    {
        SourceKinds.Sru => "catalogue SRU",
        SourceKinds.OpenDataSoft => "portail OpenDataSoft",
        _ => "site web",
    };

    public static string RunStatus(string status) => status switch
    {
        "completed" => "terminée",
        "running" => "en cours (ou interrompue)",
        "cancelled" => "annulée",
        _ => "en échec",
    };

    /// <summary>Why a URL is not referenced, in French.</summary>
    public static string Reason(string? reason, string? source = null) => reason switch
    {
        ReferencedPublications.NotYetCrawled => $"pas encore parcourue : elle relève de la source « {source} », dont la collecte ne l’a pas encore atteinte",
        "never-seen" => "jamais rencontrée : aucune source, aucun plan de site ni flux configuré n’y mène",
        "queued" => "repérée, en attente de collecte",
        "robots" => "exclue par une règle du fichier robots.txt du site",
        "out-of-scope" => "hors du périmètre de la source (site ou rubrique non couverts)",
        "too-deep" => "trop loin de la page de départ (profondeur maximale atteinte)",
        "trap" => "écartée par la protection contre les pièges à robots (adresse trop longue ou répétitive)",
        "too-large" => "fichier trop volumineux",
        "address-policy" => "adresse réseau interdite (locale ou privée)",
        "redirect-error" => "redirections en boucle ou trop nombreuses",
        "fetch-error" => "erreur lors de la collecte",
        "host-paused" => "site mis en pause après des erreurs répétées",
        "not-a-publication" => "page collectée pour ses liens mais qui n’est pas une publication",
        "gone" => "retirée par l’éditeur (introuvable à deux visites successives)",
        "not-crawlable" => "ce n’est pas une adresse web (http ou https)",
        _ => reason ?? "raison inconnue",
    };

    /// <summary>The label of a skip category of /api/sources.</summary>
    public static string SkipLabel(string key) => key switch
    {
        "robots" => "robots.txt",
        "scope" => "hors périmètre",
        "depth" => "trop profondes",
        "trap" => "pièges",
        "tooLarge" => "trop volumineuses",
        "addressPolicy" => "adresses interdites",
        "redirects" => "redirections",
        "fetchError" => "erreurs",
        "hostPaused" => "site en pause",
        "notAPublication" => "pages de navigation",
        "gone" => "retirées",
        _ => key,
    };
}

/// <summary>A publisher on the Sources page: its crawl sources (maybe none) and its documents in the index (crawled or ingested from folders).</summary>
public sealed record PublisherSources(string Publisher, IReadOnlyList<SourceSummary> Sources, int Indexed)
{
    /// <summary>Crawled publications, or every indexed document when more (documents ingested from folders count too).</summary>
    public int Referenced => Math.Max(Indexed, Sources.Sum(s => s.Documents));

    public static IReadOnlyList<PublisherSources> Of(IReadOnlyList<SourceSummary> sources, IReadOnlyDictionary<string, int> indexed)
    {
        var byPublisher = sources.GroupBy(s => s.Publisher, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.OrdinalIgnoreCase);
        var names = byPublisher.Keys.Concat(indexed.Keys.Where(k => !byPublisher.ContainsKey(k))).ToList();
        return names
            .Select(name => new PublisherSources(name, byPublisher.GetValueOrDefault(name) ?? [],
                indexed.Where(kv => string.Equals(kv.Key, name, StringComparison.OrdinalIgnoreCase)).Sum(kv => kv.Value)))
            .OrderBy(p => p.Publisher, StringComparer.Create(CultureInfo.GetCultureInfo("fr-FR"), true))
            .ToList();
    }
}
