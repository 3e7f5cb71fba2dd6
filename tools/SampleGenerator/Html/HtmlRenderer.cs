using System.Net;
using System.Text;
using SampleGenerator.Model;

namespace SampleGenerator.Html;

/// <summary>Renders an <see cref="HtmlSample"/> as a full publication page in the requested encoding.</summary>
public static class HtmlRenderer
{
    public static byte[] Render(HtmlSample doc)
    {
        var html = Build(doc);
        return doc.Encoding switch
        {
            HtmlEncoding.Latin1 or HtmlEncoding.Latin1HttpEquiv => Encoding.Latin1.GetBytes(html),
            HtmlEncoding.Utf8Bom => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(html)],
            _ => Encoding.UTF8.GetBytes(html),
        };
    }

    private static string Build(HtmlSample doc)
    {
        var site = HtmlSite.For(doc.Publisher);
        var latin1 = doc.Encoding is HtmlEncoding.Latin1 or HtmlEncoding.Latin1HttpEquiv;
        string E(string s) => Escape(s, latin1);
        var home = new Uri(doc.Url).GetLeftPart(UriPartial.Authority);
        var blocks = Markup.Parse(doc.Body);
        var description = doc.Lead ?? blocks.OfType<Paragraph>().First().Text;
        if (description.Length > 200) description = description[..description.LastIndexOf(' ', 197)] + "…";

        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n");
        sb.Append(doc.Encoding switch
        {
            HtmlEncoding.Latin1 => "<meta charset=\"iso-8859-1\">\n",
            HtmlEncoding.Latin1HttpEquiv => "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">\n",
            _ => "<meta charset=\"utf-8\">\n",
        });
        sb.Append($"<title>{E(doc.Title)} | {E(site.Name)}</title>\n");
        sb.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        sb.Append($"<meta name=\"description\" content=\"{E(description)}\">\n");
        sb.Append($"<link rel=\"canonical\" href=\"{doc.Url}\">\n");
        AppendMeta(sb, doc, site, E);
        sb.Append("<link rel=\"stylesheet\" href=\"/assets/css/site.min.css\">\n</head>\n<body>\n");
        sb.Append("<a class=\"skip-link\" href=\"#contenu\">Aller au contenu</a>\n");
        sb.Append("<div id=\"cookie-banner\" class=\"cookie-banner\" role=\"dialog\" aria-label=\"Gestion des cookies\">\n");
        sb.Append($"  <p>{E("Ce site dépose des cookies de mesure d’audience. Vous pouvez les accepter, les refuser ou choisir finement vos préférences.")}</p>\n");
        sb.Append($"  <button type=\"button\">Tout accepter</button> <button type=\"button\">Tout refuser</button> <a href=\"/gestion-des-cookies\">{E("Personnaliser")}</a>\n</div>\n");
        sb.Append($"<header class=\"site-header\">\n  <a class=\"logo\" href=\"{home}/\">{E(site.Name)}</a>\n  <p class=\"tagline\">{E(site.Tagline)}</p>\n");
        sb.Append("  <nav class=\"main-menu\" aria-label=\"Menu principal\">\n    <ul>\n");
        foreach (var (href, label) in site.Menu) sb.Append($"      <li><a href=\"{href}\">{E(label)}</a></li>\n");
        sb.Append("    </ul>\n  </nav>\n");
        sb.Append($"  <form class=\"search\" role=\"search\" action=\"/recherche\"><label for=\"q\">Rechercher</label><input id=\"q\" name=\"q\" type=\"search\"><button>OK</button></form>\n</header>\n");
        sb.Append($"<nav class=\"breadcrumb\" aria-label=\"{E("Vous êtes ici")}\">\n  <ol>\n    <li><a href=\"{home}/\">Accueil</a></li>\n");
        foreach (var crumb in doc.Breadcrumb) sb.Append($"    <li><a href=\"/{Slug(crumb)}\">{E(crumb)}</a></li>\n");
        sb.Append($"    <li aria-current=\"page\">{E(doc.Title)}</li>\n  </ol>\n</nav>\n");

        sb.Append(doc.ArticleOnly ? "<div class=\"page\" id=\"contenu\">\n<article class=\"publication\">\n" : "<main id=\"contenu\">\n<article class=\"publication\">\n");
        sb.Append($"<p class=\"kicker\">{E(doc.Type)}</p>\n<h1>{E(doc.Title)}</h1>\n");
        if (doc.TimeElement)
            sb.Append($"<p class=\"date\">{E("Publié le")} <time datetime=\"{doc.Date}\">{E(FrenchDate.Long(doc.Date))}</time></p>\n");
        else if (doc.DateCue is { } cue)
            sb.Append($"<p class=\"date\">{E(cue)}</p>\n");
        if (doc.HasSidecar || doc.Themes.Count > 0)
            sb.Append($"<ul class=\"tags\">{string.Concat(doc.Themes.Select(t => $"<li>{E(t)}</li>"))}</ul>\n");
        if (doc.Lead is { } lead) sb.Append($"<p class=\"chapo\"><strong>{E(lead)}</strong></p>\n");

        var inList = false;
        foreach (var block in Flatten(blocks))
        {
            if (block is not Bullet && inList) { sb.Append("</ul>\n"); inList = false; }
            switch (block)
            {
                case Heading h: sb.Append($"<h2>{E(h.Text)}</h2>\n"); break;
                case SubHeading s: sb.Append($"<h3>{E(s.Text)}</h3>\n"); break;
                case Paragraph p: sb.Append($"<p>{E(p.Text)}</p>\n"); break;
                case Bullet b:
                    if (!inList) { sb.Append("<ul>\n"); inList = true; }
                    sb.Append($"  <li>{E(b.Text)}</li>\n");
                    break;
                case Table t: AppendTable(sb, t, E); break;
            }
        }
        if (inList) sb.Append("</ul>\n");
        if (doc.PdfLink is { } link)
            sb.Append($"<p class=\"download\"><a href=\"{link.Url}\" type=\"application/pdf\">{E(link.Label)}</a></p>\n");
        sb.Append("</article>\n");
        sb.Append($"<section class=\"about\">\n<h2>{E("À propos de l’éditeur")}</h2>\n<p>{E(site.About)}</p>\n</section>\n");
        sb.Append($"<aside class=\"share\"><p>Partager : <a href=\"#\">Courriel</a> · <a href=\"#\">LinkedIn</a> · <a href=\"#\">Mastodon</a></p></aside>\n");
        sb.Append(doc.ArticleOnly ? "</div>\n" : "</main>\n");
        sb.Append("<footer class=\"site-footer\">\n  <ul>\n");
        foreach (var label in new[] { "Mentions légales", "Accessibilité : partiellement conforme", "Données personnelles", "Plan du site", "Contact" })
            sb.Append($"    <li><a href=\"/{Slug(label)}\">{E(label)}</a></li>\n");
        sb.Append($"  </ul>\n  <p>{E($"© {site.FooterOwner} (exemple fictif) — sauf mention contraire, contenus sous Licence Ouverte.")}</p>\n</footer>\n");
        sb.Append("<script src=\"/assets/js/cookies.js\" defer></script>\n</body>\n</html>\n");
        return sb.ToString();
    }

    private static IEnumerable<Block> Flatten(IEnumerable<Block> blocks) =>
        blocks.SelectMany(b => b is Columns c ? c.Blocks : b is PageBreak ? [] : [b]);

    private static void AppendMeta(StringBuilder sb, HtmlSample doc, HtmlSite site, Func<string, string> e)
    {
        switch (doc.Meta)
        {
            case HtmlMeta.DublinCore:
                sb.Append($"<meta name=\"DC.title\" content=\"{e(doc.Title)}\">\n<meta name=\"DC.date\" content=\"{doc.Date}\">\n");
                sb.Append($"<meta name=\"DC.publisher\" content=\"{e(doc.Publisher)}\">\n<meta name=\"DC.language\" content=\"fr\">\n<meta name=\"DC.type\" content=\"{e(doc.Type)}\">\n");
                break;
            case HtmlMeta.Citation:
                sb.Append($"<meta name=\"citation_title\" content=\"{e(doc.Title)}\">\n<meta name=\"citation_publication_date\" content=\"{doc.Date.Replace('-', '/')}\">\n");
                sb.Append($"<meta name=\"citation_author\" content=\"{e(doc.Publisher)}\">\n");
                if (doc.PdfLink is { } l) sb.Append($"<meta name=\"citation_pdf_url\" content=\"{l.Url}\">\n");
                break;
            case HtmlMeta.OpenGraph:
                sb.Append($"<meta property=\"og:title\" content=\"{e(doc.Title)}\">\n<meta property=\"og:type\" content=\"article\">\n<meta property=\"og:url\" content=\"{doc.Url}\">\n");
                sb.Append($"<meta property=\"og:site_name\" content=\"{e(site.Name)}\">\n<meta property=\"og:locale\" content=\"fr_FR\">\n<meta property=\"article:published_time\" content=\"{doc.Date}T10:00:00+01:00\">\n");
                break;
            case HtmlMeta.JsonLd:
                sb.Append("<script type=\"application/ld+json\">\n{\n  \"@context\": \"https://schema.org\",\n  \"@type\": \"Report\",\n");
                sb.Append($"  \"headline\": \"{e(doc.Title)}\",\n  \"datePublished\": \"{doc.Date}\",\n  \"inLanguage\": \"fr\",\n");
                sb.Append($"  \"publisher\": {{ \"@type\": \"GovernmentOrganization\", \"name\": \"{e(doc.Publisher)}\" }}\n}}\n</script>\n");
                break;
        }
    }

    private static void AppendTable(StringBuilder sb, Table t, Func<string, string> e)
    {
        sb.Append("<table class=\"figures\">\n<thead>\n<tr>");
        foreach (var c in t.Rows[0]) sb.Append($"<th scope=\"col\">{e(c)}</th>");
        sb.Append("</tr>\n</thead>\n<tbody>\n");
        foreach (var row in t.Rows.Skip(1))
        {
            sb.Append($"<tr><th scope=\"row\">{e(row[0])}</th>");
            foreach (var c in row.Skip(1)) sb.Append($"<td>{e(c)}</td>");
            sb.Append("</tr>\n");
        }
        sb.Append("</tbody>\n</table>\n");
        if (t.Note is { } note) sb.Append($"<p class=\"source\"><small>{e(note)}</small></p>\n");
    }

    /// <summary>HTML-escapes; in Latin-1 pages characters outside ISO-8859-1 become numeric references.</summary>
    private static string Escape(string s, bool latin1)
    {
        var escaped = WebUtility.HtmlEncode(s).Replace("&#39;", "'");
        // WebUtility encodes non-ASCII Latin-1 letters as &#NNN; — undo that so the bytes are really Latin-1/UTF-8.
        var sb = new StringBuilder();
        var decoded = System.Text.RegularExpressions.Regex.Replace(escaped, "&#(\\d+);", m =>
        {
            var code = int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            return code > 127 ? ((char)code).ToString() : m.Value;
        });
        foreach (var c in decoded)
        {
            if (latin1 && c > 0xFF) sb.Append($"&#{(int)c};");
            else sb.Append(c);
        }
        return sb.ToString();
    }

    private static string Slug(string s)
    {
        var normalized = s.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder();
        foreach (var c in normalized)
        {
            if (char.IsAsciiLetterOrDigit(c)) sb.Append(c);
            else if (c is ' ' or '-' or '\'' or '’' && sb.Length > 0 && sb[^1] != '-') sb.Append('-');
        }
        return sb.ToString().Trim('-');
    }
}
